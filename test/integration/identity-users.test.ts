/**
 * Account administration and its effects: only functioneel beheer manages accounts (others get
 * 404); password policy and role rules; disabling, role removal and party exclusion take effect on
 * the next request; TOTP enrolment with recovery codes; re-authentication for sensitive actions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentStep, totpCode } from '../../src/modules/identity/rules/totp.js';
import {
  createTestApp,
  everyone,
  headersFor,
  login,
  sessionCookie,
  TEST_PASSWORD,
  type TestApp,
} from '../support/app.js';
import { dialects } from '../support/db.js';

describe.each(dialects)('user administration on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const asBeheer = () => headersFor(t, 'beheer');
  const create = (body: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/users', payload: body, headers: asBeheer() });

  it('shows accounts only to functioneel beheer; everyone else gets 404 or 401', async () => {
    const target = t.users.manager.id;
    for (const as of everyone) {
      const list = await t.app.inject({ url: '/api/v1/users', headers: headersFor(t, as) });
      const one = await t.app.inject({ url: `/api/v1/users/${target}`, headers: headersFor(t, as) });
      const expected = as === 'beheer' ? 200 : as === 'anonymous' ? 401 : 404;
      expect(list.statusCode, `${as} list`).toBe(expected);
      expect(one.statusCode, `${as} read`).toBe(expected);
    }
    const listed = (await t.app.inject({ url: '/api/v1/users?limit=3', headers: asBeheer() })).json();
    expect(listed.items).toHaveLength(3);
    expect(listed.nextCursor).toBeTruthy();
    const found = (
      await t.app.inject({ url: '/api/v1/users?q=procesregisseur', headers: asBeheer() })
    ).json();
    expect(found.items.map((u: { email: string }) => u.email)).toEqual([t.users.procesregisseur.email]);
  });

  it('refuses weak and common passwords, misfitting roles and duplicate e-mail addresses', async () => {
    const base = {
      email: 'nieuw@test.ketenhuis.example',
      displayName: 'Nieuwe Collega',
      partyId: null,
      roles: ['manager'],
    };
    const short = await create({ ...base, initialPassword: 'kort' });
    expect(short.statusCode).toBe(400);
    expect(short.json().type).toBe('urn:ketenhuis:problem:weak-password');
    expect((await create({ ...base, initialPassword: 'Welkom2024!Welkom2024!' })).statusCode).toBe(400);
    const professionalInHouse = await create({
      ...base,
      roles: ['professional'],
      initialPassword: TEST_PASSWORD,
    });
    expect(professionalInHouse.statusCode).toBe(400);
    const beheerPlusCases = await create({
      ...base,
      roles: ['functioneel_beheer', 'procesregisseur'],
      initialPassword: TEST_PASSWORD,
    });
    expect(beheerPlusCases.statusCode).toBe(400);
    const duplicate = await create({ ...base, email: t.users.manager.email, initialPassword: TEST_PASSWORD });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().type).toBe('urn:ketenhuis:problem:email-in-use');
    const listed = (await t.app.inject({ url: '/api/v1/users?q=nieuw', headers: asBeheer() })).json();
    expect(listed.items).toHaveLength(0);
  });

  it('creates a user who must enrol TOTP, gets recovery codes once, and can use each once', async () => {
    const partyId = t.partyIds.get('veilig-thuis');
    const res = await create({
      email: 'vt@test.ketenhuis.example',
      displayName: 'Vera Thuis',
      partyId,
      roles: ['professional'],
      initialPassword: TEST_PASSWORD,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      organisation: { kind: 'party', partyId },
      roles: ['professional'],
      totpEnabled: false,
    });

    const first = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'vt@test.ketenhuis.example', password: TEST_PASSWORD },
    });
    expect(first.json().stage).toBe('enrol');
    const pending = { cookie: sessionCookie(first) ?? '', 'x-csrf-token': first.json().csrfToken };
    // Not logged in yet: nothing else works.
    expect((await t.app.inject({ url: '/api/v1/me/sessions', headers: pending })).statusCode).toBe(401);
    const enrol = await t.app.inject({ method: 'POST', url: '/api/v1/me/totp', headers: pending });
    expect(enrol.statusCode).toBe(200);
    const { secret, otpauthUri, qrSvg } = enrol.json();
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(qrSvg).toMatch(/^<svg/);
    const confirm = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/totp/confirm',
      payload: { code: totpCode(secret, currentStep(Date.now())) },
      headers: pending,
    });
    expect(confirm.statusCode).toBe(200);
    const codes: string[] = confirm.json().recoveryCodes;
    expect(codes).toHaveLength(10);
    const complete = sessionCookie(confirm) ?? '';
    expect((await t.app.inject({ url: '/api/v1/session', headers: { cookie: complete } })).json().stage).toBe(
      'complete',
    );
    // The TOTP secret is stored encrypted, never in the clear.
    const row = await t.db.kysely
      .selectFrom('users')
      .select('totp_secret_enc')
      .where('email', '=', 'vt@test.ketenhuis.example')
      .executeTakeFirstOrThrow();
    expect(row.totp_secret_enc).toMatch(/^v1\./);
    expect(row.totp_secret_enc).not.toContain(secret);

    const redeemRecovery = async () => {
      const step1 = await t.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: 'vt@test.ketenhuis.example', password: TEST_PASSWORD },
      });
      expect(step1.json().stage).toBe('mfa');
      return t.app.inject({
        method: 'POST',
        url: '/api/v1/session/totp',
        payload: { code: codes[0] },
        headers: { cookie: sessionCookie(step1) ?? '', 'x-csrf-token': step1.json().csrfToken },
      });
    };
    expect((await redeemRecovery()).statusCode).toBe(200);
    expect((await redeemRecovery()).statusCode).toBe(401);
  });

  it('edits with If-Match; disabling or removing a role takes effect on the next request', async () => {
    const res = await create({
      email: 'beheer2@test.ketenhuis.example',
      displayName: 'Tweede Beheerder',
      partyId: null,
      roles: ['functioneel_beheer'],
      initialPassword: TEST_PASSWORD,
    });
    const id = res.json().id;
    const { enrolTotp } = await import('../support/app.js');
    const secret = await enrolTotp(t.db, t.rootKey, id);
    // The temporary-password flow has its own test below; here the password counts as chosen.
    await t.db.kysely
      .updateTable('users')
      .set({ password_change_required: 0 })
      .where('id', '=', id)
      .execute();
    const second = await login(t.app, 'beheer2@test.ketenhuis.example', TEST_PASSWORD, secret);
    const h2 = { cookie: second.cookie, 'x-csrf-token': second.csrfToken };
    expect((await t.app.inject({ url: '/api/v1/users', headers: h2 })).statusCode).toBe(200);

    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      payload: { roles: ['secretaris'] },
      headers: { ...asBeheer(), 'if-match': '"v7"' },
    });
    expect(stale.statusCode).toBe(412);
    const changed = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      payload: { roles: ['secretaris'] },
      headers: { ...asBeheer(), 'if-match': '"v1"' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/users', headers: h2 })).statusCode).toBe(404);

    const disabled = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      payload: { status: 'disabled' },
      headers: { ...asBeheer(), 'if-match': '"v2"' },
    });
    expect(disabled.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/session', headers: h2 })).json()).toEqual({
      authenticated: false,
    });
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'beheer2@test.ketenhuis.example', password: TEST_PASSWORD },
    });
    expect(again.statusCode).toBe(401);

    const self = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${t.users.beheer.id}`,
      payload: { status: 'disabled' },
      headers: { ...asBeheer(), 'if-match': '"v1"' },
    });
    expect(self.statusCode).toBe(409);
  });

  it('locks out the users of an excluded party on their next request (Art. 23.2)', async () => {
    const s = await login(
      t.app,
      t.users.professional.email,
      TEST_PASSWORD,
      t.users.professional.totpSecret,
      1,
    );
    const h = { cookie: s.cookie, 'x-csrf-token': s.csrfToken };
    expect((await t.app.inject({ url: '/api/v1/me/sessions', headers: h })).statusCode).toBe(200);
    await t.db.kysely
      .updateTable('parties')
      .set({ status: 'excluded' })
      .where('key', '=', 'politie-den-haag')
      .execute();
    expect((await t.app.inject({ url: '/api/v1/me/sessions', headers: h })).statusCode).toBe(401);
    await t.db.kysely
      .updateTable('parties')
      .set({ status: 'active' })
      .where('key', '=', 'politie-den-haag')
      .execute();
  });

  it('asks for re-authentication before resetting someone’s second factor', async () => {
    const url = `/api/v1/users/${t.users.secretaris.id}/reset-totp`;
    const without = await t.app.inject({ method: 'POST', url, headers: asBeheer() });
    expect(without.statusCode).toBe(401);
    expect(without.json().type).toBe('urn:ketenhuis:problem:reauth-required');
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session/reauth',
      payload: { password: 'fout fout fout', code: '123456' },
      headers: asBeheer(),
    });
    expect(bad.statusCode).toBe(401);
    const code = totpCode(t.users.beheer.totpSecret, currentStep(Date.now()) + 1);
    const reauth = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session/reauth',
      payload: { password: TEST_PASSWORD, code },
      headers: asBeheer(),
    });
    expect(reauth.statusCode).toBe(204);
    // Re-authentication rotates the session (ASVS V7.2.4): continue with the new one.
    const cookie = sessionCookie(reauth) ?? '';
    t.sessions.beheer = {
      cookie,
      csrfToken: (await t.app.inject({ url: '/api/v1/session', headers: { cookie } })).json().csrfToken,
    };
    const ok = await t.app.inject({ method: 'POST', url, headers: asBeheer() });
    expect(ok.statusCode).toBe(204);
    const user = (
      await t.app.inject({ url: `/api/v1/users/${t.users.secretaris.id}`, headers: asBeheer() })
    ).json();
    expect(user.totpEnabled).toBe(false);
  });
});

describe.each(dialects)('governance memberships on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('records Stuurgroep membership with the parties a member votes for, guarded by If-Match', async () => {
    const bodies = (await t.app.inject({ url: '/api/v1/bodies', headers: headersFor(t, 'beheer') })).json()
      .items;
    const stuurgroep = bodies.find((b: { key: string }) => b.key === 'stuurgroep');
    const url = `/api/v1/users/${t.users.professional.id}/memberships`;
    const current = await t.app.inject({ url, headers: headersFor(t, 'beheer') });
    expect(current.json()).toEqual({ items: [] });
    const etag = String(current.headers.etag);
    const politie = t.partyIds.get('politie-den-haag');
    const put = (payload: unknown, ifMatch: string) =>
      t.app.inject({
        method: 'PUT',
        url,
        payload: payload as object,
        headers: { ...headersFor(t, 'beheer'), 'if-match': ifMatch },
      });
    const ok = await put(
      { items: [{ bodyId: stuurgroep.id, role: 'member', votesForPartyIds: [politie] }] },
      etag,
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.json().items[0]).toMatchObject({
      role: 'member',
      body: { key: 'stuurgroep' },
      votesFor: [{ id: politie }],
    });
    expect((await put({ items: [] }, etag)).statusCode).toBe(412);
    // The manager is house staff: advises, does not vote.
    const managerUrl = `/api/v1/users/${t.users.manager.id}/memberships`;
    const managerEtag = String(
      (await t.app.inject({ url: managerUrl, headers: headersFor(t, 'beheer') })).headers.etag,
    );
    const voting = await t.app.inject({
      method: 'PUT',
      url: managerUrl,
      payload: { items: [{ bodyId: stuurgroep.id, role: 'member', votesForPartyIds: [politie] }] },
      headers: { ...headersFor(t, 'beheer'), 'if-match': managerEtag },
    });
    expect(voting.statusCode).toBe(400);
    expect((await t.app.inject({ url: managerUrl, headers: headersFor(t, 'beheer') })).json()).toEqual({
      items: [],
    });
  });
});

describe.each(dialects)('temporary passwords on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('makes a user replace the password beheer chose before doing anything else', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        email: 'tijdelijk@test.ketenhuis.example',
        displayName: 'Tim Tijdelijk',
        partyId: null,
        roles: ['secretaris'],
        initialPassword: TEST_PASSWORD,
      },
      headers: headersFor(t, 'beheer'),
    });
    expect(created.statusCode).toBe(201);
    const { enrolTotp } = await import('../support/app.js');
    const secret = await enrolTotp(t.db, t.rootKey, created.json().id);
    const s = await login(t.app, 'tijdelijk@test.ketenhuis.example', TEST_PASSWORD, secret);
    const h = { cookie: s.cookie, 'x-csrf-token': s.csrfToken };
    expect(
      (await t.app.inject({ url: '/api/v1/session', headers: h })).json().user.passwordChangeRequired,
    ).toBe(true);
    const blocked = await t.app.inject({ url: '/api/v1/parties', headers: h });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().type).toBe('urn:ketenhuis:problem:password-change-required');
    const change = (currentPassword: string, newPassword: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/me/password',
        payload: { currentPassword, newPassword },
        headers: h,
      });
    expect((await change('fout wachtwoord hier', 'een heel nieuw wachtwoord')).statusCode).toBe(401);
    expect((await change(TEST_PASSWORD, 'wachtwoord')).json().type).toBe(
      'urn:ketenhuis:problem:weak-password',
    );
    expect((await change(TEST_PASSWORD, TEST_PASSWORD)).statusCode).toBe(400);
    expect((await change(TEST_PASSWORD, 'een heel nieuw wachtwoord')).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/parties', headers: h })).statusCode).toBe(200);
    const relogin = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'tijdelijk@test.ketenhuis.example', password: 'een heel nieuw wachtwoord' },
    });
    expect(relogin.statusCode).toBe(200);
  });
});

describe.each(dialects)('administrator actions and guessing limits on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('rotates the session at re-authentication: the old token stops working', async () => {
    const before = t.sessions.beheer;
    const code = totpCode(t.users.beheer.totpSecret, currentStep(Date.now()) + 1);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session/reauth',
      payload: { password: TEST_PASSWORD, code },
      headers: headersFor(t, 'beheer'),
    });
    expect(res.statusCode).toBe(204);
    const cookie = sessionCookie(res) ?? '';
    expect(cookie).not.toBe(before.cookie);
    expect(
      (await t.app.inject({ url: '/api/v1/session', headers: { cookie: before.cookie } })).json(),
    ).toEqual({ authenticated: false });
    const state = (await t.app.inject({ url: '/api/v1/session', headers: { cookie } })).json();
    t.sessions.beheer = { cookie, csrfToken: state.csrfToken };
  });

  it('resets a forgotten password to a temporary one: shown once, sessions ended, second factor still asked', async () => {
    const url = `/api/v1/users/${t.users.secretaris.id}/reset-password`;
    const res = await t.app.inject({ method: 'POST', url, headers: headersFor(t, 'beheer') });
    expect(res.statusCode).toBe(200);
    const { temporaryPassword } = res.json();
    expect(temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){4}$/);
    expect(
      (await t.app.inject({ url: '/api/v1/session', headers: headersFor(t, 'secretaris') })).json(),
    ).toEqual({ authenticated: false });
    const step1 = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: t.users.secretaris.email, password: temporaryPassword },
    });
    expect(step1.json().stage).toBe('mfa');
    const done = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session/totp',
      payload: { code: totpCode(t.users.secretaris.totpSecret, currentStep(Date.now()) + 1) },
      headers: { cookie: sessionCookie(step1) ?? '', 'x-csrf-token': step1.json().csrfToken },
    });
    expect(done.json().user.passwordChangeRequired).toBe(true);
  });

  it('ends all sessions of one user on request of beheer', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${t.users.manager.id}/revoke-sessions`,
      headers: headersFor(t, 'beheer'),
    });
    expect(res.statusCode).toBe(204);
    expect(
      (await t.app.inject({ url: '/api/v1/session', headers: headersFor(t, 'manager') })).json(),
    ).toEqual({ authenticated: false });
  });

  it('counts wrong passwords at re-authentication and password change towards the lock-out', async () => {
    const h = headersFor(t, 'procesregisseur');
    for (let i = 0; i < 3; i++) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/session/reauth',
        payload: { password: `fout ${i} fout fout`, code: '123456' },
        headers: h,
      });
      expect(r.statusCode).toBe(401);
    }
    for (let i = 0; i < 2; i++) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/me/password',
        payload: { currentPassword: `fout ${i} fout fout`, newPassword: 'een heel nieuw wachtwoord' },
        headers: h,
      });
      expect(r.statusCode).toBe(401);
    }
    const locked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: t.users.procesregisseur.email, password: TEST_PASSWORD },
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().type).toBe('urn:ketenhuis:problem:account-locked');
  });
});
