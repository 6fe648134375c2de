/**
 * Pure rules of the triage (Art. 1.8, 12.2b; domain.md §3). No I/O.
 * - The next triage moment of a case: the moment its registration goes to by the weekly schedule
 *   (triageMomentFor), or, when that has passed and the case is still in triage, the next
 *   scheduled triage moment from now on.
 * - A deadline is a calendar date in the house's time zone, not before today; an open request
 *   past its deadline is overdue.
 * - The outcome: a conference needs the parties to involve; advice only or a referral elsewhere
 *   needs the advice or referral itself, for the registering party.
 */
import {
  type TriageSchedule,
  triageMomentFor,
  type Weekday,
  zonedInstant,
} from '../rules/triage-schedule.js';

const DAYS: Weekday[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** The first instant at or after `now` at which the schedule's triage is held. */
export function nextScheduledTriage(now: Date, schedule: TriageSchedule, timeZone: string): Date {
  const [y, m, d] = localDate(now, timeZone).split('-').map(Number) as [number, number, number];
  for (let i = 0; i <= 7; i++) {
    const day = new Date(Date.UTC(y, m - 1, d + i));
    if (DAYS[day.getUTCDay()] !== schedule.weekday) continue;
    const at = zonedInstant(
      day.getUTCFullYear(),
      day.getUTCMonth() + 1,
      day.getUTCDate(),
      schedule.time,
      timeZone,
    );
    if (at.getTime() >= now.getTime()) return at;
  }
  // Unreachable for a valid weekday: the loop covers eight days.
  throw new Error('no triage moment in the coming week');
}

/** The triage moment for a case submitted at `submittedAt`, never before `now`. */
export function nextTriageMoment(
  submittedAt: Date | null,
  now: Date,
  schedule: TriageSchedule,
  timeZone: string,
): Date {
  const planned = submittedAt ? triageMomentFor(submittedAt, schedule, timeZone) : null;
  if (planned && planned.getTime() >= now.getTime()) return planned;
  return nextScheduledTriage(now, schedule, timeZone);
}

/** Art. 1.8: a party is asked to answer by a date that has not passed. */
export function deadlineProblem(deadline: string, today: string): string | null {
  return deadline < today ? 'de uiterste datum ligt in het verleden' : null;
}

export const isOverdue = (status: string, deadline: string, today: string) =>
  status === 'open' && deadline < today;

export interface OutcomeInput {
  route: 'conference' | 'advice' | 'referral';
  partyIds: readonly string[];
  advice?: string | null | undefined;
}

/** What is missing from a triage outcome, as [field, message], or null (Art. 1.8, 12.2d–e). */
export function outcomeProblem(o: OutcomeInput): [string, string] | null {
  if (o.route === 'conference' && o.partyIds.length === 0)
    return ['partyIds', 'kies de partijen voor het casusoverleg (Art. 12.2e)'];
  if (o.route !== 'conference' && !o.advice?.trim())
    return ['advice', 'leg het advies of de verwijzing vast voor de aanmeldende partij (Art. 1.8)'];
  return null;
}
