/** Bijlage 2 indication and the weekly triage rhythm. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicateComplexity } from '../../../src/modules/cases/rules/criteria.js';
import { triageMomentFor } from '../../../src/modules/cases/rules/triage-schedule.js';

describe('Bijlage 2 criteria', () => {
  it('is complex by the person route only when all three person criteria hold', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), (area, system, chains, multi) => {
        const r = indicateComplexity({
          areaSafetyProblem: area,
          impactOnSystem: system,
          multipleChainsNeeded: chains,
          multiproblem: multi,
        });
        return r.complex === (area || (system && chains && multi)) && r.reasoning.length > 0;
      }),
    );
  });

  it('explains what is missing', () => {
    const r = indicateComplexity({
      areaSafetyProblem: false,
      impactOnSystem: true,
      multipleChainsNeeded: false,
      multiproblem: true,
    });
    expect(r.complex).toBe(false);
    expect(r.reasoning).toEqual([
      'missing.multipleChainsNeeded: één keten volstaat (Bijlage 2, derde criterium)',
    ]);
  });
});

describe('triage schedule (Haaglanden: deadline Monday 12:00, triage Tuesday 10:00)', () => {
  const schedule = {
    weekday: 'tuesday' as const,
    time: '10:00',
    registrationDeadline: { weekday: 'monday' as const, time: '12:00' },
  };
  const tz = 'Europe/Amsterdam';

  it.each([
    ['2026-11-30T10:59:00Z', '2026-12-01T09:00:00.000Z'], // Monday 11:59 CET → this Tuesday 10:00 CET
    ['2026-11-30T11:00:00Z', '2026-12-08T09:00:00.000Z'], // Monday 12:00 CET → next week
    ['2026-11-25T12:00:00Z', '2026-12-01T09:00:00.000Z'], // Wednesday → next Tuesday
    ['2026-12-01T08:00:00Z', '2026-12-08T09:00:00.000Z'], // Tuesday morning, past Monday's deadline → next week
    ['2026-03-30T09:00:00Z', '2026-03-31T08:00:00.000Z'], // after the spring DST change: Tuesday 10:00 CEST
  ])('a registration at %s goes to the triage of %s', (at, expected) => {
    expect(triageMomentFor(new Date(at), schedule, tz).toISOString()).toBe(expected);
  });

  it('always lands on the triage weekday at the triage time, within 14 days', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2025-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        (d) => {
          const m = triageMomentFor(d, schedule, tz);
          const local = new Intl.DateTimeFormat('en-GB', {
            timeZone: tz,
            weekday: 'long',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
          }).format(m);
          const days = (m.getTime() - d.getTime()) / 86_400_000;
          return local === 'Tuesday 10:00' && days > 0 && days <= 14;
        },
      ),
      { numRuns: 500 },
    );
  });
});
