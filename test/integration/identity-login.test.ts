/** Login with password and TOTP, session rotation, CSRF, logout, throttling (issue 3 §2–3). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentStep, totpCode } from '../../src/modules/identity/rules/totp.js';
import {
  createTestApp,
  headersFor,
  login,
  sessionCookie,
  TEST_PASSWORD,
  type TestApp,
} from '../support/app.js';
import { dialects } from '../support/db.js';

describe.each(dialects)('login and sessions on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload: payload as object, headers });

  it('refuses a wrong password and an unknown account alike, with 401 invalid-credentials', async () => {
    const wrong = await post('/api/v1/session', {
      email: t.users.manager.email,
      password: 'niet het wachtwoord',
    });
    const unknown = await post('/api/v1/session', {
      email: 'niemand@test.ketenhuis.example',
      password: 'niet het wachtwoord',
    });
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().type).toBe('urn:ketenhuis:problem:invalid-credentials');
      expect(sessionCookie(res)).toBeUndefined();
    }
    expect(wrong.json().detail).toBe(unknown.json().detail);
  });

  it('asks for the second factor after the password, and grants nothing before it', async () => {
    const res = await post('/api/v1/session', { email: t.users.manager.email, password: TEST_PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ authenticated: true, stage: 'mfa' });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    const cookie = sessionCookie(res) ?? '';
    const parties = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/house',
      payload: { name: 'X' },
      headers: { cookie, 'x-csrf-token': res.json().csrfToken, 'if-match': '"v1"' },
    });
    expect(parties.statusCode).toBe(401);
  });

  it('completes with a TOTP code, rotates the session id, and refuses the same code again', async () => {
    const first = await post('/api/v1/session', { email: t.users.secretaris.email, password: TEST_PASSWORD });
    const pending = sessionCookie(first) ?? '';
    const code = totpCode(t.users.secretaris.totpSecret, currentStep(Date.now()) + 1);
    const wrong = await post(
      '/api/v1/session/totp',
      { code: '000000' === code ? '111111' : '000000' },
      { cookie: pending, 'x-csrf-token': first.json().csrfToken },
    );
    expect(wrong.statusCode).toBe(401);
    const ok = await post(
      '/api/v1/session/totp',
      { code },
      { cookie: pending, 'x-csrf-token': first.json().csrfToken },
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.json().stage).toBe('complete');
    const complete = sessionCookie(ok) ?? '';
    expect(complete).not.toBe(pending);
    expect((await t.app.inject({ url: '/api/v1/session', headers: { cookie: pending } })).json()).toEqual({
      authenticated: false,
    });
    expect((await t.app.inject({ url: '/api/v1/session', headers: { cookie: complete } })).json().stage).toBe(
      'complete',
    );
    // Replay: a new password step, then the code already used.
    const again = await post('/api/v1/session', { email: t.users.secretaris.email, password: TEST_PASSWORD });
    const replay = await post(
      '/api/v1/session/totp',
      { code },
      { cookie: sessionCookie(again) ?? '', 'x-csrf-token': again.json().csrfToken },
    );
    expect(replay.statusCode).toBe(401);
  });

  it('refuses a state-changing request without the CSRF token, or from another site', async () => {
    const { cookie } = t.sessions.beheer;
    const url = '/api/v1/me/sessions/revoke-all';
    const missing = await post(url, {}, { cookie });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().type).toBe('urn:ketenhuis:problem:csrf');
    const crossSite = await post(url, {}, { ...headersFor(t, 'beheer'), 'sec-fetch-site': 'cross-site' });
    expect(crossSite.statusCode).toBe(403);
    const foreignOrigin = await post(
      '/api/v1/session',
      { email: 'a@b.nl', password: 'x' },
      { origin: 'https://evil.example', host: 'localhost:80' },
    );
    expect(foreignOrigin.statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/session', headers: { cookie } })).json().stage).toBe(
      'complete',
    );
  });

  it('logs out: the cookie is cleared and the session no longer works', async () => {
    const s = await login(
      t.app,
      t.users.informatiecentrum.email,
      TEST_PASSWORD,
      t.users.informatiecentrum.totpSecret,
      1,
    );
    const out = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken },
    });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/Max-Age=0/);
    expect((await t.app.inject({ url: '/api/v1/session', headers: { cookie: s.cookie } })).json()).toEqual({
      authenticated: false,
    });
  });

  it('lists my sessions, revokes one, and logs out everywhere', async () => {
    const extra = await login(t.app, t.users.privacy.email, TEST_PASSWORD, t.users.privacy.totpSecret, 1);
    const mine = await t.app.inject({ url: '/api/v1/me/sessions', headers: headersFor(t, 'privacy') });
    expect(mine.statusCode).toBe(200);
    const items = mine.json().items as { id: string; current: boolean }[];
    expect(items.length).toBe(2);
    expect(items.filter((i) => i.current)).toHaveLength(1);
    const other = items.find((i) => !i.current);
    // Someone else's session is not found.
    const foreign = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/sessions/${other?.id}`,
      headers: headersFor(t, 'manager'),
    });
    expect(foreign.statusCode).toBe(404);
    const revoked = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/sessions/${other?.id}`,
      headers: headersFor(t, 'privacy'),
    });
    expect(revoked.statusCode).toBe(204);
    expect(
      (await t.app.inject({ url: '/api/v1/session', headers: { cookie: extra.cookie } })).json(),
    ).toEqual({ authenticated: false });
    const all = await post('/api/v1/me/sessions/revoke-all', {}, headersFor(t, 'privacy'));
    expect(all.statusCode).toBe(204);
    expect(
      (await t.app.inject({ url: '/api/v1/session', headers: headersFor(t, 'privacy') })).json(),
    ).toEqual({ authenticated: false });
  });

  it('ends a session after the idle timeout and after the absolute lifetime', async () => {
    const idle = await login(t.app, t.users.manager.email, TEST_PASSWORD, t.users.manager.totpSecret, 1);
    const state = (await t.app.inject({ url: '/api/v1/session', headers: { cookie: idle.cookie } })).json();
    expect(state.authenticated).toBe(true);
    const longAgo = new Date(Date.now() - 31 * 60_000).toISOString();
    await t.db.kysely
      .updateTable('sessions')
      .set({ last_seen_at: longAgo })
      .where('csrf_token', '=', idle.csrfToken)
      .execute();
    expect((await t.app.inject({ url: '/api/v1/session', headers: { cookie: idle.cookie } })).json()).toEqual(
      { authenticated: false },
    );
    const old = await login(
      t.app,
      t.users.procesregisseur.email,
      TEST_PASSWORD,
      t.users.procesregisseur.totpSecret,
      1,
    );
    await t.db.kysely
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('csrf_token', '=', old.csrfToken)
      .execute();
    expect((await t.app.inject({ url: '/api/v1/session', headers: { cookie: old.cookie } })).json()).toEqual({
      authenticated: false,
    });
  });

  it('locks an account after five failures, even for the right password, and logs the lock-out', async () => {
    const email = t.users.professional.email;
    for (let i = 0; i < 5; i++) {
      expect((await post('/api/v1/session', { email, password: `fout ${i} wachtwoord` })).statusCode).toBe(
        401,
      );
    }
    const locked = await post('/api/v1/session', { email, password: TEST_PASSWORD });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().type).toBe('urn:ketenhuis:problem:account-locked');
    const events = await t.db.kysely
      .selectFrom('auth_events')
      .select(['kind', 'outcome'])
      .where('user_id', '=', t.users.professional.id)
      .execute();
    expect(events.filter((e) => e.kind === 'lockout')).toHaveLength(1);
    // The security log holds no e-mail addresses.
    const all = await t.db.kysely.selectFrom('auth_events').selectAll().execute();
    expect(JSON.stringify(all)).not.toContain('@');
  });

  it('throttles an address after many failures across accounts', async () => {
    let last = 0;
    for (let i = 0; i < 31; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: `gok${i}@test.ketenhuis.example`, password: 'geraden wachtwoord' },
        remoteAddress: '203.0.113.9',
      });
      last = res.statusCode;
    }
    expect(last).toBe(429);
    const fromElsewhere = await post('/api/v1/session', {
      email: 'gok0@test.ketenhuis.example',
      password: 'x',
    });
    expect(fromElsewhere.statusCode).toBe(401);
  });
});
