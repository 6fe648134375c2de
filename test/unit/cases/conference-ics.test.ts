/** The iCalendar invitation (RFC 5545) and the triage rules (Art. 1.8), as pure functions. */
import { describe, expect, it } from 'vitest';
import { conferenceIcs, escapeText, foldLine, icsUtc } from '../../../src/modules/cases/conference/ics.js';
import { nextTriageMoment, outcomeProblem } from '../../../src/modules/cases/triage/rules.js';

const schedule = {
  weekday: 'tuesday',
  time: '10:00',
  registrationDeadline: { weekday: 'monday', time: '12:00' },
} as const;

describe('iCalendar invitation', () => {
  it('escapes text and folds long lines at 75 octets without splitting characters', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(100)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n ').join('')).toBe(`DESCRIPTION:${'é'.repeat(100)}`);
    expect(icsUtc('2025-03-04T09:30:00.000Z')).toBe('20250304T093000Z');
  });

  it('has UID, DTSTAMP, UTC times, CRLF, and a cancel method for a cancelled conference', () => {
    const base = {
      id: 'c1',
      caseNumber: 'ZVH-2025-000001',
      startsAt: '2025-03-04T09:30:00+01:00',
      endsAt: '2025-03-04T10:30:00+01:00',
      status: 'planned' as const,
      sequence: 2,
      link: 'https://zvh.example/casussen/abc',
      uidDomain: 'zvh.example',
      now: new Date('2025-03-01T12:00:00Z'),
    };
    const ics = conferenceIcs(base);
    expect(ics).toContain('UID:casusoverleg-c1@zvh.example\r\n');
    expect(ics).toContain('DTSTAMP:20250301T120000Z\r\n');
    expect(ics).toContain('DTSTART:20250304T083000Z\r\n');
    expect(ics).toContain('SEQUENCE:2\r\n');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const cancelled = conferenceIcs({ ...base, status: 'cancelled' });
    expect(cancelled).toContain('METHOD:CANCEL');
    expect(cancelled).toContain('STATUS:CANCELLED');
  });
});

describe('triage rules', () => {
  it('gives the scheduled triage moment, or the next one once it has passed', () => {
    const tz = 'Europe/Amsterdam';
    // Submitted Monday 2025-03-03 11:00 local: triage Tuesday 10:00 local (09:00 UTC).
    const submitted = new Date('2025-03-03T10:00:00Z');
    expect(nextTriageMoment(submitted, new Date('2025-03-03T12:00:00Z'), schedule, tz).toISOString()).toBe(
      '2025-03-04T09:00:00.000Z',
    );
    // Still in triage on Wednesday: the next Tuesday.
    expect(nextTriageMoment(submitted, new Date('2025-03-05T12:00:00Z'), schedule, tz).toISOString()).toBe(
      '2025-03-11T09:00:00.000Z',
    );
  });

  it('asks for parties with a conference and for the advice without one', () => {
    expect(outcomeProblem({ route: 'conference', partyIds: [] })?.[0]).toBe('partyIds');
    expect(outcomeProblem({ route: 'advice', partyIds: [], advice: ' ' })?.[0]).toBe('advice');
    expect(outcomeProblem({ route: 'referral', partyIds: [], advice: 'Wijkteam' })).toBeNull();
  });
});
