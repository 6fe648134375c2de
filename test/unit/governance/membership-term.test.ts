/** Art. 23.1: the term of the covenant, from 2019-01-01 five years, then one year at a time. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, period, termOn } from '../../../src/modules/governance/membership/rules/term.js';

const haaglanden = { effectiveFrom: '2019-01-01', initialTermYears: 5, renewalTermYears: 1 };

const dateArb = fc
  .date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2150-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('Art. 23.1 term', () => {
  it('is not in force before 2019-01-01', () => {
    expect(termOn(haaglanden, '2018-12-31')).toEqual({ inForce: false, startsOn: '2019-01-01' });
  });

  it('has an initial period of five years: 2019-01-01 to 2023-12-31, renewed on 2024-01-01', () => {
    for (const d of ['2019-01-01', '2021-06-15', '2023-12-31']) {
      expect(termOn(haaglanden, d)).toEqual({
        inForce: true,
        period: { number: 1, kind: 'initial', start: '2019-01-01', end: '2023-12-31' },
        nextRenewal: '2024-01-01',
      });
    }
  });

  it('then renews for one year at a time (Art. 23.1: "iedere keer met een periode van één jaar")', () => {
    expect(termOn(haaglanden, '2024-01-01')).toMatchObject({
      period: { number: 2, kind: 'renewal', start: '2024-01-01', end: '2024-12-31' },
      nextRenewal: '2025-01-01',
    });
    expect(termOn(haaglanden, '2026-07-01')).toMatchObject({
      period: { number: 4, start: '2026-01-01', end: '2026-12-31' },
      nextRenewal: '2027-01-01',
    });
  });

  it('handles other configurations, e.g. a start on 29 February and two-year renewals', () => {
    const leap = { effectiveFrom: '2020-02-29', initialTermYears: 4, renewalTermYears: 2 };
    expect(termOn(leap, '2024-02-28')).toMatchObject({
      period: { number: 1, end: '2024-02-28' },
      nextRenewal: '2024-02-29',
    });
    expect(termOn(leap, '2026-03-01')).toMatchObject({ period: { number: 3, start: '2026-02-28' } });
  });

  it('property: every date in force lies in exactly the period it is given, and periods tile without gaps', () => {
    fc.assert(
      fc.property(dateArb, (d) => {
        const t = termOn(haaglanden, d);
        if (!t.inForce) return false;
        const { period: p, nextRenewal } = t;
        expect(p.start <= d && d <= p.end).toBe(true);
        expect(nextRenewal).toBe(addDays(p.end, 1));
        expect(nextRenewal > d).toBe(true);
        if (p.number > 1) expect(period(haaglanden, p.number - 1).end).toBe(addDays(p.start, -1));
        return true;
      }),
      { numRuns: 500 },
    );
  });

  it('property: after the initial five years every period is one calendar year starting 1 January', () => {
    fc.assert(
      fc.property(
        dateArb.filter((d) => d >= '2024-01-01'),
        (d) => {
          const t = termOn(haaglanden, d);
          if (!t.inForce) return false;
          expect(t.period.start).toBe(`${d.slice(0, 4)}-01-01`);
          expect(t.period.end).toBe(`${d.slice(0, 4)}-12-31`);
          expect(t.period.number).toBe(Number(d.slice(0, 4)) - 2022);
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: for any configuration, the period and the renewal are consistent and monotone', () => {
    const config = fc.record({
      effectiveFrom: dateArb,
      initialTermYears: fc.integer({ min: 1, max: 10 }),
      renewalTermYears: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(config, dateArb, dateArb, (c, a, b) => {
        const [d1, d2] = a <= b ? [a, b] : [b, a];
        const t1 = termOn(c, d1);
        const t2 = termOn(c, d2);
        if (t1.inForce && t2.inForce) {
          expect(t1.period.number).toBeLessThanOrEqual(t2.period.number);
          expect(t1.period.start <= d1 && d1 <= t1.period.end).toBe(true);
          expect(t2.period.start <= d2 && d2 <= t2.period.end).toBe(true);
        }
        if (!t1.inForce) expect(d1 < c.effectiveFrom).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
