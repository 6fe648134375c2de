/**
 * The logged-in user's own account: changing the password, setting up the authenticator app
 * (TOTP) and the list of their sessions on other devices.
 */
import { useQuery } from '@tanstack/react-query';
import { API_BASE, getJson, isBoolean, isRecord, isString, isStringArray, send, sendJson } from './client';

/**
 * Replaces the password (POST /me/password). The server checks the current one (401
 * invalid-credentials), refuses a weak new one (400 weak-password, reasons after `newPassword:`)
 * and ends the user's other sessions.
 */
export const changePassword = (currentPassword: string, newPassword: string) =>
  send('POST', `${API_BASE}/me/password`, { body: { currentPassword, newPassword } });

export interface TotpSetup {
  otpauthUri: string;
  qrSvg: string;
  secret: string;
}

export function parseTotpSetup(body: unknown): TotpSetup | undefined {
  if (!isRecord(body)) return undefined;
  const { otpauthUri, qrSvg, secret } = body;
  if (!isString(otpauthUri) || !otpauthUri.startsWith('otpauth://')) return undefined;
  if (!isString(qrSvg) || !isString(secret) || secret === '') return undefined;
  return { otpauthUri, qrSvg, secret };
}

function parseRecoveryCodes(body: unknown): string[] | undefined {
  if (!isRecord(body) || !isStringArray(body.recoveryCodes)) return undefined;
  return body.recoveryCodes;
}

export const startTotpSetup = () => sendJson('POST', `${API_BASE}/me/totp`, parseTotpSetup);

export const confirmTotpSetup = (code: string) =>
  sendJson('POST', `${API_BASE}/me/totp/confirm`, parseRecoveryCodes, { body: { code } });

export interface UserSession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  userAgent: string | null;
  current: boolean;
}

function parseUserSession(value: unknown): UserSession | undefined {
  if (!isRecord(value)) return undefined;
  const { id, createdAt, lastSeenAt, userAgent, current } = value;
  if (!isString(id) || !isString(createdAt) || !isString(lastSeenAt) || !isBoolean(current)) return undefined;
  if (userAgent !== null && !isString(userAgent)) return undefined;
  return { id, createdAt, lastSeenAt, userAgent, current };
}

export function parseUserSessions(body: unknown): UserSession[] | undefined {
  if (!isRecord(body) || !Array.isArray(body.items)) return undefined;
  const items = body.items.map(parseUserSession);
  return items.every((s): s is UserSession => s !== undefined) ? items : undefined;
}

export const MY_SESSIONS_KEY = ['me', 'sessions'] as const;

export function useMySessions() {
  return useQuery({
    queryKey: MY_SESSIONS_KEY,
    queryFn: ({ signal }) => getJson(`${API_BASE}/me/sessions`, parseUserSessions, signal),
    staleTime: 0,
  });
}

export const revokeSession = (id: string) =>
  send('DELETE', `${API_BASE}/me/sessions/${encodeURIComponent(id)}`);

export const revokeAllSessions = () => send('POST', `${API_BASE}/me/sessions/revoke-all`);
