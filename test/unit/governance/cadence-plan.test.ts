/**
 * Meeting cadence (Art. 4.2, 6.2, 6.4), annual-plan completeness (Art. 4.4) and referral to the
 * Stuurgroep (Art. 7.3), informing the other body (Art. 5.6, 7.4).
 */
import { describe, expect, it } from 'vitest';
import { missingParts, voteRefusal } from '../../../src/modules/governance/rules/annual-plan.js';
import {
  cadenceReport,
  localDate,
  type MeetingPoint,
} from '../../../src/modules/governance/rules/cadence.js';
import { informedBody, referralRefusal } from '../../../src/modules/governance/rules/referral.js';

const cadence = { stuurgroepMinPerYear: 2, partneroverlegIntervalWeeks: 12, annualMeetingsPerYear: 1 };
const tz = 'Europe/Amsterdam';
const m = (day: string, status: MeetingPoint['status'] = 'held'): MeetingPoint => ({
  startsAt: `${day}T09:00:00.000Z`,
  status,
});

describe('Stuurgroep: at least twice a calendar year (Art. 4.2)', () => {
  it('is compliant with two held meetings', () => {
    expect(
      cadenceReport('stuurgroep', cadence, [m('2024-03-01'), m('2024-10-01')], 2024, '2025-01-15', tz)
        ?.status,
    ).toBe('compliant');
  });
  it('is missed when the year ended with one', () => {
    const r = cadenceReport(
      'stuurgroep',
      cadence,
      [m('2024-03-01'), m('2024-10-01', 'cancelled')],
      2024,
      '2025-01-15',
      tz,
    );
    expect(r).toMatchObject({ status: 'missed', held: 1, required: 2, article: '4.2' });
  });
  it('is on track with one held and one planned, at risk with neither planned', () => {
    expect(
      cadenceReport(
        'stuurgroep',
        cadence,
        [m('2025-03-01'), m('2025-11-01', 'planned')],
        2025,
        '2025-06-01',
        tz,
      )?.status,
    ).toBe('on-track');
    expect(cadenceReport('stuurgroep', cadence, [m('2025-03-01')], 2025, '2025-06-01', tz)?.status).toBe(
      'at-risk',
    );
  });
  it('counts by the calendar date in the house’s time zone', () => {
    expect(localDate('2024-12-31T23:30:00.000Z', tz)).toBe('2025-01-01');
  });
});

describe('Partneroverleg: every 12 weeks (Art. 6.2)', () => {
  const everyTwelveWeeks = ['2024-01-10', '2024-04-03', '2024-06-26', '2024-09-18', '2024-12-11'].map((d) =>
    m(d),
  );
  it('is compliant when no gap exceeds 84 days', () => {
    const r = cadenceReport(
      'partneroverleg',
      cadence,
      [m('2023-12-01'), ...everyTwelveWeeks],
      2024,
      '2025-02-01',
      tz,
    );
    expect(r).toMatchObject({ status: 'compliant', gaps: [], intervalDays: 84 });
  });
  it('shows the gap where the interval was missed', () => {
    const r = cadenceReport(
      'partneroverleg',
      cadence,
      [m('2024-01-10'), m('2024-06-26'), m('2024-09-18'), m('2024-12-11')],
      2024,
      '2025-02-01',
      tz,
    );
    expect(r?.status).toBe('missed');
    expect(r?.gaps).toContainEqual({
      from: '2024-01-10',
      to: '2024-06-26',
      dueBy: '2024-04-03',
      status: 'missed',
    });
  });
  it('a meeting at a party’s request counts (Art. 6.2); the next due date is shown', () => {
    const r = cadenceReport(
      'partneroverleg',
      cadence,
      [m('2023-12-20'), m('2024-03-01'), m('2024-05-20', 'planned')],
      2024,
      '2024-04-01',
      tz,
    );
    expect(r?.nextDue).toBe('2024-08-12');
    expect(r?.status).toBe('at-risk'); // nothing planned after 12 August yet
  });
});

describe('annual meeting of all parties (Art. 6.4)', () => {
  it('requires one a year', () => {
    expect(cadenceReport('jaarvergadering', cadence, [], 2024, '2025-01-02', tz)?.status).toBe('missed');
    expect(cadenceReport('jaarvergadering', cadence, [m('2024-06-01')], 2024, '2025-01-02', tz)?.status).toBe(
      'compliant',
    );
  });
});

describe('annual plan (Art. 4.4)', () => {
  const full = { longTermVision: 'v', priorities: 'p', budgetAndAccounts: 'b', qualityAssurance: 'q' };
  it('can be put to a vote only with all four parts', () => {
    expect(voteRefusal(full)).toBeNull();
    expect(voteRefusal({ ...full, qualityAssurance: '  ' })).toMatch(/4\.4d/);
    expect(
      missingParts({
        longTermVision: null,
        priorities: '',
        budgetAndAccounts: 'b',
        qualityAssurance: 'q',
      }).map((p) => p.article),
    ).toEqual(['4.4a', '4.4b']);
  });
});

describe('referral and informing the other body (Art. 7.3, 5.6, 7.4)', () => {
  it('an undecided Partneroverleg matter goes to the Stuurgroep', () => {
    expect(referralRefusal('partneroverleg', 'undecided')).toBeNull();
    expect(referralRefusal('partneroverleg', 'rejected')).not.toBeNull();
    expect(referralRefusal('partneroverleg', 'held')).not.toBeNull();
    expect(referralRefusal('stuurgroep', 'undecided')).not.toBeNull();
    expect(referralRefusal('partneroverleg', 'referred')).not.toBeNull();
  });
  it('each body informs the other', () => {
    expect(informedBody('stuurgroep')).toBe('partneroverleg');
    expect(informedBody('partneroverleg')).toBe('stuurgroep');
    expect(informedBody('jaarvergadering')).toBeNull();
  });
});
