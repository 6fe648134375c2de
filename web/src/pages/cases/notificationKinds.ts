/**
 * The kinds of notification the server sends (every `notify(` in src/modules; guarded by
 * test/unit/cases/notification-kinds.test.ts) and the translation key of each under
 * `cases.notifications.kinds`: "case.submitted" → "submitted", "disclosure.approved" →
 * "disclosure-approved" (a dot would nest the key). No imports, so the server's tests can read it.
 */
export const NOTIFICATION_KINDS = [
  'case.submitted',
  'case.picked-up',
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
  'case.pre-conference-approval-requested',
  'disclosure.decision-requested',
  'disclosure.approved',
  'disclosure.refused',
  'disclosure.exported',
  'subject-request.routed',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
type KeyOf<K> = K extends `case.${infer R}` ? R : K extends `${infer A}.${infer B}` ? `${A}-${B}` : never;
export type KindKey = KeyOf<NotificationKind>;

/** The translation-key part of a kind; unknown kinds → null. */
export function kindKey(kind: string): KindKey | null {
  const known = NOTIFICATION_KINDS.find((k) => k === kind);
  if (!known) return null;
  return (known.startsWith('case.') ? known.slice('case.'.length) : known.replace('.', '-')) as KindKey;
}
