/** Login, second factor, logout, re-authentication and the current session state. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/http/app.js';
import { ProblemError } from '../../platform/http/problem.js';
import { recordAuthEvent } from './auth-events.js';
import { identityContext, startSession } from './context.js';
import { clearSessionCookie } from './cookies.js';
import {
  checkTotp,
  fail,
  markLogin,
  passwordStep,
  secondFactorStep,
  signedInUser,
  throttledPasswordCheck,
} from './login.js';
import { codeSchema, loginSchema, reauthSchema, sessionStateSchema } from './schemas.js';
import { revokeSession } from './session-store.js';
import { sessionState } from './session-view.js';

const tags = ['sessie'];

export function sessionRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const ctx = identityContext(deps);
  const k = ctx.db.kysely;
  const current = async (id: string | undefined) =>
    id ? await k.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst() : undefined;

  app.get(
    '/session',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'De huidige sessie', response: { 200: sessionStateSchema } },
    },
    async (request) => sessionState(ctx, await current(request.auth.session?.id)),
  );

  app.post(
    '/session',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Inloggen met e-mailadres en wachtwoord',
        body: loginSchema,
        response: { 200: sessionStateSchema },
      },
    },
    async (request, reply) => {
      const { user, stage } = await passwordStep(ctx, request, request.body.email, request.body.password);
      // A new session id at login; the session this browser had before ends (ASVS V7.2.4).
      if (request.auth.session) await revokeSession(k, request.auth.session.id);
      return sessionState(ctx, await startSession(ctx, request, reply, user.id, stage));
    },
  );

  app.post(
    '/session/totp',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Tweede factor: TOTP-code of herstelcode',
        body: codeSchema,
        response: { 200: sessionStateSchema },
      },
    },
    async (request, reply) => {
      const session = request.auth.session;
      if (session?.stage !== 'mfa')
        throw new ProblemError('unauthenticated', 'Log eerst in met uw wachtwoord.');
      const user = await secondFactorStep(ctx, request, session.userId, request.body.code);
      await revokeSession(k, session.id);
      await markLogin(ctx, user.id);
      return sessionState(ctx, await startSession(ctx, request, reply, user.id, 'complete'));
    },
  );

  app.delete(
    '/session',
    { config: { access: 'public' }, schema: { tags, summary: 'Uitloggen', response: { 204: z.null() } } },
    async (request, reply) => {
      const session = request.auth.session;
      if (session) {
        await revokeSession(k, session.id);
        await recordAuthEvent(k, {
          kind: 'logout',
          outcome: 'info',
          userId: session.userId,
          ip: request.ip,
          requestId: request.id,
        });
      }
      clearSessionCookie(reply, ctx.cookies);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/session/reauth',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Opnieuw bevestigen voor een gevoelige handeling',
        body: reauthSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { principal, user, accountHash } = await signedInUser(ctx, request);
      const passwordOk = await throttledPasswordCheck(
        ctx,
        request,
        user,
        accountHash,
        request.body.password,
        'reauth',
      );
      // Whoever has a second factor confirms with a fresh code; demo users have none.
      const code = request.body.code;
      const codeOk =
        user.totp_enabled === 1
          ? code !== undefined && (await checkTotp(ctx, user, code))
          : user.is_demo === 1;
      if (!passwordOk || !codeOk) throw await fail(ctx, request, 'reauth', accountHash, user.id);
      await recordAuthEvent(k, {
        kind: 'reauth',
        outcome: 'success',
        userId: user.id,
        accountHash,
        ip: request.ip,
        requestId: request.id,
      });
      // A new session token after re-authentication too (ASVS V7.2.4); the client fetches the new
      // CSRF token from GET /session.
      await revokeSession(k, principal.sessionId);
      const fresh = await startSession(ctx, request, reply, user.id, 'complete');
      await k
        .updateTable('sessions')
        .set({ reauth_at: new Date().toISOString() })
        .where('id', '=', fresh.id)
        .execute();
      return reply.status(204).send(null);
    },
  );
}
