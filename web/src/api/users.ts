/**
 * User management for functioneel beheer: the paginated, searchable list (GET /api/v1/users),
 * one user with its ETag, creating, updating with If-Match, resetting the second factor or the
 * password (a temporary one, shown once), and ending all of a user's sessions.
 */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { knownRoles, type Role } from '../auth/roles';
import { type Organisation, parseOrganisation } from '../auth/session';
import {
  API_BASE,
  apiRequest,
  getJsonWithEtag,
  isBoolean,
  isRecord,
  isString,
  isStringArray,
  oneOf,
  send,
  sendJson,
} from './client';
import { ApiError } from './problem';

export const USER_STATUSES = ['active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];
export const isUserStatus = oneOf(USER_STATUSES);

export const USER_PERMISSIONS = ['update', 'reset-totp'] as const;
export type UserPermission = (typeof USER_PERMISSIONS)[number];
const isUserPermission = oneOf(USER_PERMISSIONS);

export interface User {
  id: string;
  email: string;
  displayName: string;
  organisation: Organisation;
  roles: Role[];
  status: UserStatus;
  totpEnabled: boolean;
  isDemo: boolean;
  lastLoginAt: string | null;
  permissions: UserPermission[];
}

export function parseUser(value: unknown): User | undefined {
  if (!isRecord(value)) return undefined;
  const { id, email, displayName, roles, status, totpEnabled, isDemo, lastLoginAt, permissions } = value;
  if (!isString(id) || !isString(email) || !isString(displayName)) return undefined;
  if (!isStringArray(roles) || !isUserStatus(status)) return undefined;
  if (!isBoolean(totpEnabled) || !isBoolean(isDemo)) return undefined;
  if (lastLoginAt !== null && !isString(lastLoginAt)) return undefined;
  if (!isStringArray(permissions)) return undefined;
  const organisation = parseOrganisation(value.organisation);
  if (!organisation) return undefined;
  return {
    id,
    email,
    displayName,
    organisation,
    roles: knownRoles(roles),
    status,
    totpEnabled,
    isDemo,
    lastLoginAt,
    permissions: permissions.filter(isUserPermission),
  };
}

export interface UsersPage {
  items: User[];
  nextCursor: string | null;
}

export function parseUsersPage(body: unknown): UsersPage | undefined {
  if (!isRecord(body) || !Array.isArray(body.items)) return undefined;
  const { nextCursor } = body;
  if (nextCursor !== null && !isString(nextCursor)) return undefined;
  const items = body.items.map(parseUser);
  if (!items.every((u): u is User => u !== undefined)) return undefined;
  return { items, nextCursor };
}

export const USERS_PAGE_SIZE = 50;
export const USERS_KEY = ['users'] as const;

export function usersListPath(query: string, cursor: string | null): string {
  const params = new URLSearchParams({ limit: String(USERS_PAGE_SIZE) });
  if (cursor !== null) params.set('cursor', cursor);
  if (query !== '') params.set('q', query);
  return `${API_BASE}/users?${params}`;
}

/** The user list, page by page ("load more"), for a search term (empty: everybody). */
export function useUsers(query: string) {
  return useInfiniteQuery({
    queryKey: [...USERS_KEY, 'list', query],
    queryFn: async ({ pageParam, signal }) => {
      const response = await apiRequest('GET', usersListPath(query, pageParam), { signal });
      const page = parseUsersPage(response.body);
      if (!page) throw new ApiError('invalid-response', response.status);
      return page;
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export interface VersionedUser {
  user: User;
  etag: string | null;
}

export const userKey = (id: string) => [...USERS_KEY, 'detail', id] as const;

export function useUser(id: string) {
  return useQuery({
    queryKey: userKey(id),
    queryFn: async ({ signal }): Promise<VersionedUser> => {
      const { value, etag } = await getJsonWithEtag(
        `${API_BASE}/users/${encodeURIComponent(id)}`,
        parseUser,
        signal,
      );
      return { user: value, etag };
    },
    staleTime: 0,
  });
}

export interface NewUser {
  email: string;
  displayName: string;
  partyId: string | null;
  roles: Role[];
  initialPassword: string;
}

export const createUser = (user: NewUser) => sendJson('POST', `${API_BASE}/users`, parseUser, { body: user });

export interface UserChanges {
  displayName?: string;
  roles?: Role[];
  status?: UserStatus;
}

export async function updateUser(id: string, etag: string, changes: UserChanges): Promise<VersionedUser> {
  const response = await apiRequest('PATCH', `${API_BASE}/users/${encodeURIComponent(id)}`, {
    body: changes,
    headers: { 'If-Match': etag },
  });
  const user = parseUser(response.body);
  if (!user) throw new ApiError('invalid-response', response.status);
  return { user, etag: response.headers.get('ETag') };
}

export const resetUserTotp = (id: string) =>
  send('POST', `${API_BASE}/users/${encodeURIComponent(id)}/reset-totp`);

/** The answer to a password reset: the temporary password, shown to the administrator once. */
export function parseTemporaryPassword(body: unknown): string | undefined {
  if (!isRecord(body) || !isString(body.temporaryPassword) || body.temporaryPassword === '') return undefined;
  return body.temporaryPassword;
}

/** Gives the user a temporary password (re-authentication required); returns it. */
export const resetUserPassword = (id: string) =>
  sendJson('POST', `${API_BASE}/users/${encodeURIComponent(id)}/reset-password`, parseTemporaryPassword);

/** Ends every session of the user (204). */
export const revokeUserSessions = (id: string) =>
  send('POST', `${API_BASE}/users/${encodeURIComponent(id)}/revoke-sessions`);
