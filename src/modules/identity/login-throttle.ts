/**
 * Login throttling, per account and per address, counted from the security log so that it holds
 * across several servers (ASVS V6.3.1). Too many failures for one account lock it for a while;
 * too many from one address slow that address down.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

export const ACCOUNT_FAILURES_BEFORE_LOCK = 5;
export const ADDRESS_FAILURES_PER_WINDOW = 30;
export const WINDOW_MINUTES = 15;
export const LOCK_MINUTES = 15;

/** Every place a password or code can be guessed counts: login steps, re-authentication, password change. */
const FAILURE_KINDS = [
  'login-password',
  'login-totp',
  'login-recovery-code',
  'reauth',
  'password-changed',
] as const;

export async function recentFailures(
  db: Kysely<Database>,
  by: { accountHash?: string; ip?: string },
  now: Date,
): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000).toISOString();
  let q = db
    .selectFrom('auth_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('outcome', '=', 'failure')
    .where('kind', 'in', FAILURE_KINDS)
    .where('at', '>', since);
  if (by.accountHash) q = q.where('account_hash', '=', by.accountHash);
  if (by.ip) q = q.where('ip', '=', by.ip);
  const row = await q.executeTakeFirst();
  return Number(row?.n ?? 0);
}

export const lockUntil = (now: Date): string => new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString();
