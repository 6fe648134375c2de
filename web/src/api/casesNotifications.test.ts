/**
 * Reading GET /me/notifications: a notification about a case the user may no longer open comes
 * without a link (null, notifications/queries.ts); such an item must not make the whole page
 * unreadable, which hid the dashboard's unread count and the notifications page.
 */
import { describe, expect, it } from 'vitest';
import { parseNotificationPage } from './casesNotifications';

const item = (over: Record<string, unknown> = {}) => ({
  id: '0190abcd-0000-7000-8000-000000000001',
  kind: 'case.taken-over',
  caseId: '0190abcd-0000-7000-8000-000000000002',
  caseNumber: 'ZVH-2026-000001',
  link: '/casussen/0190abcd-0000-7000-8000-000000000002',
  createdAt: '2026-05-01T10:00:00.000Z',
  readAt: null,
  ...over,
});

describe('parseNotificationPage', () => {
  it('reads items with and without a link', () => {
    const page = parseNotificationPage({
      items: [item(), item({ link: null, caseNumber: null })],
      unreadCount: 2,
      nextCursor: null,
    });
    expect(page?.unreadCount).toBe(2);
    expect(page?.items.map((n) => n.link)).toEqual(['/casussen/0190abcd-0000-7000-8000-000000000002', null]);
  });

  it('refuses a malformed item', () => {
    expect(parseNotificationPage({ items: [item({ link: 42 })], unreadCount: 1, nextCursor: null })).toBe(
      undefined,
    );
    expect(parseNotificationPage({ items: [], unreadCount: -1, nextCursor: null })).toBe(undefined);
  });
});
