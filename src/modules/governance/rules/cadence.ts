/**
 * Meeting cadence (Art. 4.2: the Stuurgroep meets at least twice a year; Art. 6.2: the
 * Partneroverleg every 12 weeks, or when a party requests it; Art. 6.4: once a year a meeting of
 * all parties). The numbers come from the house configuration (domain.md §7). Given a body's
 * meetings, this says per calendar year (in the house's time zone) whether the cadence is kept and
 * where it is missed. Cancelled meetings do not count; requested meetings do. No I/O.
 */
export interface Cadence {
  stuurgroepMinPerYear: number;
  partneroverlegIntervalWeeks: number;
  annualMeetingsPerYear: number;
}

export interface MeetingPoint {
  startsAt: string;
  status: 'planned' | 'held' | 'cancelled';
}

export type CadenceStatus = 'compliant' | 'on-track' | 'at-risk' | 'missed';

export interface CadenceGap {
  /** Last meeting before the gap (local date), or the start of the year when there was none. */
  from: string;
  /** Next meeting after the gap, or null when none is planned. */
  to: string | null;
  /** The date by which the next meeting was due. */
  dueBy: string;
  status: 'missed' | 'at-risk';
}

export interface CadenceReport {
  year: number;
  article: string;
  rule: 'min-per-year' | 'interval';
  required: number | null;
  intervalDays: number | null;
  held: number;
  planned: number;
  status: CadenceStatus;
  gaps: CadenceGap[];
  nextDue: string | null;
}

/** The calendar date of an instant in a time zone, as YYYY-MM-DD. */
export function localDate(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function perYear(
  year: number,
  min: number,
  article: string,
  days: { day: string; held: boolean }[],
  today: string,
) {
  const held = days.filter((d) => d.held).length;
  const planned = days.filter((d) => !d.held && d.day >= today).length;
  const yearOver = today > `${year}-12-31`;
  const status: CadenceStatus =
    held >= min ? 'compliant' : yearOver ? 'missed' : held + planned >= min ? 'on-track' : 'at-risk';
  return {
    year,
    article,
    rule: 'min-per-year' as const,
    required: min,
    intervalDays: null,
    held,
    planned,
    status,
    gaps: [],
    nextDue: null,
  };
}

function interval(
  year: number,
  weeks: number,
  days: { day: string; held: boolean }[],
  before: string | null,
  today: string,
): CadenceReport {
  const max = weeks * 7;
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const inYear = days.map((d) => d.day).sort();
  const gaps: CadenceGap[] = [];
  let prev = before ?? start;
  const check = (next: string | null) => {
    const dueBy = addDays(prev, max);
    if (dueBy > end && next === null) return; // next one falls due next year
    if (next !== null && next <= dueBy) return;
    gaps.push({ from: prev, to: next, dueBy, status: today > dueBy ? 'missed' : 'at-risk' });
  };
  for (const day of inYear) {
    check(day);
    prev = day;
  }
  check(null);
  const last = inYear.at(-1) ?? before;
  const status: CadenceStatus = gaps.some((g) => g.status === 'missed')
    ? 'missed'
    : gaps.length > 0
      ? 'at-risk'
      : days.every((d) => d.held)
        ? 'compliant'
        : 'on-track';
  return {
    year,
    article: '6.2',
    rule: 'interval',
    required: null,
    intervalDays: max,
    held: days.filter((d) => d.held).length,
    planned: days.filter((d) => !d.held && d.day >= today).length,
    status,
    gaps,
    nextDue: last ? addDays(last, max) : null,
  };
}

/**
 * The compliance of one body in one year. `today` is a local date; `meetings` may include other
 * years (the last meeting before the year anchors the Partneroverleg interval).
 */
export function cadenceReport(
  bodyKey: string,
  cadence: Cadence,
  meetings: readonly MeetingPoint[],
  year: number,
  today: string,
  timeZone: string,
): CadenceReport | null {
  const live = meetings
    .filter((m) => m.status !== 'cancelled')
    .map((m) => ({ day: localDate(m.startsAt, timeZone), held: m.status === 'held' }));
  const days = live.filter((d) => d.day.startsWith(`${year}-`));
  if (bodyKey === 'stuurgroep') return perYear(year, cadence.stuurgroepMinPerYear, '4.2', days, today);
  if (bodyKey === 'jaarvergadering') return perYear(year, cadence.annualMeetingsPerYear, '6.4', days, today);
  if (bodyKey === 'partneroverleg') {
    const before =
      live
        .map((d) => d.day)
        .filter((d) => d < `${year}-01-01`)
        .sort()
        .at(-1) ?? null;
    return interval(year, cadence.partneroverlegIntervalWeeks, days, before, today);
  }
  return null;
}
