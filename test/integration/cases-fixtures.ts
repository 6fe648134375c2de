/**
 * Shared helpers for the case suites (issue 5, registration and assessment): extra users of other
 * parties, a valid registration body (Art. 1.7), and a small request helper with If-Match.
 */
import { expect } from 'vitest';
import { createUser } from '../../src/modules/identity/user-commands.js';
import type { Role } from '../../src/platform/auth/principal.js';
import { enrolTotp, headersFor, login, type Session, TEST_PASSWORD, type TestApp } from '../support/app.js';

export const PERSON = {
  name: 'Jan de Vries',
  bsn: '111222333',
  birthDate: '1980-05-01',
  address: 'Spui 70, Den Haag',
};

export function registration(t: TestApp, overrides: Record<string, unknown> = {}) {
  return {
    caseType: 'person',
    persons: [PERSON],
    reason: 'Overlast en schulden, dreigende huisuitzetting',
    goal: 'Stabiliseren van de woonsituatie',
    partnersInvolved: [t.partyIds.get('middin')],
    protocolKey: 'multiproblematiek',
    informed: false,
    notInformedReason: 'Informeren zou de aanpak doorkruisen',
    criteria: {
      areaSafetyProblem: false,
      impactOnSystem: true,
      multipleChainsNeeded: true,
      multiproblem: true,
    },
    ...overrides,
  };
}

/** A further signed-in user, e.g. a professional of another party or a second procesregisseur. */
export async function extraUser(t: TestApp, name: string, roles: Role[], partyKey: string | null) {
  const email = `${name}@test.ketenhuis.example`;
  const id = await createUser(t.db.kysely, {
    email,
    displayName: name,
    partyId: partyKey ? (t.partyIds.get(partyKey) ?? null) : null,
    roles,
    initialPassword: TEST_PASSWORD,
  });
  const secret = await enrolTotp(t.db, t.rootKey, id);
  const session = await login(t.app, email, TEST_PASSWORD, secret);
  return { id, session };
}

export type Caller = string | Session;

export function callerHeaders(t: TestApp, as: Caller): Record<string, string> {
  if (typeof as === 'string') return headersFor(t, as as never);
  return { cookie: as.cookie, 'x-csrf-token': as.csrfToken };
}

export function api(t: TestApp) {
  return async (
    as: Caller,
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: object,
    ifMatch?: string,
  ) => {
    const headers = { ...callerHeaders(t, as), ...(ifMatch ? { 'if-match': ifMatch } : {}) };
    return t.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
  };
}

/** A registration by the demo professional, created and submitted through the API (status aangemeld). */
export async function submittedCase(t: TestApp): Promise<{ id: string; etag: string }> {
  const call = api(t);
  const created = await call('professional', 'POST', '/cases', registration(t));
  expect(created.statusCode, created.body).toBe(201);
  const { id } = created.json() as { id: string };
  const sub = await call('professional', 'POST', `/cases/${id}/submit`, {}, created.headers.etag as string);
  expect(sub.statusCode, sub.body).toBe(200);
  return { id, etag: sub.headers.etag as string };
}
