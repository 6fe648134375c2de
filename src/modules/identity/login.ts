/**
 * The login steps as commands: password, then the second factor (TOTP or a recovery code).
 * Failures are generic — the caller never learns whether an account exists — and every attempt is
 * written to the security log, from which the throttle counts.
 */
import type { FastifyRequest } from 'fastify';
import { decrypt } from '../../platform/crypto/aead.js';
import type { UserTable } from '../../platform/db/schema.js';
import { ProblemError } from '../../platform/http/problem.js';
import { nowUtc } from '../../platform/ids.js';
import { type AuthEventKind, recordAuthEvent } from './auth-events.js';
import type { IdentityContext } from './context.js';
import { accountPseudonym } from './keys.js';
import {
  ACCOUNT_FAILURES_BEFORE_LOCK,
  ADDRESS_FAILURES_PER_WINDOW,
  recentFailures,
} from './login-throttle.js';
import { verifyAgainstDummy, verifyPassword } from './rules/password-hash.js';
import { hashRecoveryCode, looksLikeRecoveryCode, normaliseRecoveryCode } from './rules/recovery-codes.js';
import { verifyTotp } from './rules/totp.js';
import type { Stage } from './session-store.js';

const invalid = () => new ProblemError('invalid-credentials', 'De combinatie van gegevens klopt niet.');

export const totpAad = (userId: string) => `users.totp_secret_enc:${userId}`;

/** Refuses when this address or account has failed too often lately (ASVS V6.3.1). */
export async function guardThrottle(
  ctx: IdentityContext,
  request: FastifyRequest,
  accountHash: string,
  kind: AuthEventKind,
) {
  const now = new Date();
  if ((await recentFailures(ctx.db.kysely, { ip: request.ip }, now)) >= ADDRESS_FAILURES_PER_WINDOW) {
    request.log.warn({ kind }, 'login throttled for address');
    throw new ProblemError(
      'rate-limited',
      'Te veel mislukte pogingen vanaf dit adres; probeer het over een kwartier opnieuw.',
    );
  }
  if ((await recentFailures(ctx.db.kysely, { accountHash }, now)) >= ACCOUNT_FAILURES_BEFORE_LOCK) {
    throw new ProblemError(
      'account-locked',
      'Te veel mislukte pogingen; dit account is een kwartier geblokkeerd.',
    );
  }
}

/** Records a failed guess, locks the account at the threshold, and returns the generic refusal. */
export async function fail(
  ctx: IdentityContext,
  request: FastifyRequest,
  kind: AuthEventKind,
  accountHash: string,
  userId: string | null,
) {
  await recordAuthEvent(ctx.db.kysely, {
    kind,
    outcome: 'failure',
    userId,
    accountHash,
    ip: request.ip,
    requestId: request.id,
  });
  const failures = await recentFailures(ctx.db.kysely, { accountHash }, new Date());
  if (failures === ACCOUNT_FAILURES_BEFORE_LOCK) {
    await recordAuthEvent(ctx.db.kysely, {
      kind: 'lockout',
      outcome: 'info',
      userId,
      accountHash,
      ip: request.ip,
      requestId: request.id,
    });
    request.log.warn({ userId }, 'account locked after repeated login failures');
  }
  return invalid();
}

export async function userMayLogIn(ctx: IdentityContext, user: UserTable): Promise<boolean> {
  if (user.status !== 'active') return false;
  if (user.is_demo === 1 && ctx.settings.KETENHUIS_MODE !== 'demo') return false;
  if (user.party_id === null) return true;
  const party = await ctx.db.kysely
    .selectFrom('parties')
    .select('status')
    .where('id', '=', user.party_id)
    .executeTakeFirst();
  return party?.status === 'active';
}

/** Step one. Returns the user and the stage the new session starts in. */
export async function passwordStep(
  ctx: IdentityContext,
  request: FastifyRequest,
  email: string,
  password: string,
) {
  const accountHash = accountPseudonym(ctx.keys, email);
  await guardThrottle(ctx, request, accountHash, 'login-password');
  const user = await ctx.db.kysely
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email)
    .executeTakeFirst();
  if (!user?.password_hash) {
    await verifyAgainstDummy(password);
    throw await fail(ctx, request, 'login-password', accountHash, null);
  }
  if (!(await verifyPassword(user.password_hash, password)) || !(await userMayLogIn(ctx, user))) {
    throw await fail(ctx, request, 'login-password', accountHash, user.id);
  }
  await recordAuthEvent(ctx.db.kysely, {
    kind: 'login-password',
    outcome: 'success',
    userId: user.id,
    accountHash,
    ip: request.ip,
    requestId: request.id,
  });
  // Demo users skip the second factor, in demo mode only (production refuses to start with them).
  const stage: Stage = user.is_demo === 1 ? 'complete' : user.totp_enabled === 1 ? 'mfa' : 'enrol';
  if (stage === 'complete') await markLogin(ctx, user.id);
  return { user, stage };
}

export async function markLogin(ctx: IdentityContext, userId: string) {
  await ctx.db.kysely
    .updateTable('users')
    .set({ last_login_at: nowUtc() })
    .where('id', '=', userId)
    .execute();
}

/** Step two: a TOTP code, or a one-time recovery code. */
export async function secondFactorStep(
  ctx: IdentityContext,
  request: FastifyRequest,
  userId: string,
  code: string,
) {
  const user = await ctx.db.kysely
    .selectFrom('users')
    .selectAll()
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) throw invalid();
  const accountHash = accountPseudonym(ctx.keys, user.email);
  const isRecovery = looksLikeRecoveryCode(code);
  const kind: AuthEventKind = isRecovery ? 'login-recovery-code' : 'login-totp';
  await guardThrottle(ctx, request, accountHash, kind);
  const ok = isRecovery ? await redeemRecoveryCode(ctx, user.id, code) : await checkTotp(ctx, user, code);
  if (!ok || !(await userMayLogIn(ctx, user))) throw await fail(ctx, request, kind, accountHash, user.id);
  await recordAuthEvent(ctx.db.kysely, {
    kind,
    outcome: 'success',
    userId: user.id,
    accountHash,
    ip: request.ip,
    requestId: request.id,
  });
  return user;
}

/** Verifies a TOTP code and records its time step, so the same code never works twice. */
export async function checkTotp(ctx: IdentityContext, user: UserTable, code: string): Promise<boolean> {
  if (user.totp_enabled !== 1 || !user.totp_secret_enc) return false;
  const secret = decrypt(ctx.keys.totp, user.totp_secret_enc, totpAad(user.id)).toString('utf8');
  const result = verifyTotp(secret, code, Date.now(), user.totp_last_step);
  if (!result.ok) return false;
  const updated = await ctx.db.kysely
    .updateTable('users')
    .set({ totp_last_step: result.step })
    .where('id', '=', user.id)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', result.step)]))
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

async function redeemRecoveryCode(ctx: IdentityContext, userId: string, code: string): Promise<boolean> {
  const hash = hashRecoveryCode(normaliseRecoveryCode(code));
  const result = await ctx.db.kysely
    .updateTable('recovery_codes')
    .set({ used_at: nowUtc() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The signed-in user's own row, for the steps that check their secrets again. */
export async function signedInUser(ctx: IdentityContext, request: FastifyRequest) {
  const principal = request.principal;
  if (!principal) throw new ProblemError('unauthenticated', 'Log in om dit te doen.');
  const user = await ctx.db.kysely
    .selectFrom('users')
    .selectAll()
    .where('id', '=', principal.userId)
    .executeTakeFirstOrThrow();
  return { principal, user, accountHash: accountPseudonym(ctx.keys, user.email) };
}

/** Checks a signed-in user's password under the same throttle as login (ASVS V6.3.1). */
export async function throttledPasswordCheck(
  ctx: IdentityContext,
  request: FastifyRequest,
  user: UserTable,
  accountHash: string,
  password: string,
  kind: 'reauth' | 'password-changed',
): Promise<boolean> {
  await guardThrottle(ctx, request, accountHash, kind);
  return user.password_hash !== null && (await verifyPassword(user.password_hash, password));
}
