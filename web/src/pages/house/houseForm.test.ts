/** Tests the house settings form: contrast, checks, the PATCH body and server field names. */
import { describe, expect, it } from 'vitest';
import type { HouseSettings } from '../../api/house';
import {
  brandingContrast,
  fieldsInDetail,
  formatRatio,
  houseChanges,
  houseFormValues,
  normaliseColour,
  validateHouseForm,
} from './houseForm';

const house: HouseSettings = {
  id: '0190a5d4-0000-7000-8000-000000000001',
  slug: 'haaglanden',
  name: 'Zorg- en Veiligheidshuis Haaglanden',
  shortName: 'ZVH Haaglanden',
  centrumgemeente: { id: '0190a5d4-0000-7000-8000-0000000000aa', name: 'Gemeente Den Haag' },
  timezone: 'Europe/Amsterdam',
  branding: { primaryColor: '#1D4F91', secondaryColor: '#e17000', textOnPrimary: '#ffffff' },
  triage: { weekday: 'tuesday', time: '10:00', registrationDeadline: { weekday: 'monday', time: '12:00' } },
  cadence: { stuurgroepMinPerYear: 2, partneroverlegIntervalWeeks: 12, annualMeetingsPerYear: 1 },
  mode: 'demo',
  permissions: ['update'],
};

describe('contrast', () => {
  it('computes the WCAG ratio of the text colour on the primary colour', () => {
    expect(brandingContrast({ primaryColor: '#000000', textOnPrimary: '#ffffff' })?.ratio).toBeCloseTo(21);
    expect(brandingContrast({ primaryColor: '#777777', textOnPrimary: '#ffffff' })).toMatchObject({
      sufficient: false,
    });
    expect(brandingContrast({ primaryColor: '#767676', textOnPrimary: '#ffffff' })).toMatchObject({
      sufficient: true,
    });
    expect(brandingContrast({ primaryColor: '#12', textOnPrimary: '#ffffff' })).toBeNull();
  });

  it('rounds the ratio down, so a failing ratio never reads as 4.50', () => {
    expect(formatRatio(4.4999, 'en')).toBe('4.49:1');
    expect(formatRatio(21, 'nl')).toBe('21,00:1');
  });

  it('normalises typed colours', () => {
    expect(normaliseColour(' #AbCdEf ')).toBe('#abcdef');
    expect(normaliseColour('abcdef')).toBe('#abcdef');
    expect(normaliseColour('#abc')).toBeNull();
  });
});

describe('validateHouseForm', () => {
  it('accepts the current house', () => {
    expect(validateHouseForm(houseFormValues(house))).toEqual({});
  });

  it('names every problem, and blocks a text colour that is not readable', () => {
    const values = {
      ...houseFormValues(house),
      name: ' ',
      shortName: 'Z',
      primaryColor: '#ffff00',
      secondaryColor: 'red',
      triageTime: '24:00',
      deadlineTime: '',
      stuurgroepMinPerYear: '0',
      partneroverlegIntervalWeeks: '2.5',
      annualMeetingsPerYear: '13',
    };
    const problems = validateHouseForm(values);
    expect(problems.name).toEqual({ kind: 'required' });
    expect(problems.shortName).toEqual({ kind: 'length', min: 2, max: 60 });
    expect(problems.secondaryColor).toEqual({ kind: 'colour' });
    expect(problems.textOnPrimary?.kind).toBe('contrast');
    expect(problems.triageTime).toEqual({ kind: 'time' });
    expect(problems.deadlineTime).toEqual({ kind: 'required' });
    expect(problems.stuurgroepMinPerYear).toEqual({ kind: 'range', min: 1, max: 52 });
    expect(problems.partneroverlegIntervalWeeks).toEqual({ kind: 'range', min: 1, max: 52 });
    expect(problems.annualMeetingsPerYear).toEqual({ kind: 'range', min: 1, max: 12 });
  });
});

describe('houseChanges', () => {
  it('is empty when nothing changed (colour case does not count)', () => {
    expect(houseChanges(houseFormValues(house), house)).toEqual({});
  });

  it('sends changed sections whole, trimmed and typed', () => {
    const values = {
      ...houseFormValues(house),
      name: ' ZVH Haaglanden en omstreken ',
      textOnPrimary: 'FFFFF0',
      deadlineTime: '13:30',
      annualMeetingsPerYear: ' 2',
    };
    expect(houseChanges(values, house)).toEqual({
      name: 'ZVH Haaglanden en omstreken',
      branding: { primaryColor: '#1d4f91', secondaryColor: '#e17000', textOnPrimary: '#fffff0' },
      triage: {
        weekday: 'tuesday',
        time: '10:00',
        registrationDeadline: { weekday: 'monday', time: '13:30' },
      },
      cadence: { stuurgroepMinPerYear: 2, partneroverlegIntervalWeeks: 12, annualMeetingsPerYear: 2 },
    });
  });
});

describe('fieldsInDetail', () => {
  it('finds the fields a validation detail names, in form order', () => {
    expect(
      fieldsInDetail(
        'Body ongeldig — cadence.annualMeetingsPerYear: te groot; branding.primaryColor: ongeldig; onbekende velden: x',
      ),
    ).toEqual(['primaryColor', 'annualMeetingsPerYear']);
    expect(fieldsInDetail(undefined)).toEqual([]);
  });
});
