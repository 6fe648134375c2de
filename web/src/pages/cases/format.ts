/**
 * Dates of the case pages in the interface language: a calendar date (a date of birth, which has
 * no time zone) and today's date as YYYY-MM-DD for the "not in the future" check.
 */

/** A YYYY-MM-DD date as the user reads it; anything else is shown as it came. */
export function formatDate(isoDate: string, language: string | undefined): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Today in the user's own time zone, as YYYY-MM-DD. */
export function todayLocal(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
