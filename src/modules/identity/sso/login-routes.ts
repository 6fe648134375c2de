/**
 * Public single sign-on routes: the providers for the login page, the start of a login (302 to the
 * provider), and the callback (302 to where the user was going, or to the login page on failure).
 * These GETs change state, but as top-level navigations protected by state, PKCE and nonce.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as oidc from 'openid-client';
import { z } from 'zod';
import type { AppDeps } from '../../../platform/http/app.js';
import { notFound } from '../../../platform/http/problem.js';
import { recordAuthEvent } from '../auth-events.js';
import { identityContext, startSession } from '../context.js';
import { accountPseudonym } from '../keys.js';
import { markLogin } from '../login.js';
import { idParamsSchema } from '../schemas.js';
import { revokeSession } from '../session-store.js';
import { finishSsoLogin } from './callback.js';
import { savePendingLogin } from './login-states.js';
import { OidcClients } from './oidc-client.js';
import { findProvider, listProviders } from './provider-store.js';
import { redirectUri } from './redirect-uri.js';
import { SsoRefusal } from './refusal.js';
import { safeReturnTo } from './return-to.js';
import { publicSsoProvidersSchema, ssoCallbackQuerySchema, ssoLoginQuerySchema } from './schemas.js';
import { clearStateCookie, setStateCookie } from './state-cookie.js';

const tags = ['sessie'];
const SCOPE = 'openid email profile';
export const SSO_FAILED = '/inloggen?error=sso-failed';
const redirect = z.null().describe('Doorverwijzing (Location)');

export function ssoLoginRoutes(fastify: FastifyInstance, deps: AppDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const ctx = identityContext(deps);
  const k = ctx.db.kysely;
  const clients = new OidcClients(ctx.settings, ctx.keys.sso);

  app.get(
    '/sso/providers',
    {
      config: { access: 'public' },
      schema: {
        tags,
        // Not getSsoProviders: that is the administration list at /sso-providers.
        operationId: 'getSsoProviderChoices',
        summary: 'Organisaties waarmee u kunt inloggen',
        response: { 200: publicSsoProvidersSchema },
      },
    },
    async () => ({ items: (await listProviders(k, true)).map((p) => ({ id: p.id, name: p.name })) }),
  );

  app.get(
    '/sso/providers/:id/login',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Inloggen via een organisatie: stuurt door naar haar identity provider',
        params: idParamsSchema,
        querystring: ssoLoginQuerySchema,
        response: { 302: redirect },
      },
    },
    async (request, reply) => {
      const provider = await findProvider(k, request.params.id);
      if (provider?.enabled !== 1) throw notFound();
      const config = await clients.get(provider, request.log);
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const returnTo = safeReturnTo(request.query.returnTo);
      await savePendingLogin(k, ctx.keys.sso, state, {
        providerId: provider.id,
        nonce,
        codeVerifier,
        returnTo,
      });
      setStateCookie(reply, ctx.cookies, state);
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri(ctx.settings, request),
        scope: SCOPE,
        state,
        nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      });
      return reply.redirect(url.href, 302);
    },
  );

  app.get(
    '/sso/callback',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Terugkeer van de identity provider; start de sessie',
        querystring: ssoCallbackQuerySchema,
        response: { 302: redirect },
      },
    },
    async (request, reply) => {
      clearStateCookie(reply, ctx.cookies);
      try {
        const login = await finishSsoLogin(ctx, clients, request, request.query.state);
        const accountHash = accountPseudonym(ctx.keys, login.user.email);
        if (login.created) {
          await recordAuthEvent(k, {
            kind: 'user-created',
            outcome: 'info',
            userId: login.user.id,
            ip: request.ip,
            requestId: request.id,
          });
        }
        // A new session id at login; whatever session this browser had ends (ASVS V7.2.4).
        if (request.auth.session) await revokeSession(k, request.auth.session.id);
        // The organisation's identity provider authenticated this user, its second factor included:
        // the session starts complete. A house that does not trust a provider's MFA disables it.
        await startSession(ctx, request, reply, login.user.id, 'complete');
        await markLogin(ctx, login.user.id);
        await recordAuthEvent(k, {
          kind: 'login-sso',
          outcome: 'success',
          userId: login.user.id,
          accountHash,
          ip: request.ip,
          requestId: request.id,
        });
        return reply.redirect(login.returnTo, 302);
      } catch (err) {
        const refusal = err instanceof SsoRefusal ? err : null;
        if (refusal) request.log.warn({ reason: refusal.reason }, 'sso login refused');
        else request.log.error({ err: { message: (err as Error).message } }, 'sso login failed');
        await recordAuthEvent(k, {
          kind: 'login-sso',
          outcome: 'failure',
          userId: refusal?.userId ?? null,
          accountHash: refusal?.accountHash ?? null,
          ip: request.ip,
          requestId: request.id,
        });
        return reply.redirect(SSO_FAILED, 302);
      }
    },
  );
}
