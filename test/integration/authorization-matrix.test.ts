/**
 * Runs every operation of the OpenAPI document as every kind of caller and checks the outcome
 * against test/matrix/entries.ts (issue 3 §6). Each call gets a fresh, real session for its actor,
 * so that logging out or revoking sessions in one call does not disturb the next.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookiePolicy } from '../../src/modules/identity/cookies.js';
import { currentStep, totpCode } from '../../src/modules/identity/rules/totp.js';
import { createSession } from '../../src/modules/identity/session-store.js';
import { createUser } from '../../src/modules/identity/user-commands.js';
import { loadSettings } from '../../src/platform/config/env.js';
import { expected, matrix, type Outcome } from '../matrix/entries.js';
import { type As, createTestApp, everyone, TEST_PASSWORD, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { executionMatrixRequest } from './cases-execution-matrix.js';
import { caseFlowMatrixRequest } from './cases-flow-matrix.js';
import { governanceMatrixRequest } from './governance-fixtures.js';
import { membershipMatrixRequest } from './governance-membership-matrix.js';
import { disclosureMatrixRequest, subjectRequestMatrixRequest } from './information-disclosure-matrix.js';
import { informationMatrixRequest } from './information-items-matrix.js';

type Op = { method: string; path: string };

describe.each(dialects)('authorization matrix on %s', (dialect) => {
  let t: TestApp;
  let ops: Op[];
  let counter = 0;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    ops = Object.entries<Record<string, unknown>>(doc.paths).flatMap(([path, byMethod]) =>
      Object.keys(byMethod)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => ({ method: m.toUpperCase(), path })),
    );
  });
  afterAll(() => t.close());

  const key = (op: Op) => `${op.method} ${op.path}`;

  it('has an entry for every operation in the OpenAPI document, and no stale ones', () => {
    const documented = ops.map(key).sort();
    expect(
      documented.filter((k) => !(k in matrix)),
      'operations without matrix entries',
    ).toEqual([]);
    expect(
      Object.keys(matrix).filter((k) => !documented.includes(k)),
      'entries without operation',
    ).toEqual([]);
  });

  /** A real session for the actor, created directly (this test is about authorization, not login). */
  async function sessionHeaders(as: As): Promise<{ headers: Record<string, string>; sessionId?: string }> {
    if (as === 'anonymous') return { headers: {} };
    const settings = loadSettings({ DATABASE_URL: t.database.url });
    const { token, session } = await createSession(t.db.kysely, settings, t.users[as].id, 'complete', {});
    return {
      headers: { cookie: `${cookiePolicy(settings).name}=${token}`, 'x-csrf-token': session.csrf_token },
      sessionId: session.id,
    };
  }

  const ssoProviderBody = (name: string) => ({
    name,
    issuer: 'https://idp.matrix.invalid',
    clientId: 'ketenhuis',
    clientSecret: 'matrix-clientgeheim',
    partyId: null,
    matchClaim: 'email',
    provision: false,
    defaultRoles: ['secretaris'],
    enabled: false,
  });
  let ssoProviderId: string | undefined;
  /** One SSO provider to address; disabled, so starting a login never reaches out to an issuer. */
  async function ssoProvider(): Promise<string> {
    if (ssoProviderId === undefined) {
      const { headers } = await sessionHeaders('beheer');
      const payload = ssoProviderBody('Matrix IdP');
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/sso-providers', headers, payload });
      ssoProviderId = res.json().id as string;
    }
    return ssoProviderId;
  }

  const caseBody = () => ({
    caseType: 'person',
    persons: [
      { name: 'Matrix Persoon', bsn: '111222333', birthDate: '1990-01-01', address: 'Matrixstraat 1' },
    ],
    reason: 'Aanleiding',
    goal: 'Doel',
    partnersInvolved: [],
    protocolKey: 'multiproblematiek',
    informed: true,
    criteria: {
      areaSafetyProblem: true,
      impactOnSystem: true,
      multipleChainsNeeded: true,
      multiproblem: true,
    },
  });
  let otherRegisseur: string | undefined;
  /** Headers of a second procesregisseur, who holds the cases the matrix procesregisseur takes over. */
  async function otherRegisseurHeaders(): Promise<Record<string, string>> {
    otherRegisseur ??= await createUser(t.db.kysely, {
      email: 'regisseur2@test.ketenhuis.example',
      displayName: 'Tweede procesregisseur',
      partyId: null,
      roles: ['procesregisseur'],
      initialPassword: TEST_PASSWORD,
    });
    const settings = loadSettings({ DATABASE_URL: t.database.url });
    const { token, session } = await createSession(t.db.kysely, settings, otherRegisseur, 'complete', {});
    return { cookie: `${cookiePolicy(settings).name}=${token}`, 'x-csrf-token': session.csrf_token };
  }
  type Stage = 'concept' | 'aangemeld' | 'in_beoordeling' | 'held-by-other';
  /** A fresh case in the phase the operation needs, registered by the matrix professional. */
  async function caseIn(stage: Stage): Promise<{ id: string; etag: string }> {
    const send = async (headers: Record<string, string>, method: 'POST', url: string, etag?: string) => {
      const res = await t.app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { ...headers, ...(etag ? { 'if-match': etag } : {}) },
        payload: url === '/cases' ? caseBody() : {},
      });
      if (res.statusCode >= 300) throw new Error(`matrix case setup ${url}: ${res.statusCode} ${res.body}`);
      return res;
    };
    const pro = (await sessionHeaders('professional')).headers;
    const created = await send(pro, 'POST', '/cases');
    const id = created.json().id as string;
    let etag = created.headers.etag as string;
    if (stage === 'concept') return { id, etag };
    etag = (await send(pro, 'POST', `/cases/${id}/submit`, etag)).headers.etag as string;
    if (stage === 'aangemeld') return { id, etag };
    const regie =
      stage === 'held-by-other'
        ? await otherRegisseurHeaders()
        : (await sessionHeaders('procesregisseur')).headers;
    etag = (await send(regie, 'POST', `/cases/${id}/pick-up`, etag)).headers.etag as string;
    return { id, etag };
  }
  const caseStages: Record<string, Stage> = {
    'GET /cases/{id}': 'in_beoordeling',
    'PATCH /cases/{id}': 'concept',
    'POST /cases/{id}/submit': 'concept',
    'POST /cases/{id}/pick-up': 'aangemeld',
    'POST /cases/{id}/accept': 'in_beoordeling',
    'POST /cases/{id}/reject': 'in_beoordeling',
    'POST /cases/{id}/withdraw': 'aangemeld',
    'POST /cases/{id}/take-over': 'held-by-other',
    'POST /cases/{id}/questions': 'in_beoordeling',
  };

  /** A valid request for the operation, so that only authorization can refuse it. */
  async function requestFor(op: Op, as: As, sessionId: string | undefined) {
    const membership = await membershipMatrixRequest(t, key(op));
    if (membership) return membership;
    const governance = await governanceMatrixRequest(t, key(op), ++counter);
    if (governance) return governance;
    const caseFlow = await caseFlowMatrixRequest(t, key(op), async (a) => (await sessionHeaders(a)).headers);
    if (caseFlow) return caseFlow;
    const execution = await executionMatrixRequest(
      t,
      key(op),
      async (a) => (await sessionHeaders(a)).headers,
    );
    if (execution) return execution;
    // Issue 6 §3–4: disclosure to third parties and data-subject requests (H12).
    const headersOfActor = async (a: As) => (await sessionHeaders(a)).headers;
    const disclosure = await disclosureMatrixRequest(t, key(op), headersOfActor);
    if (disclosure) return disclosure;
    const subjectRequest = await subjectRequestMatrixRequest(t, key(op), headersOfActor);
    if (subjectRequest) return subjectRequest;
    // Issue 6 §1–2: information items (H11).
    const informationItem = await informationMatrixRequest(t, key(op), headersOfActor);
    if (informationItem) return informationItem;
    const stage = caseStages[key(op)];
    if (stage) {
      const c = await caseIn(stage);
      const caseBodies: Record<string, object> = {
        'PATCH /cases/{id}': { goal: 'Ander doel' },
        'POST /cases/{id}/accept': { reasoning: 'Complex volgens Bijlage 2' },
        'POST /cases/{id}/reject': { reason: 'Niet complex', advice: 'Sociaal wijkteam' },
        'POST /cases/{id}/withdraw': { reason: 'Opgelost' },
        'POST /cases/{id}/take-over': { reason: 'Afwezigheid collega' },
        'POST /cases/{id}/questions': { text: 'Een vraag' },
      };
      return {
        method: op.method as 'GET',
        url: `/api/v1${op.path.replace('{id}', c.id)}`,
        headers: { 'if-match': c.etag } as Record<string, string>,
        ...(op.method !== 'GET' && { payload: caseBodies[key(op)] ?? {} }),
      };
    }
    if (key(op) === 'POST /cases')
      return { method: 'POST' as const, url: '/api/v1/cases', headers: {}, payload: caseBody() };
    const ids: Record<string, string> = {
      '/parties/{id}': t.partyIds.get('middin') ?? '',
      '/privacy-protocols/{id}': (
        await t.db.kysely
          .selectFrom('privacy_protocols')
          .select('id')
          .where('key', '=', 'jeugdgroepen')
          .executeTakeFirstOrThrow()
      ).id,
      '/users/{id}': t.users.secretaris.id,
      '/users/{id}/reset-totp': t.users.secretaris.id,
      '/users/{id}/revoke-sessions': t.users.secretaris.id,
      '/users/{id}/reset-password': t.users.secretaris.id,
      '/users/{id}/memberships': t.users.secretaris.id,
      '/me/sessions/{id}': sessionId ?? '01900000-0000-7000-8000-000000000000',
      // Nobody's notification: 404 for everyone signed in (own ones: notifications.test.ts).
      '/me/notifications/{id}/read': '01900000-0000-7000-8000-000000000001',
      '/sso-providers/{id}': await ssoProvider(),
      '/sso/providers/{id}/login': await ssoProvider(),
    };
    const url = `/api/v1${op.path.replace('{id}', ids[op.path] ?? '')}`;
    const headers: Record<string, string> = {};
    if (op.method === 'PATCH' || op.method === 'PUT') {
      const table = op.path.startsWith('/parties')
        ? 'parties'
        : op.path.startsWith('/users')
          ? 'users'
          : op.path.startsWith('/privacy')
            ? 'privacy_protocols'
            : op.path.startsWith('/sso-providers')
              ? 'sso_providers'
              : 'house';
      // biome-ignore lint/suspicious/noExplicitAny: the table name is chosen at run time
      let q = t.db.kysely.selectFrom(table as any).select('version' as any);
      if (ids[op.path]) q = q.where('id' as never, '=', ids[op.path] as never);
      const row = (await q.executeTakeFirstOrThrow()) as { version: number };
      headers['if-match'] = `"v${row.version}"`;
    }
    counter++;
    const bodies: Record<string, unknown> = {
      'PATCH /house': { shortName: `ZVH Haaglanden ${counter}` },
      'PATCH /privacy-protocols/{id}': { retentionMonths: 24 + (counter % 5) },
      'PATCH /parties/{id}': { name: `Middin ${counter}` },
      'POST /session': { email: 'niemand@test.ketenhuis.example', password: 'geen echt wachtwoord' },
      'POST /session/totp': { code: '123456' },
      'POST /session/reauth':
        as === 'anonymous'
          ? { password: TEST_PASSWORD, code: '123456' }
          : { password: TEST_PASSWORD, code: totpCode(t.users[as].totpSecret, currentStep(Date.now()) + 1) },
      'POST /me/totp/confirm': { code: '123456' },
      // A wrong current password: the outcome shows the route is reachable, without changing anything.
      'POST /me/password': { currentPassword: 'niet het huidige', newPassword: 'een nieuw lang wachtwoord' },
      'POST /users': {
        email: `matrix${counter}@test.ketenhuis.example`,
        displayName: 'Matrix Gebruiker',
        partyId: null,
        roles: ['secretaris'],
        initialPassword: TEST_PASSWORD,
      },
      'PATCH /users/{id}': { displayName: `Secretaris ${counter}` },
      'PUT /users/{id}/memberships': { items: [] },
      'POST /sso-providers': ssoProviderBody(`Matrix IdP ${counter}`),
      'PATCH /sso-providers/{id}': { name: `Matrix IdP ${counter}` },
      'POST /processing-log/search': { bsn: '111222333' },
      'PUT /me/notification-settings': { emailOptIn: false },
      'POST /cases/search': { person: { bsn: '111222333' } },
    };
    const body = bodies[key(op)];
    return {
      method: op.method as 'GET',
      url,
      headers,
      ...(body !== undefined && { payload: body as object }),
    };
  }

  function check(outcome: Outcome, res: { statusCode: number; json(): { type?: string } }, label: string) {
    if (outcome === 'ok') expect(res.statusCode, label).toBeLessThan(300);
    else if (typeof outcome === 'number') expect(res.statusCode, label).toBe(outcome);
    else expect(res.json().type, label).toBe(`urn:ketenhuis:problem:${outcome}`);
  }

  it('gives every caller exactly what the matrix says', async () => {
    for (const op of ops) {
      const expectation = matrix[key(op)];
      if (!expectation) continue; // reported by the test above
      for (const as of everyone) {
        const { headers, sessionId } = await sessionHeaders(as);
        const req = await requestFor(op, as, sessionId);
        const res = await t.app.inject({ ...req, headers: { ...req.headers, ...headers } });
        const label = `${key(op)} as ${as}: ${res.statusCode} ${res.body.slice(0, 200)}`;
        expect(res.statusCode, label).toBeLessThan(500);
        if (expectation === 'public') {
          expect(res.statusCode, label).not.toBe(403);
          continue;
        }
        check(expected(expectation, as), res, label);
      }
    }
    // Every case operation brings a fresh case through the flow for every caller: this takes a while.
  }, 600_000);
});
