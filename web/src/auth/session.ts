/**
 * The login session (GET /api/v1/session) and the calls of the login flow: password, second
 * factor, re-authentication and logging out. Every answer that carries a session also carries
 * its CSRF token, which is handed to the API client for later mutations.
 */
import {
  isBoolean,
  isRecord,
  isString,
  isStringArray,
  oneOf,
  refreshCsrfToken,
  SESSION_PATH,
  send,
  sendJson,
} from '../api/client';
import { REGIMES, type Regime } from '../api/informationItems';
import { isOrganisationKind, knownRoles, type OrganisationKind, type Role } from './roles';

export const STAGES = ['mfa', 'enrol', 'complete'] as const;
export type Stage = (typeof STAGES)[number];
const isStage = oneOf(STAGES);

export interface Organisation {
  kind: OrganisationKind;
  partyId: string | null;
  name: string;
}

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  organisation: Organisation;
  roles: Role[];
  isDemo: boolean;
  totpEnabled: boolean;
  /**
   * The password was set by functioneel beheer (or must be replaced for another reason): until
   * the user chooses their own, the server refuses every other call.
   */
  passwordChangeRequired: boolean;
  /**
   * Art. 15.2: the legal regimes the user may provide information under (their party's; for house
   * staff the centrumgemeente's). Police (Wpg) and judicial (Wjsg) data only where the house
   * configuration allows it; the server checks again on every write.
   */
  providableRegimes: Regime[];
}

/** Servers from before Art. 15.2 was checked send none: offer only what every party may provide. */
const OPEN_REGIMES: Regime[] = ['gewoon', 'bijzonder'];

export interface AnonymousSession {
  authenticated: false;
  /** Some servers hand out a token before login (login CSRF protection); kept when present. */
  csrfToken: string | null;
}

export interface ActiveSession {
  authenticated: true;
  stage: Stage;
  user: SessionUser;
  csrfToken: string;
  expiresAt: string;
  idleExpiresAt: string;
}

export type Session = AnonymousSession | ActiveSession;

export function parseOrganisation(value: unknown): Organisation | undefined {
  if (!isRecord(value)) return undefined;
  const { kind, partyId, name } = value;
  if (!isOrganisationKind(kind) || !isString(name)) return undefined;
  if (partyId !== null && !isString(partyId)) return undefined;
  return { kind, partyId, name };
}

function parseSessionUser(value: unknown): SessionUser | undefined {
  if (!isRecord(value)) return undefined;
  const { id, email, displayName, roles, isDemo, totpEnabled, passwordChangeRequired } = value;
  if (!isString(id) || !isString(email) || !isString(displayName)) return undefined;
  if (!isStringArray(roles) || !isBoolean(isDemo) || !isBoolean(totpEnabled)) return undefined;
  // Left out by servers from before the forced password change; the server enforces it anyway.
  if (passwordChangeRequired !== undefined && !isBoolean(passwordChangeRequired)) return undefined;
  const organisation = parseOrganisation(value.organisation);
  if (!organisation) return undefined;
  return {
    id,
    email,
    displayName,
    organisation,
    roles: knownRoles(roles),
    isDemo,
    totpEnabled,
    passwordChangeRequired: passwordChangeRequired ?? false,
    providableRegimes: isStringArray(value.providableRegimes)
      ? REGIMES.filter((r) => (value.providableRegimes as string[]).includes(r))
      : OPEN_REGIMES,
  };
}

const isTimestamp = (value: unknown): value is string => isString(value) && !Number.isNaN(Date.parse(value));

export function parseSession(body: unknown): Session | undefined {
  if (!isRecord(body)) return undefined;
  if (body.authenticated === false) {
    return { authenticated: false, csrfToken: isString(body.csrfToken) ? body.csrfToken : null };
  }
  if (body.authenticated !== true) return undefined;
  const { stage, csrfToken, expiresAt, idleExpiresAt } = body;
  if (!isStage(stage) || !isString(csrfToken)) return undefined;
  if (!isTimestamp(expiresAt) || !isTimestamp(idleExpiresAt)) return undefined;
  const user = parseSessionUser(body.user);
  if (!user) return undefined;
  return { authenticated: true, stage, user, csrfToken, expiresAt, idleExpiresAt };
}

/** A login call must answer with a session that exists. */
const parseActiveSession = (body: unknown): ActiveSession | undefined => {
  const session = parseSession(body);
  return session?.authenticated ? session : undefined;
};

export const ANONYMOUS: AnonymousSession = { authenticated: false, csrfToken: null };

export const fetchSession = (signal?: AbortSignal) =>
  sendJson('GET', SESSION_PATH, parseSession, signal ? { signal } : {});

export const login = (email: string, password: string) =>
  sendJson('POST', SESSION_PATH, parseActiveSession, { body: { email, password } });

export const verifySecondFactor = (code: string) =>
  sendJson('POST', `${SESSION_PATH}/totp`, parseActiveSession, { body: { code } });

export const logout = () => send('DELETE', SESSION_PATH);

/** Re-authentication for sensitive actions; `code` is left out for accounts without a second factor. */
/**
 * Re-authentication rotates the session (and with it the CSRF token): fetch the new token at once,
 * so the action that asked for it is not first refused as a stale-token request.
 */
export async function reauthenticate(password: string, code: string | undefined): Promise<void> {
  await send('POST', `${SESSION_PATH}/reauth`, {
    body: code === undefined ? { password } : { password, code },
  });
  await refreshCsrfToken();
}

/** Milliseconds until the session ends by itself (whichever of idle and absolute comes first). */
export function msUntilExpiry(session: ActiveSession, now: number = Date.now()): number {
  return Math.min(Date.parse(session.expiresAt), Date.parse(session.idleExpiresAt)) - now;
}
