/**
 * OpenID Connect single sign-on end to end (issue: SSO per organisation): a real oidc-provider on
 * 127.0.0.1 signs users in; Ketenhuis, driven in-process, matches or provisions them, and refuses a
 * wrong issuer, a bad signature, a replayed or unknown state and an expired token — without a session.
 */
import { generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityKeys } from '../../src/modules/identity/keys.js';
import { hashToken } from '../../src/modules/identity/rules/tokens.js';
import { issuerProblem } from '../../src/modules/identity/sso/issuer-policy.js';
import { clientSecretAad } from '../../src/modules/identity/sso/provider-store.js';
import { safeReturnTo } from '../../src/modules/identity/sso/return-to.js';
import { decrypt } from '../../src/platform/crypto/aead.js';
import { createTestApp, everyone, headersFor, sessionCookie, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';

const REDIRECT_URI = 'http://localhost/api/v1/sso/callback';
const FAILED = '/inloggen?error=sso-failed';
const CLIENT_ID = 'ketenhuis-zvh';
const CLIENT_SECRET = `idp-clientgeheim-${randomBytes(12).toString('hex')}`;
const KID = 'idp-sleutel-1';

interface Account {
  email: string;
  email_verified: boolean;
  name: string;
}

/** The accounts at the identity provider, by subject. */
const accounts: Record<string, Account> = {
  'sub-professional': {
    email: 'Professional@Test.Ketenhuis.Example',
    email_verified: true,
    name: 'Pim Politie',
  },
  'sub-nieuw': { email: 'nieuw.sso@test.ketenhuis.example', email_verified: true, name: 'Nina Nieuw' },
  'sub-onbekend': {
    email: 'onbekend.sso@test.ketenhuis.example',
    email_verified: true,
    name: 'Olga Onbekend',
  },
  'sub-onbevestigd': {
    email: 'professional@test.ketenhuis.example',
    email_verified: false,
    name: 'Pim Politie',
  },
  'sub-huis': { email: 'manager@test.ketenhuis.example', email_verified: true, name: 'Mia Manager' },
};

// oidc-provider ships no type declarations; this is the part of it the test uses.
interface KoaContext {
  path: string;
  status: number;
  body: unknown;
}
interface Interaction {
  prompt: { name: string };
  params: Record<string, unknown>;
  session?: { accountId: string };
}
interface OidcProvider {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  use(fn: (ctx: KoaContext, next: () => Promise<void>) => Promise<void>): void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: object,
    options?: { mergeWithLastSubmission: boolean },
  ): Promise<void>;
  Grant: new (init: {
    accountId: string;
    clientId: string;
  }) => {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  };
}
const PROVIDER_MODULE: string = 'oidc-provider';

interface Idp {
  issuer: string;
  /** Who signs in at the next interaction. */
  subject: string;
  /** Rewrites the ID token of the next token responses (an attacker or a broken provider). */
  tamper: ((idToken: string) => string) | null;
  signingKey: KeyObject;
  close(): Promise<void>;
}

const json = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Signs header and claims with RS256, as the provider would (or as an attacker with another key). */
function signJwt(header: object, claims: object, key: KeyObject): string {
  const input = `${b64(header)}.${b64(claims)}`;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

/** Re-signs an ID token with changed claims. */
const resign =
  (key: KeyObject, change: (claims: Record<string, unknown>) => Record<string, unknown>) =>
  (idToken: string) => {
    const [header = '', claims = ''] = idToken.split('.');
    return signJwt(json(header), change(json(claims)), key);
  };

/** A real OpenID provider on an ephemeral port, with a tiny programmatic interaction. */
async function startIdp(): Promise<Idp> {
  const { default: Provider } = (await import(PROVIDER_MODULE)) as {
    default: new (issuer: string, config: object) => OidcProvider;
  };
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const idp: Idp = {
    issuer,
    subject: 'sub-professional',
    tamper: null,
    signingKey: privateKey,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [REDIRECT_URI],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: KID, use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    ttl: {
      AccessToken: 300,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 300,
      Interaction: 600,
      Session: 600,
    },
    findAccount: async (_ctx: unknown, sub: string) => {
      const account = accounts[sub];
      return account && { accountId: sub, claims: async () => ({ sub, ...account }) };
    },
  });
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path === '/token' && ctx.status === 200 && idp.tamper && body?.id_token) {
      ctx.body = { ...body, id_token: idp.tamper(body.id_token) };
    }
  });
  const handle = provider.callback();
  server.on('request', async (req: IncomingMessage, res: ServerResponse) => {
    try {
      if (req.url?.startsWith('/interaction/')) {
        const details = await provider.interactionDetails(req, res);
        if (details.prompt.name === 'login') {
          const result = { login: { accountId: idp.subject } };
          return await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
        }
        const grant = new provider.Grant({
          accountId: details.session?.accountId ?? '',
          clientId: String(details.params.client_id),
        });
        grant.addOIDCScope(String(details.params.scope));
        const result = { consent: { grantId: await grant.save() } };
        return await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: true });
      }
      // Another "issuer" whose discovery document names the real one: a metadata impersonation.
      if (req.url === '/elders/.well-known/openid-configuration') {
        const doc = await (await fetch(`${issuer}/.well-known/openid-configuration`)).text();
        res.setHeader('content-type', 'application/json');
        return res.end(doc);
      }
      return handle(req, res);
    } catch (err) {
      res.statusCode = 500;
      res.end(String(err));
    }
  });
  return idp;
}

/** Follows the provider's redirects as a browser would, until it sends the browser back to us. */
async function browse(start: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = start;
  for (let hop = 0; hop < 10; hop++) {
    const res = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const line of res.headers.getSetCookie()) {
      const pair = line.split(';')[0] ?? '';
      const at = pair.indexOf('=');
      const [name, value] = [pair.slice(0, at), pair.slice(at + 1)];
      if (value) jar.set(name, value);
      else jar.delete(name);
    }
    const location = res.headers.get('location');
    if (!location) throw new Error(`provider stopped at ${url}: ${res.status} ${await res.text()}`);
    const next = new URL(location, url);
    if (next.href.startsWith(REDIRECT_URI)) return next;
    url = next.href;
  }
  throw new Error('too many redirects at the provider');
}

describe('SSO building blocks', () => {
  it('keeps the return path on this site', () => {
    expect(safeReturnTo('/casussen?tab=2#x')).toBe('/casussen?tab=2#x');
    for (const bad of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example/',
      'casussen',
      '/a b',
      '',
      null,
    ]) {
      expect(safeReturnTo(bad), String(bad)).toBe('/');
    }
  });

  it('allows plain-http issuers only on loopback, and only in demo mode', () => {
    const demo = { KETENHUIS_MODE: 'demo' } as const;
    const production = { KETENHUIS_MODE: 'production' } as const;
    expect(issuerProblem(production, 'https://login.politie.example/realms/zvh')).toBeNull();
    expect(issuerProblem(demo, 'http://127.0.0.1:4000')).toBeNull();
    expect(issuerProblem(demo, 'http://localhost:4000')).toBeNull();
    expect(issuerProblem(production, 'http://127.0.0.1:4000')).not.toBeNull();
    expect(issuerProblem(demo, 'http://idp.example')).not.toBeNull();
    expect(issuerProblem(production, 'https://idp.example/.well-known/openid-configuration')).not.toBeNull();
    expect(issuerProblem(production, 'https://user:pw@idp.example')).not.toBeNull();
  });
});

describe.each(dialects)('single sign-on with OpenID Connect on %s', (dialect) => {
  let t: TestApp;
  let idp: Idp;
  const politie = () => t.partyIds.get('politie-den-haag') ?? '';
  const veiligThuis = () => t.partyIds.get('veilig-thuis') ?? '';

  beforeAll(async () => {
    t = await createTestApp(dialect, { PUBLIC_URL: 'http://localhost' });
    idp = await startIdp();
  });
  afterAll(async () => {
    await idp.close();
    await t.close();
  });

  const providerBody = (over: Record<string, unknown> = {}) => ({
    name: 'Politie Den Haag',
    issuer: idp.issuer,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    partyId: politie(),
    matchClaim: 'email',
    provision: false,
    defaultRoles: ['professional'],
    enabled: true,
    ...over,
  });

  async function addProvider(over: Record<string, unknown> = {}): Promise<string> {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sso-providers',
      payload: providerBody(over),
      headers: headersFor(t, 'beheer'),
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id;
  }

  /** Starts a login at Ketenhuis and signs in at the provider; returns the callback and this browser's cookie. */
  async function signIn(providerId: string, subject: string, returnTo?: string) {
    const query = returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(returnTo)}`;
    const start = await t.app.inject({ url: `/api/v1/sso/providers/${providerId}/login${query}` });
    expect(start.statusCode, start.body).toBe(302);
    const authorize = new URL(String(start.headers.location));
    const set = start.headers['set-cookie'];
    expect(String(set)).toMatch(/^ketenhuis-sso-state=[\w-]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=600$/);
    const cookie = (Array.isArray(set) ? set : [String(set)]).map((c) => c.split(';')[0]).join('; ');
    idp.subject = subject;
    const back = await browse(authorize.href);
    return { authorize, cookie, callback: `${back.pathname}${back.search}` };
  }

  const callback = (url: string, cookie: string) => t.app.inject({ url, headers: { cookie } });
  const countSessions = async () =>
    Number(
      (
        await t.db.kysely
          .selectFrom('sessions')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst()
      )?.n,
    );
  const lastRefusal = () =>
    t.logs
      .map((line) => JSON.parse(line) as { msg?: string; reason?: string })
      .filter((l) => l.msg === 'sso login refused')
      .at(-1)?.reason ?? '';

  /** Runs a callback that must be refused: back to the login page, no cookie, no new session. */
  async function expectRefused(run: () => ReturnType<typeof callback>, reason: RegExp) {
    const before = await countSessions();
    const res = await run();
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe(FAILED);
    expect(sessionCookie(res)).toBeUndefined();
    expect(await countSessions()).toBe(before);
    expect(lastRefusal()).toMatch(reason);
    return res;
  }

  async function expectSignedIn(res: Awaited<ReturnType<typeof callback>>) {
    expect(res.statusCode, res.body).toBe(302);
    const cookie = sessionCookie(res) ?? '';
    expect(cookie).toMatch(/^ketenhuis-session=/);
    const session = (await t.app.inject({ url: '/api/v1/session', headers: { cookie } })).json();
    expect(session).toMatchObject({ authenticated: true, stage: 'complete' });
    return session;
  }

  it('signs in an existing user of the organisation, matched by verified e-mail, and links the subject', async () => {
    const id = await addProvider();
    const { authorize, cookie, callback: url } = await signIn(id, 'sub-professional', '/casussen?tab=2');
    expect(authorize.origin).toBe(idp.issuer);
    expect(authorize.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
    expect(authorize.searchParams.get('scope')).toBe('openid email profile');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    // Only the state's hash is stored.
    const state = authorize.searchParams.get('state') ?? '';
    const row = await t.db.kysely
      .selectFrom('sso_login_states')
      .selectAll()
      .where('state_hash', '=', hashToken(state))
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(state);
    const res = await callback(url, cookie);
    expect(res.headers.location).toBe('/casussen?tab=2');
    // The browser-binding cookie was HttpOnly and SameSite=Lax, and is cleared now.
    expect(cookie).toMatch(/^ketenhuis-sso-state=[\w-]{43}$/);
    expect(String(res.headers['set-cookie'])).toMatch(
      /ketenhuis-sso-state=; Path=\/; HttpOnly; SameSite=Lax; Max-Age=0/,
    );
    const session = await expectSignedIn(res);
    expect(session.user.id).toBe(t.users.professional.id);
    const links = await t.db.kysely
      .selectFrom('sso_identities')
      .selectAll()
      .where('provider_id', '=', id)
      .execute();
    expect(links).toEqual([
      { provider_id: id, subject: 'sub-professional', user_id: t.users.professional.id },
    ]);
    const events = await t.db.kysely
      .selectFrom('auth_events')
      .select(['kind', 'outcome'])
      .where('user_id', '=', t.users.professional.id)
      .where('kind', '=', 'login-sso')
      .execute();
    expect(events).toContainEqual({ kind: 'login-sso', outcome: 'success' });
    // The next time the link is used, and a session this browser had before ends.
    const again = await signIn(id, 'sub-professional');
    const second = await t.app.inject({
      url: again.callback,
      headers: { cookie: `${again.cookie}; ${sessionCookie(res)}` },
    });
    expect(second.headers.location).toBe('/');
    await expectSignedIn(second);
    const old = (
      await t.app.inject({ url: '/api/v1/session', headers: { cookie: sessionCookie(res) ?? '' } })
    ).json();
    expect(old).toEqual({ authenticated: false });
  });

  it('never matches an unverified address, or an account of another organisation', async () => {
    const id = await addProvider();
    const unverified = await signIn(id, 'sub-onbevestigd');
    await expectRefused(() => callback(unverified.callback, unverified.cookie), /no-verified-email/);
    const house = await signIn(id, 'sub-huis');
    await expectRefused(() => callback(house.callback, house.cookie), /other-organisation/);
    const links = await t.db.kysely
      .selectFrom('sso_identities')
      .selectAll()
      .where('provider_id', '=', id)
      .execute();
    expect(links).toEqual([]);
  });

  it('provisions a new user with the default roles and no password', async () => {
    const id = await addProvider({ name: 'Veilig Thuis', partyId: veiligThuis(), provision: true });
    const { cookie, callback: url } = await signIn(id, 'sub-nieuw');
    const session = await expectSignedIn(await callback(url, cookie));
    expect(session.user).toMatchObject({
      email: 'nieuw.sso@test.ketenhuis.example',
      displayName: 'Nina Nieuw',
      roles: ['professional'],
      organisation: { kind: 'party', partyId: veiligThuis() },
    });
    const user = await t.db.kysely
      .selectFrom('users')
      .selectAll()
      .where('id', '=', session.user.id)
      .executeTakeFirstOrThrow();
    expect(user.password_hash).toBeNull();
    expect(user.totp_enabled).toBe(0);
    const created = await t.db.kysely
      .selectFrom('auth_events')
      .select('kind')
      .where('user_id', '=', user.id)
      .execute();
    expect(created.map((e) => e.kind).sort()).toEqual(['login-sso', 'user-created']);
  });

  it('refuses an unknown user when provisioning is off, and creates nothing', async () => {
    const id = await addProvider({ provision: false });
    const { cookie, callback: url } = await signIn(id, 'sub-onbekend');
    await expectRefused(() => callback(url, cookie), /no-account/);
    const user = await t.db.kysely
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'onbekend.sso@test.ketenhuis.example')
      .executeTakeFirst();
    expect(user).toBeUndefined();
    const failures = await t.db.kysely
      .selectFrom('auth_events')
      .select('id')
      .where('kind', '=', 'login-sso')
      .where('outcome', '=', 'failure')
      .execute();
    expect(failures.length).toBeGreaterThan(0);
  });

  it('refuses a wrong issuer: in the ID token, in the authorisation response, and in discovery', async () => {
    const id = await addProvider();
    idp.tamper = resign(idp.signingKey, (c) => ({ ...c, iss: `${idp.issuer}/elders` }));
    try {
      const forged = await signIn(id, 'sub-professional');
      await expectRefused(() => callback(forged.callback, forged.cookie), /"iss"/);
    } finally {
      idp.tamper = null;
    }
    const mixUp = await signIn(id, 'sub-professional');
    const other = mixUp.callback.replace(/iss=[^&]+/, `iss=${encodeURIComponent(`${idp.issuer}/elders`)}`);
    expect(other).not.toBe(mixUp.callback);
    await expectRefused(() => callback(other, mixUp.cookie), /"iss"/);
    // A provider whose discovery document names another issuer is not used at all.
    const impostor = await addProvider({ issuer: `${idp.issuer}/elders` });
    const start = await t.app.inject({ url: `/api/v1/sso/providers/${impostor}/login` });
    expect(start.statusCode).toBe(503);
    expect(start.json().type).toBe('urn:ketenhuis:problem:unavailable');
    expect(start.headers['set-cookie']).toBeUndefined();
  });

  it('refuses an ID token with a bad signature', async () => {
    const id = await addProvider();
    const { privateKey: otherKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    idp.tamper = resign(otherKey, (c) => c);
    try {
      const { cookie, callback: url } = await signIn(id, 'sub-professional');
      await expectRefused(() => callback(url, cookie), /signature/i);
    } finally {
      idp.tamper = null;
    }
  });

  it('refuses a replayed state, even after the first use succeeded', async () => {
    const id = await addProvider();
    const { cookie, callback: url } = await signIn(id, 'sub-professional');
    await expectSignedIn(await callback(url, cookie));
    await expectRefused(() => callback(url, cookie), /state-replayed/);
    // Two callbacks racing with one state: exactly one wins.
    const race = await signIn(id, 'sub-professional');
    const results = await Promise.all([
      callback(race.callback, race.cookie),
      callback(race.callback, race.cookie),
    ]);
    expect(results.map((r) => r.headers.location).sort()).toEqual(['/', FAILED]);
    expect(results.filter((r) => sessionCookie(r) !== undefined)).toHaveLength(1);
  });

  it('refuses an expired ID token', async () => {
    const id = await addProvider();
    const now = Math.floor(Date.now() / 1000);
    idp.tamper = resign(idp.signingKey, (c) => ({ ...c, iat: now - 3600, exp: now - 1800 }));
    try {
      const { cookie, callback: url } = await signIn(id, 'sub-professional');
      await expectRefused(() => callback(url, cookie), /"exp"/);
    } finally {
      idp.tamper = null;
    }
  });

  it('refuses an unknown or expired state, and a callback in a browser that did not start the login', async () => {
    const id = await addProvider();
    const stranger = `ketenhuis-sso-state=${'x'.repeat(43)}`;
    await expectRefused(
      () => callback(`/api/v1/sso/callback?code=abc&state=${'x'.repeat(43)}`, stranger),
      /state-unknown/,
    );
    await expectRefused(() => callback('/api/v1/sso/callback', ''), /state-missing/);
    // Login CSRF: someone else's callback URL, without the cookie of the browser that started it.
    const victim = await signIn(id, 'sub-professional');
    await expectRefused(() => callback(victim.callback, stranger), /state-not-from-this-browser/);
    await expectSignedIn(await callback(victim.callback, victim.cookie));
    // Expired: ten minutes have passed.
    const late = await signIn(id, 'sub-professional');
    const state = new URL(late.callback, 'http://localhost').searchParams.get('state') ?? '';
    await t.db.kysely
      .updateTable('sso_login_states')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('state_hash', '=', hashToken(state))
      .execute();
    await expectRefused(() => callback(late.callback, late.cookie), /state-expired/);
  });

  it('shows providers only to functioneel beheer and never reveals the client secret', async () => {
    const id = await addProvider({ name: 'Beheerde koppeling' });
    for (const as of everyone) {
      const list = await t.app.inject({ url: '/api/v1/sso-providers', headers: headersFor(t, as) });
      const one = await t.app.inject({ url: `/api/v1/sso-providers/${id}`, headers: headersFor(t, as) });
      const expected = as === 'beheer' ? 200 : as === 'anonymous' ? 401 : 404;
      expect(list.statusCode, `${as} list`).toBe(expected);
      expect(one.statusCode, `${as} read`).toBe(expected);
    }
    const read = await t.app.inject({ url: `/api/v1/sso-providers/${id}`, headers: headersFor(t, 'beheer') });
    expect(read.json()).toMatchObject({ id, clientSecretSet: true, matchClaim: 'email', enabled: true });
    expect(read.headers.etag).toBe('"v1"');
    // Rotate the secret (If-Match required), then disable.
    const patch = (body: object, ifMatch?: string) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/sso-providers/${id}`,
        payload: body,
        headers: { ...headersFor(t, 'beheer'), ...(ifMatch && { 'if-match': ifMatch }) },
      });
    const rotated = `nieuw-${CLIENT_SECRET}`;
    expect((await patch({ clientSecret: rotated })).statusCode).toBe(428);
    const ok = await patch({ clientSecret: rotated }, '"v1"');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.headers.etag).toBe('"v2"');
    expect((await patch({ enabled: false }, '"v1"')).statusCode).toBe(412);
    // The rotated (wrong) secret is really used: the provider refuses the client.
    const wrong = await signIn(id, 'sub-professional');
    await expectRefused(() => callback(wrong.callback, wrong.cookie), /idp-rejected/);
    const row = await t.db.kysely
      .selectFrom('sso_providers')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const key = identityKeys(t.rootKey).sso;
    expect(decrypt(key, row.client_secret_enc ?? '', clientSecretAad(id)).toString()).toBe(rotated);
    expect(() => decrypt(key, row.client_secret_enc ?? '', clientSecretAad(t.users.beheer.id))).toThrow();
    expect((await patch({ enabled: false }, '"v2"')).statusCode).toBe(200);
    // The login page lists enabled providers only, with id and name alone.
    const choices = (await t.app.inject({ url: '/api/v1/sso/providers' })).json();
    expect(choices.items.length).toBeGreaterThan(0);
    expect(choices.items.map((p: { id: string }) => p.id)).not.toContain(id);
    for (const item of choices.items) expect(Object.keys(item).sort()).toEqual(['id', 'name']);
    expect((await t.app.inject({ url: `/api/v1/sso/providers/${id}/login` })).statusCode).toBe(404);
    // Nowhere in a response, the database or the log.
    const responses = [
      read,
      ok,
      await t.app.inject({ url: '/api/v1/sso-providers', headers: headersFor(t, 'beheer') }),
    ];
    for (const res of responses) {
      expect(res.body).not.toContain(CLIENT_SECRET);
      expect(res.body).not.toContain('client_secret');
    }
    for (const table of [
      'sso_providers',
      'sso_login_states',
      'sso_identities',
      'auth_events',
      'users',
    ] as const) {
      const rows = JSON.stringify(await t.db.kysely.selectFrom(table).selectAll().execute());
      expect(rows, table).not.toContain(CLIENT_SECRET);
    }
    const log = t.logs.join('');
    expect(log).not.toContain(CLIENT_SECRET);
    expect(log).not.toContain('eyJhbGci');
    expect(log.toLowerCase()).not.toContain('nieuw.sso@');
  });

  it('refuses provider settings that would weaken login', async () => {
    const post = (over: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/sso-providers',
        payload: providerBody(over),
        headers: headersFor(t, 'beheer'),
      });
    const cases: Record<string, unknown>[] = [
      { issuer: 'http://idp.example' },
      { issuer: `${idp.issuer}/.well-known/openid-configuration` },
      { partyId: null, defaultRoles: ['functioneel_beheer'] },
      { partyId: null, defaultRoles: ['professional'] },
      { provision: true, defaultRoles: [] },
      { clientSecret: '' },
      { unknown: true },
    ];
    for (const over of cases) {
      const res = await post(over);
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
    }
  });
});
