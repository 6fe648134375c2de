/**
 * Dates and times as the user reads them, in the interface language. A value the browser cannot
 * parse is shown as it came, rather than as "Invalid Date".
 */
export function formatDateTime(iso: string, language: string | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
