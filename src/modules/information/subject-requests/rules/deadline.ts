/**
 * The legal deadline of a data-subject request (AVG Art. 12.3): the controller answers "without
 * undue delay and in any event within one month of receipt"; the period "may be extended by two
 * further months where necessary", and the data subject must be told of the extension, with the
 * reasons, within the first month. Pure calendar arithmetic on YYYY-MM-DD dates, no I/O.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): [number, number, number] {
  const m = DATE.exec(date);
  if (!m) throw new Error(`geen datum JJJJ-MM-DD: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The same day `months` later; a day the target month lacks becomes its last day (31 Jan → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return `${pad(ty, 4)}-${pad(tm)}-${pad(Math.min(d, last))}`;
}

/** Art. 12.3 AVG: one month from receipt. */
export const dueOn = (receivedOn: string) => addMonths(receivedOn, 1);

/** Art. 12.3 AVG: the extended deadline, two further months after the original one. */
export const extendedDueOn = (originalDue: string) => addMonths(originalDue, 2);

export type DeadlineState = 'on-time' | 'due-soon' | 'overdue' | 'closed';

export interface Deadline {
  dueOn: string;
  extendedDueOn: string | null;
}

/** The date that counts now: the extended one once the extension is recorded. */
export const effectiveDue = (d: Deadline) => d.extendedDueOn ?? d.dueOn;

/** Whether the request is overdue on `today`, due within a week, on time, or no longer open. */
export function deadlineState(d: Deadline, open: boolean, today: string): DeadlineState {
  if (!open) return 'closed';
  const due = effectiveDue(d);
  if (today > due) return 'overdue';
  return today >= addDaysIso(due, -7) ? 'due-soon' : 'on-time';
}

function addDaysIso(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * Art. 12.3 AVG: extending is possible once, while the request is open, and only within the first
 * month (the data subject must be told within that month). Returns the reason it is refused, or null.
 */
export function extensionRefusal(d: Deadline, open: boolean, today: string): string | null {
  if (!open) return 'het verzoek is al afgehandeld (Art. 12.3 AVG)';
  if (d.extendedDueOn !== null) return 'de termijn is al eens verlengd (Art. 12.3 AVG)';
  if (today > d.dueOn) return 'verlengen kan alleen binnen de eerste maand (Art. 12.3 AVG)';
  return null;
}

/** A receipt date may not lie in the future. */
export function receiptRefusal(receivedOn: string, today: string): string | null {
  parts(receivedOn);
  return receivedOn > today ? 'de datum van ontvangst ligt in de toekomst' : null;
}
