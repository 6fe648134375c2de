/**
 * One-off confirmations that belong to the page a user is sent to after finishing something
 * elsewhere ("Your password has been changed"). They travel in the router's location state, so
 * that they survive the navigation but are never part of the address; the layout shows them in a
 * polite live region at the top of the page.
 */
export const NOTICES = {
  passwordChanged: 'pages.password.changed',
} as const;

export type Notice = keyof typeof NOTICES;
export type NoticeKey = (typeof NOTICES)[Notice];

/** The location state to navigate with, to show `notice` on the next page. */
export const noticeState = (notice: Notice): { notice: Notice } => ({ notice });

/** The translation key of the notice in a location state, if it carries a known one. */
export function noticeKey(state: unknown): NoticeKey | null {
  if (state === null || typeof state !== 'object') return null;
  const notice = (state as { notice?: unknown }).notice;
  return typeof notice === 'string' && Object.hasOwn(NOTICES, notice) ? NOTICES[notice as Notice] : null;
}
