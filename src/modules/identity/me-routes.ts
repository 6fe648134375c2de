/** The signed-in user's own account: TOTP enrolment with recovery codes, and their sessions. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { decrypt, encrypt } from '../../platform/crypto/aead.js';
import type { AppDeps } from '../../platform/http/app.js';
import { notFound, ProblemError } from '../../platform/http/problem.js';
import { newId } from '../../platform/ids.js';
import { recordAuthEvent } from './auth-events.js';
import { identityContext, requireRecentReauth, startSession } from './context.js';
import { clearSessionCookie } from './cookies.js';
import { fail, markLogin, signedInUser, throttledPasswordCheck, totpAad } from './login.js';
import { hashPassword } from './rules/password-hash.js';
import { checkPassword } from './rules/password-policy.js';
import { generateRecoveryCodes, hashRecoveryCode } from './rules/recovery-codes.js';
import { generateTotpSecret, otpauthUri, qrSvg, verifyTotp } from './rules/totp.js';
import {
  codeSchema,
  idParamsSchema,
  mySessionsSchema,
  passwordChangeSchema,
  recoveryCodesSchema,
  totpEnrolmentSchema,
} from './schemas.js';
import { revokeAllSessions, revokeSession } from './session-store.js';

const tags = ['mijn account'];
const pendingAad = (sessionId: string) => `sessions.pending_totp_secret_enc:${sessionId}`;

export function meRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const ctx = identityContext(deps);
  const k = ctx.db.kysely;

  /** Enrolment is open at the 'enrol' stage of login, and to a signed-in user. */
  function enrollingSession(request: {
    auth: { session: { id: string; stage: string; userId: string } | null };
  }) {
    const session = request.auth.session;
    if (!session || session.stage === 'mfa')
      throw new ProblemError('unauthenticated', 'Log in om dit te doen.');
    return session;
  }

  app.post(
    '/me/totp',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Begin met het instellen van een authenticator-app (TOTP)',
        response: { 200: totpEnrolmentSchema },
      },
    },
    async (request) => {
      const session = enrollingSession(request);
      const user = await k
        .selectFrom('users')
        .selectAll()
        .where('id', '=', session.userId)
        .executeTakeFirstOrThrow();
      // Replacing a working second factor is sensitive: confirm first.
      if (user.totp_enabled === 1) await requireRecentReauth(ctx, request);
      const secret = generateTotpSecret();
      await k
        .updateTable('sessions')
        .set({ pending_totp_secret_enc: encrypt(ctx.keys.totp, secret, pendingAad(session.id)) })
        .where('id', '=', session.id)
        .execute();
      const house = await k.selectFrom('house').select('short_name').executeTakeFirst();
      const uri = otpauthUri({
        secret,
        accountName: user.email,
        issuer: `Ketenhuis ${house?.short_name ?? ''}`.trim(),
      });
      return { otpauthUri: uri, qrSvg: await qrSvg(uri), secret };
    },
  );

  app.post(
    '/me/totp/confirm',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Bevestig de authenticator-app met een code; geeft eenmalig de herstelcodes',
        body: codeSchema,
        response: { 200: recoveryCodesSchema },
      },
    },
    async (request, reply) => {
      const session = enrollingSession(request);
      const row = await k
        .selectFrom('sessions')
        .select('pending_totp_secret_enc')
        .where('id', '=', session.id)
        .executeTakeFirstOrThrow();
      if (!row.pending_totp_secret_enc)
        throw new ProblemError('conflict', 'Begin eerst met het instellen (POST /me/totp).');
      const secret = decrypt(ctx.keys.totp, row.pending_totp_secret_enc, pendingAad(session.id)).toString(
        'utf8',
      );
      const check = verifyTotp(secret, request.body.code, Date.now(), null);
      if (!check.ok) {
        await recordAuthEvent(k, {
          kind: 'totp-enrolled',
          outcome: 'failure',
          userId: session.userId,
          ip: request.ip,
          requestId: request.id,
        });
        throw new ProblemError(
          'invalid-credentials',
          'Deze code klopt niet. Controleer de tijd op uw telefoon en probeer opnieuw.',
        );
      }
      const codes = generateRecoveryCodes();
      await k.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({
            totp_secret_enc: encrypt(ctx.keys.totp, secret, totpAad(session.userId)),
            totp_enabled: 1,
            totp_last_step: check.step,
            updated_at: new Date().toISOString(),
          })
          .where('id', '=', session.userId)
          .execute();
        await trx.deleteFrom('recovery_codes').where('user_id', '=', session.userId).execute();
        await trx
          .insertInto('recovery_codes')
          .values(
            codes.map((c) => ({
              id: newId(),
              user_id: session.userId,
              code_hash: hashRecoveryCode(c),
              used_at: null,
            })),
          )
          .execute();
        await trx
          .updateTable('sessions')
          .set({ pending_totp_secret_enc: null })
          .where('id', '=', session.id)
          .execute();
      });
      await recordAuthEvent(k, {
        kind: 'totp-enrolled',
        outcome: 'success',
        userId: session.userId,
        ip: request.ip,
        requestId: request.id,
      });
      if (session.stage === 'enrol') {
        // The second factor is now in place: this completes the login, with a fresh session id.
        await revokeSession(k, session.id);
        await markLogin(ctx, session.userId);
        await startSession(ctx, request, reply, session.userId, 'complete');
      }
      return { recoveryCodes: codes };
    },
  );

  app.post(
    '/me/password',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Wijzig mijn wachtwoord (vraagt het huidige); beëindigt mijn andere sessies',
        body: passwordChangeSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { principal, user, accountHash } = await signedInUser(ctx, request);
      const { currentPassword, newPassword } = request.body;
      if (
        !(await throttledPasswordCheck(ctx, request, user, accountHash, currentPassword, 'password-changed'))
      ) {
        await fail(ctx, request, 'password-changed', accountHash, user.id);
        throw new ProblemError('invalid-credentials', 'Het huidige wachtwoord klopt niet.');
      }
      const verdict = checkPassword(newPassword, { email: user.email, displayName: user.display_name });
      if (!verdict.ok)
        throw new ProblemError('weak-password', `Body ongeldig — newPassword: ${verdict.reasons.join(', ')}`);
      if (newPassword === currentPassword)
        throw new ProblemError('weak-password', 'Body ongeldig — newPassword: same-as-current');
      await k
        .updateTable('users')
        .set({
          password_hash: await hashPassword(newPassword),
          password_change_required: 0,
          updated_at: new Date().toISOString(),
        })
        .where('id', '=', user.id)
        .execute();
      // Other sessions may belong to whoever knew the old password: end them (ASVS V7.4.3).
      await k
        .updateTable('sessions')
        .set({ revoked_at: new Date().toISOString() })
        .where('user_id', '=', user.id)
        .where('id', '!=', principal.sessionId)
        .where('revoked_at', 'is', null)
        .execute();
      await recordAuthEvent(k, {
        kind: 'password-changed',
        outcome: 'success',
        userId: user.id,
        ip: request.ip,
        requestId: request.id,
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me/sessions',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: 'Mijn actieve sessies', response: { 200: mySessionsSchema } },
    },
    async (request) => {
      const principal = request.principal;
      if (!principal) throw new ProblemError('unauthenticated', 'Log in om dit te doen.');
      const now = new Date().toISOString();
      const rows = await k
        .selectFrom('sessions')
        .select(['id', 'created_at', 'last_seen_at', 'user_agent'])
        .where('user_id', '=', principal.userId)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .orderBy('created_at', 'desc')
        .execute();
      const idleCutoff = new Date(Date.now() - ctx.settings.SESSION_IDLE_MINUTES * 60_000).toISOString();
      return {
        items: rows
          .filter((r) => r.last_seen_at > idleCutoff)
          .map((r) => ({
            id: r.id,
            createdAt: r.created_at,
            lastSeenAt: r.last_seen_at,
            userAgent: r.user_agent,
            current: r.id === principal.sessionId,
          })),
      };
    },
  );

  app.delete(
    '/me/sessions/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Beëindig één van mijn sessies',
        params: idParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      if (!principal) throw new ProblemError('unauthenticated', 'Log in om dit te doen.');
      const own = await k
        .selectFrom('sessions')
        .select('id')
        .where('id', '=', request.params.id)
        .where('user_id', '=', principal.userId)
        .executeTakeFirst();
      if (!own) throw notFound();
      await revokeSession(k, own.id);
      await recordAuthEvent(k, {
        kind: 'session-revoked',
        outcome: 'info',
        userId: principal.userId,
        ip: request.ip,
        requestId: request.id,
      });
      if (own.id === principal.sessionId) clearSessionCookie(reply, ctx.cookies);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/me/sessions/revoke-all',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Overal uitloggen: beëindig al mijn sessies, ook deze',
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      if (!principal) throw new ProblemError('unauthenticated', 'Log in om dit te doen.');
      await revokeAllSessions(k, principal.userId);
      await recordAuthEvent(k, {
        kind: 'sessions-revoked-all',
        outcome: 'info',
        userId: principal.userId,
        ip: request.ip,
        requestId: request.id,
      });
      clearSessionCookie(reply, ctx.cookies);
      return reply.status(204).send(null);
    },
  );
}
