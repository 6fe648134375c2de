/** What the identity module's routes share: database, settings, keys and the cookie policy. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Settings } from '../../platform/config/env.js';
import type { Db } from '../../platform/db/database.js';
import type { AppDeps } from '../../platform/http/app.js';
import { ProblemError } from '../../platform/http/problem.js';
import { type CookiePolicy, cookiePolicy, setSessionCookie } from './cookies.js';
import { type IdentityKeys, identityKeys } from './keys.js';
import { createSession, type Stage } from './session-store.js';

export interface IdentityContext {
  db: Db;
  settings: Settings;
  keys: IdentityKeys;
  cookies: CookiePolicy;
}

export const identityContext = (deps: AppDeps): IdentityContext => ({
  db: deps.db,
  settings: deps.settings,
  keys: identityKeys(deps.rootKey),
  cookies: cookiePolicy(deps.settings),
});

/** Starts a fresh session (a new id at every step up: ASVS V7.2.4) and sets its cookie. */
export async function startSession(
  ctx: IdentityContext,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  stage: Stage,
) {
  const { token, session } = await createSession(ctx.db.kysely, ctx.settings, userId, stage, {
    userAgent: request.headers['user-agent'],
    ip: request.ip,
  });
  setSessionCookie(reply, ctx.cookies, token, ctx.settings.SESSION_ABSOLUTE_HOURS * 3600);
  return session;
}

/** Sensitive actions need a password-and-code confirmation within the last few minutes. */
export async function requireRecentReauth(ctx: IdentityContext, request: FastifyRequest): Promise<void> {
  const sessionId = request.auth.session?.id;
  if (!sessionId) throw new ProblemError('unauthenticated', 'Log in om dit te doen.');
  const row = await ctx.db.kysely
    .selectFrom('sessions')
    .select('reauth_at')
    .where('id', '=', sessionId)
    .executeTakeFirst();
  const fresh =
    row?.reauth_at && Date.now() - new Date(row.reauth_at).getTime() < ctx.settings.REAUTH_MINUTES * 60_000;
  if (!fresh) throw new ProblemError('reauth-required', 'Bevestig eerst opnieuw met uw wachtwoord en code.');
}
