/**
 * Dates of the governance screens in the interface language: calendar dates (YYYY-MM-DD, no time
 * zone) and moments; today as YYYY-MM-DD for form defaults. Unreadable values are shown as they came.
 */
import { useTranslation } from 'react-i18next';

export function formatDay(iso: string, language: string | undefined): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function formatMoment(iso: string, language: string | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return {
    day: (iso: string | null | undefined) => (iso ? formatDay(iso, language) : ''),
    moment: (iso: string | null | undefined) => (iso ? formatMoment(iso, language) : ''),
    language,
  };
}
