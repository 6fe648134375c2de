/**
 * The security log of the identity module: logins, failures, lock-outs, logouts, second-factor and
 * account changes (ASVS V6.3.5, V16). Accounts appear only as a keyed pseudonym, never as e-mail.
 */
import type { Kysely } from 'kysely';
import type { AuthEventTable, Database } from '../../platform/db/schema.js';
import { newId, nowUtc } from '../../platform/ids.js';

export type AuthEventKind =
  | 'login-password'
  | 'login-totp'
  | 'login-recovery-code'
  | 'login-sso'
  | 'lockout'
  | 'logout'
  | 'session-revoked'
  | 'sessions-revoked-all'
  | 'totp-enrolled'
  | 'totp-reset'
  | 'reauth'
  | 'password-changed'
  | 'password-reset'
  | 'user-created'
  | 'user-updated'
  | 'sso-provider-created'
  | 'sso-provider-updated';

export interface AuthEventInput {
  kind: AuthEventKind;
  outcome: AuthEventTable['outcome'];
  userId?: string | null;
  accountHash?: string | null;
  ip?: string | null;
  requestId?: string | null;
}

export async function recordAuthEvent(db: Kysely<Database>, e: AuthEventInput): Promise<void> {
  await db
    .insertInto('auth_events')
    .values({
      id: newId(),
      at: nowUtc(),
      kind: e.kind,
      outcome: e.outcome,
      user_id: e.userId ?? null,
      account_hash: e.accountHash ?? null,
      ip: e.ip ?? null,
      request_id: e.requestId ?? null,
    })
    .execute();
}
