/**
 * The callback's work: bind the state to this browser, claim it once, redeem the code with PKCE,
 * and let openid-client check state, issuer (also the `iss` response parameter: mix-up, ASVS
 * V10.2.2), audience, signature, expiry and nonce (V9.1.1, V9.2.1, V10.5.1, V10.5.4). Then find
 * or provision the account. Any failure is an SsoRefusal or an error; the route turns both away.
 */
import type { FastifyRequest } from 'fastify';
import * as oidc from 'openid-client';
import type { UserTable } from '../../../platform/db/schema.js';
import type { IdentityContext } from '../context.js';
import { userMayLogIn } from '../login.js';
import { type IdpClaims, matchAccount } from './account-match.js';
import { consumePendingLogin } from './login-states.js';
import type { OidcClients } from './oidc-client.js';
import { findProvider } from './provider-store.js';
import { redirectUri } from './redirect-uri.js';
import { describeIdpError, SsoRefusal } from './refusal.js';
import { browserStartedLogin } from './state-cookie.js';

export interface SsoLogin {
  providerId: string;
  user: UserTable;
  created: boolean;
  returnTo: string;
}

async function idp<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    throw new SsoRefusal(`idp-rejected: ${describeIdpError(err)}`);
  }
}

/** ID token claims, completed from the UserInfo endpoint when the address is not in the token. */
async function claimsOf(
  config: oidc.Configuration,
  tokens: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers,
) {
  const idToken = tokens.claims();
  if (!idToken) throw new SsoRefusal('no-id-token');
  const complete = idToken.email !== undefined && idToken.email_verified !== undefined;
  if (complete || !config.serverMetadata().userinfo_endpoint) return idToken as IdpClaims;
  // fetchUserInfo insists the UserInfo subject is the ID token's subject.
  const info = await idp(oidc.fetchUserInfo(config, tokens.access_token, idToken.sub));
  return { ...info, ...idToken } as IdpClaims;
}

export async function finishSsoLogin(
  ctx: IdentityContext,
  clients: OidcClients,
  request: FastifyRequest,
  state: string | undefined,
): Promise<SsoLogin> {
  if (!state) throw new SsoRefusal('state-missing');
  if (!browserStartedLogin(request, ctx.cookies, state)) throw new SsoRefusal('state-not-from-this-browser');
  const pending = await consumePendingLogin(ctx.db.kysely, ctx.keys.sso, state);
  const provider = await findProvider(ctx.db.kysely, pending.providerId);
  if (provider?.enabled !== 1) throw new SsoRefusal('provider-disabled');
  const config = await clients.get(provider, request.log);
  const currentUrl = new URL(redirectUri(ctx.settings, request));
  currentUrl.search = request.url.slice(request.url.indexOf('?'));
  const tokens = await idp(
    oidc.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    }),
  );
  const { user, created } = await matchAccount(ctx.db.kysely, provider, await claimsOf(config, tokens));
  if (!(await userMayLogIn(ctx, user))) throw new SsoRefusal('account-inactive', user.id);
  return { providerId: provider.id, user, created, returnTo: pending.returnTo };
}
