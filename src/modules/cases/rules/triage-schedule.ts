/**
 * The weekly triage rhythm from the house configuration (domain.md §3): registrations received
 * before the deadline (e.g. Monday 12:00) are triaged at the next triage moment (e.g. Tuesday
 * 10:00); later ones a week after. Times are local to the house's time zone.
 */

export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

export interface TriageSchedule {
  weekday: Weekday;
  time: string;
  registrationDeadline: { weekday: Weekday; time: string };
}

const DAYS: Weekday[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Wall-clock parts of an instant in a time zone. */
function localParts(instant: Date, timeZone: string) {
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'long',
    hourCycle: 'h23',
  });
  const parts = Object.fromEntries(f.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    y: Number(parts.year),
    m: Number(parts.month),
    d: Number(parts.day),
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    weekday: String(parts.weekday).toLowerCase() as Weekday,
  };
}

/** The instant at which the wall clock in `timeZone` shows the given date and time. */
export function zonedInstant(y: number, m: number, d: number, hhmm: string, timeZone: string): Date {
  const [hh, mm] = hhmm.split(':').map(Number) as [number, number];
  let guess = Date.UTC(y, m - 1, d, hh, mm);
  // Two corrections converge across DST changes.
  for (let i = 0; i < 2; i++) {
    const p = localParts(new Date(guess), timeZone);
    const shown = Date.UTC(p.y, p.m - 1, p.d, Math.floor(p.minutes / 60), p.minutes % 60);
    guess += Date.UTC(y, m - 1, d, hh, mm) - shown;
  }
  return new Date(guess);
}

const minutesOf = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};

/** Days from `from` to the next `to` weekday, 0 when equal. */
const daysUntil = (from: Weekday, to: Weekday) => (DAYS.indexOf(to) - DAYS.indexOf(from) + 7) % 7;

/**
 * The triage moment a registration submitted at `submittedAt` goes to. It is the first triage
 * moment after the first registration deadline that is not before the submission.
 */
export function triageMomentFor(submittedAt: Date, schedule: TriageSchedule, timeZone: string): Date {
  const now = localParts(submittedAt, timeZone);
  const deadlineMinutes = minutesOf(schedule.registrationDeadline.time);
  let toDeadline = daysUntil(now.weekday, schedule.registrationDeadline.weekday);
  if (toDeadline === 0 && now.minutes >= deadlineMinutes) toDeadline = 7;
  const deadlineDay = new Date(Date.UTC(now.y, now.m - 1, now.d + toDeadline));
  let toTriage = daysUntil(schedule.registrationDeadline.weekday, schedule.weekday);
  if (toTriage === 0 && minutesOf(schedule.time) <= deadlineMinutes) toTriage = 7;
  const triageDay = new Date(deadlineDay.getTime() + toTriage * 86_400_000);
  return zonedInstant(
    triageDay.getUTCFullYear(),
    triageDay.getUTCMonth() + 1,
    triageDay.getUTCDate(),
    schedule.time,
    timeZone,
  );
}
