/**
 * The words for a notification's kind ("case.submitted" → "Nieuwe aanmelding ingediend"). Kinds
 * this version does not know yet get a general sentence rather than a raw code.
 */
import { useTranslation } from 'react-i18next';

export const NOTIFICATION_KINDS = [
  'case.submitted',
  'case.accepted',
  'case.rejected',
  'case.withdrawn',
  'case.taken-over',
  'case.information-requested',
  'case.information-answered',
  'case.triage-decided',
  'case.conference-invited',
  'case.conference-changed',
  'case.conference-cancelled',
  'case.conference-held',
  'case.coordinator-appointed',
  'case.follow-up-requested',
  'case.escalated',
  'case.deescalation-proposed',
  'case.scrub-due',
] as const;
type Kind = (typeof NOTIFICATION_KINDS)[number];
type KindKey = Kind extends `case.${infer K}` ? K : never;

/** The translation-key part of a kind: "case.scrub-due" → "scrub-due"; unknown kinds → null. */
export function kindKey(kind: string): KindKey | null {
  const known = NOTIFICATION_KINDS.find((k) => k === kind);
  return known ? (known.slice('case.'.length) as KindKey) : null;
}

export function useNotificationText() {
  const { t } = useTranslation();
  return (kind: string): string => {
    const key = kindKey(kind);
    return key ? t(`cases.notifications.kinds.${key}`) : t('cases.notifications.kinds.other');
  };
}
