/**
 * Art. 23.1: the covenant is in force from 2019-01-01 for at least five years, after which it is
 * renewed automatically for one year at a time unless terminated in writing. Pure date arithmetic
 * on calendar dates (YYYY-MM-DD, no time zone): period 1 is the initial term, each later period a
 * renewal. The numbers come from the house configuration (`covenant` in config/houses/*.yaml).
 */
export interface TermConfig {
  /** Art. 23.1: "treedt in werking op 01-01-2019". */
  effectiveFrom: string;
  /** Art. 23.1: "tenminste aangegaan voor een periode van 5 jaar". */
  initialTermYears: number;
  /** Art. 23.1: "automatisch iedere keer met een periode van één jaar verlengd". */
  renewalTermYears: number;
}

export interface TermPeriod {
  /** 1 is the initial term; 2, 3, … are renewals. */
  number: number;
  kind: 'initial' | 'renewal';
  /** First day of the period. */
  start: string;
  /** Last day of the period (inclusive). */
  end: string;
}

export type TermAnswer =
  | { inForce: false; startsOn: string }
  | { inForce: true; period: TermPeriod; nextRenewal: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): [number, number, number] {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`geen datum: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Adds whole years; 29 February falls back to 28 February in a non-leap year. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = parts(date);
  const target = y + years;
  const lastDay = new Date(Date.UTC(target, m, 0)).getUTCDate();
  return `${pad(target, 4)}-${pad(m)}-${pad(Math.min(d, lastDay))}`;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Start of period n (1-based). */
export function periodStart(config: TermConfig, n: number): string {
  if (n < 1) throw new RangeError('periodes tellen vanaf 1');
  return n === 1
    ? config.effectiveFrom
    : addYears(config.effectiveFrom, config.initialTermYears + (n - 2) * config.renewalTermYears);
}

/** Period n: the initial term or the (n-1)th renewal (Art. 23.1). */
export function period(config: TermConfig, n: number): TermPeriod {
  const start = periodStart(config, n);
  return {
    number: n,
    kind: n === 1 ? 'initial' : 'renewal',
    start,
    end: addDays(periodStart(config, n + 1), -1),
  };
}

/** The period `date` falls in, and the date the covenant is next renewed (the next period's start). */
export function termOn(config: TermConfig, date: string): TermAnswer {
  parts(date);
  if (date < config.effectiveFrom) return { inForce: false, startsOn: config.effectiveFrom };
  const initialEnd = addYears(config.effectiveFrom, config.initialTermYears);
  let n = 1;
  if (date >= initialEnd) {
    // Estimate from the year difference, then correct by at most a step either way.
    const years = parts(date)[0] - parts(initialEnd)[0];
    n = Math.max(2, 2 + Math.floor(years / config.renewalTermYears) - 1);
    while (periodStart(config, n + 1) <= date) n++;
    while (n > 2 && periodStart(config, n) > date) n--;
  }
  return { inForce: true, period: period(config, n), nextRenewal: periodStart(config, n + 1) };
}
