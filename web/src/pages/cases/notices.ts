/**
 * What the case page says when it is reached right after a registration was saved or submitted
 * (passed in the navigation state, so a reload does not repeat it).
 */
export const CASE_NOTICES = ['savedDraft', 'savedChanges', 'submitted', 'submitFailed'] as const;
export type CaseNotice = (typeof CASE_NOTICES)[number];

export function noticeOf(state: unknown): CaseNotice | null {
  if (state === null || typeof state !== 'object') return null;
  const notice = (state as { notice?: unknown }).notice;
  return (CASE_NOTICES as readonly unknown[]).includes(notice) ? (notice as CaseNotice) : null;
}
