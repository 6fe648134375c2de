/**
 * Server-side sessions (ASVS V7). The cookie holds a random token; the database holds only its
 * SHA-256 hash, so a copy of the database opens no session. A session ends when idle too long,
 * at its absolute lifetime, at logout, or when revoked ("log out everywhere").
 */
import type { Kysely } from 'kysely';
import type { Settings } from '../../platform/config/env.js';
import type { Database, SessionTable } from '../../platform/db/schema.js';
import { newId, nowUtc } from '../../platform/ids.js';
import { hashToken, newCsrfToken, newSessionToken } from './rules/tokens.js';

export type Stage = SessionTable['stage'];

export interface SessionMeta {
  userAgent?: string | undefined;
  ip?: string | undefined;
}

export async function createSession(
  db: Kysely<Database>,
  settings: Settings,
  userId: string,
  stage: Stage,
  meta: SessionMeta,
): Promise<{ token: string; session: SessionTable }> {
  const token = newSessionToken();
  const now = new Date();
  const session: SessionTable = {
    id: newId(),
    token_hash: hashToken(token),
    user_id: userId,
    stage,
    csrf_token: newCsrfToken(),
    pending_totp_secret_enc: null,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: new Date(now.getTime() + settings.SESSION_ABSOLUTE_HOURS * 3_600_000).toISOString(),
    reauth_at: null,
    revoked_at: null,
    user_agent: meta.userAgent?.slice(0, 300) ?? null,
    ip: meta.ip ?? null,
  };
  await db.insertInto('sessions').values(session).execute();
  return { token, session };
}

export function idleExpiry(
  session: Pick<SessionTable, 'last_seen_at' | 'expires_at'>,
  settings: Settings,
): string {
  const idle = new Date(session.last_seen_at).getTime() + settings.SESSION_IDLE_MINUTES * 60_000;
  return new Date(Math.min(idle, new Date(session.expires_at).getTime())).toISOString();
}

/** The live session for a token, or undefined when it is unknown, revoked, idle or expired. */
export async function findLiveSession(
  db: Kysely<Database>,
  settings: Settings,
  token: string,
  now = new Date(),
) {
  const session = await db
    .selectFrom('sessions')
    .selectAll()
    .where('token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!session || !isLive(session, settings, now)) return undefined;
  return session;
}

/** Not revoked, not past its absolute lifetime, not idle too long (ASVS V7.3). */
export function isLive(
  session: Pick<SessionTable, 'revoked_at' | 'last_seen_at' | 'expires_at'>,
  settings: Settings,
  now: Date,
): boolean {
  if (session.revoked_at !== null) return false;
  const iso = now.toISOString();
  return session.expires_at > iso && idleExpiry(session, settings) > iso;
}

/** Records activity; written at most once a minute per session to spare the database. */
export async function touchSession(
  db: Kysely<Database>,
  session: SessionTable,
  now = new Date(),
): Promise<void> {
  if (now.getTime() - new Date(session.last_seen_at).getTime() < 60_000) return;
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now.toISOString() })
    .where('id', '=', session.id)
    .execute();
}

export async function revokeSession(db: Kysely<Database>, id: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: nowUtc() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function revokeAllSessions(db: Kysely<Database>, userId: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: nowUtc() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}
