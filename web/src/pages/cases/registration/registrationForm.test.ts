/** Tests the registration form's checks, request body, edit diff and server-problem mapping. */
import { describe, expect, it } from 'vitest';
import { checkBsn } from './bsn';
import {
  changedFields,
  emptyDraft,
  emptyPerson,
  fieldId,
  fieldOfPath,
  type RegistrationDraft,
  serverIssues,
  toInput,
  validateDraft,
} from './registrationForm';

const TODAY = '2025-06-01';

const anna = () => ({
  ...emptyPerson(),
  name: ' Anna ',
  bsn: '111 222 333',
  birthDate: '1980-02-29',
  address: 'Straat 1',
});

const valid = (): RegistrationDraft => ({
  ...emptyDraft(),
  caseType: 'person',
  persons: [anna()],
  reason: 'r',
  goal: 'g',
  protocolKey: 'multiproblematiek',
  informed: 'yes',
});

describe('BSN elfproef', () => {
  it('accepts a valid number, with spaces or dots', () => {
    expect(checkBsn('111222333')).toBe('valid');
    expect(checkBsn('111.222.333')).toBe('valid');
    expect(checkBsn('')).toBe('empty');
  });
  it('refuses wrong lengths, letters, all zeros and a failed check', () => {
    expect(checkBsn('11122233')).toBe('not-nine-digits');
    expect(checkBsn('11122233a')).toBe('not-nine-digits');
    expect(checkBsn('000000000')).toBe('elfproef');
    expect(checkBsn('111222334')).toBe('elfproef');
  });
});

describe('validateDraft', () => {
  it('accepts a complete draft', () => {
    expect(validateDraft(valid(), TODAY)).toEqual([]);
  });

  it('names every missing field in form order', () => {
    const errors = validateDraft(emptyDraft(), TODAY).map((e) => `${e.field}:${e.code}`);
    expect(errors).toEqual([
      'caseType:required',
      'persons.0.name:required',
      'persons.0.birthDate:required',
      'persons.0.address:required',
      'reason:required',
      'goal:required',
      'protocolKey:required',
      'informed:required',
    ]);
  });

  it('checks BSN, dates, the reason for not informing and one person per person case', () => {
    const d = valid();
    d.persons = [
      { ...anna(), bsn: '123456789', birthDate: '2030-01-01' },
      { ...emptyPerson(), name: 'B', birthDate: '2023-02-30', address: 'x', bsn: '12' },
    ];
    d.informed = 'no';
    const errors = validateDraft(d, TODAY).map((e) => `${e.field}:${e.code}`);
    expect(errors).toEqual([
      'persons:onePerson',
      'persons.0.bsn:bsnElfproef',
      'persons.0.birthDate:dateFuture',
      'persons.1.bsn:bsnDigits',
      'persons.1.birthDate:dateInvalid',
      'notInformedReason:required',
    ]);
  });
});

describe('toInput and changedFields', () => {
  it('trims, drops an empty BSN and clears the reason when informed', () => {
    const d = valid();
    d.notInformedReason = 'left over';
    const input = toInput(d);
    expect(input.persons[0]).toEqual({
      name: 'Anna',
      bsn: '111222333',
      birthDate: '1980-02-29',
      address: 'Straat 1',
    });
    expect(input.notInformedReason).toBeNull();
    expect(toInput({ ...d, persons: [{ ...anna(), bsn: ' ' }] }).persons[0]).not.toHaveProperty('bsn');
  });

  it('sends only what changed', () => {
    const before = toInput(valid());
    const after = { ...before, goal: 'nieuw', criteria: { ...before.criteria, multiproblem: true } };
    expect(changedFields(before, after)).toEqual({ goal: 'nieuw', criteria: after.criteria });
    expect(changedFields(before, before)).toEqual({});
  });
});

describe('server problems', () => {
  it('maps each issue of a validation detail onto its field', () => {
    const issues = serverIssues(
      'Body ongeldig — persons.0.bsn: geen geldig BSN (9 cijfers, elfproef); criteria.multiproblem: verwacht boolean; onbekende velden: x',
    );
    expect(issues).toEqual([
      { field: 'persons.0.bsn', message: 'geen geldig BSN (9 cijfers, elfproef)' },
      { field: 'criteria', message: 'verwacht boolean' },
      { field: null, message: 'onbekende velden: x' },
    ]);
    expect(serverIssues('alleen een actieve partij meldt aan (Art. 1.7)')).toEqual([
      { field: null, message: 'alleen een actieve partij meldt aan (Art. 1.7)' },
    ]);
    expect(serverIssues(undefined)).toEqual([]);
  });

  it('knows which paths are fields and where they are', () => {
    expect(fieldOfPath('protocolKey')).toBe('protocolKey');
    expect(fieldOfPath('persons')).toBe('persons');
    expect(fieldOfPath('somethingElse')).toBeNull();
    expect(fieldId('persons.1.birthDate')).toBe('case-persons-1-birthDate');
    expect(fieldId('persons')).toBe('case-persons-0-name');
  });
});
