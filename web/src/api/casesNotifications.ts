/**
 * My in-app notifications (GET /me/notifications, issue 5 §10): unread first, with the unread
 * count; marking one or all as read. A notification carries no personal data: a kind the app
 * translates, the case number and the link to where the task is.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import { API_BASE, apiRequest, isRecord, isString, send } from './client';
import { ApiError } from './problem';

export interface Notification {
  id: string;
  kind: string;
  caseId: string | null;
  caseNumber: string | null;
  /** Null when the user may no longer open the case the notification was about (the server says). */
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage {
  items: Notification[];
  unreadCount: number;
  nextCursor: string | null;
}

const nullableString = (v: unknown): v is string | null => v === null || isString(v);

export function parseNotification(v: unknown): Notification | undefined {
  if (!isRecord(v)) return undefined;
  const { id, kind, caseId, caseNumber, link, createdAt, readAt } = v;
  if (!isString(id) || !isString(kind) || !nullableString(caseId) || !nullableString(caseNumber))
    return undefined;
  if (!nullableString(link) || !isString(createdAt) || !nullableString(readAt)) return undefined;
  return { id, kind, caseId, caseNumber, link, createdAt, readAt };
}

export function parseNotificationPage(v: unknown): NotificationPage | undefined {
  if (!isRecord(v) || !Array.isArray(v.items) || !nullableString(v.nextCursor)) return undefined;
  const { unreadCount } = v;
  if (typeof unreadCount !== 'number' || !Number.isInteger(unreadCount) || unreadCount < 0) return undefined;
  const items = v.items.map(parseNotification);
  if (!items.every((n): n is Notification => n !== undefined)) return undefined;
  return { items, unreadCount, nextCursor: v.nextCursor };
}

/** Only links inside the app are followed; anything else is not a place to send a user. */
export const isAppLink = (link: string): boolean => /^\/(?!\/)[^\s\\]*$/.test(link);

export const NOTIFICATIONS_KEY = ['notifications'] as const;
export const NOTIFICATIONS_PAGE_SIZE = 20;

export function notificationsPath(cursor: string | null): string {
  const params = new URLSearchParams({ limit: String(NOTIFICATIONS_PAGE_SIZE) });
  if (cursor !== null) params.set('cursor', cursor);
  return `${API_BASE}/me/notifications?${params}`;
}

export function useNotifications() {
  return useInfiniteQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'list'],
    queryFn: async ({ pageParam, signal }) => {
      const response = await apiRequest('GET', notificationsPath(pageParam), { signal });
      const page = parseNotificationPage(response.body);
      if (!page) throw new ApiError('invalid-response', response.status);
      return page;
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 0,
  });
}

export const markNotificationRead = (id: string) =>
  send('POST', `${API_BASE}/me/notifications/${encodeURIComponent(id)}/read`);

export const markAllNotificationsRead = () => send('POST', `${API_BASE}/me/notifications/read-all`);
