/**
 * Shared helpers for the membership suites (Art. 19–23): delegates (users with a seat in a body),
 * sessions made directly (to watch one session lose or gain access), consents of all other parties,
 * a request helper with If-Match, and fresh records in each workflow's phases for the matrix.
 */
import { cookiePolicy } from '../../src/modules/identity/cookies.js';
import { createSession } from '../../src/modules/identity/session-store.js';
import { createUser } from '../../src/modules/identity/user-commands.js';
import type { Role } from '../../src/platform/auth/principal.js';
import { loadSettings } from '../../src/platform/config/env.js';
import { newId, nowUtc } from '../../src/platform/ids.js';
import { type As, headersFor, TEST_PASSWORD, type TestApp } from '../support/app.js';

export type Headers = Record<string, string>;

/** Gives a user a seat in a body (Art. 4.3, 6.3): they become their party's delegate. */
export async function seat(t: TestApp, userId: string, bodyKey = 'partneroverleg') {
  const body = await t.db.kysely
    .selectFrom('bodies')
    .select('id')
    .where('key', '=', bodyKey)
    .executeTakeFirstOrThrow();
  await t.db.kysely
    .insertInto('body_memberships')
    .values({ id: newId(), user_id: userId, body_id: body.id, role: 'member', created_at: nowUtc() })
    .execute();
}

/** A complete session for a user, made directly (no login), as the authorization matrix does. */
export async function sessionFor(t: TestApp, userId: string): Promise<Headers> {
  const settings = loadSettings({ DATABASE_URL: t.database.url });
  const { token, session } = await createSession(t.db.kysely, settings, userId, 'complete', {});
  return { cookie: `${cookiePolicy(settings).name}=${token}`, 'x-csrf-token': session.csrf_token };
}

let n = 0;
export async function userOf(t: TestApp, partyId: string | null, roles: Role[] = ['professional']) {
  n++;
  return createUser(t.db.kysely, {
    email: `gm${n}-${Date.now()}@test.ketenhuis.example`,
    displayName: `Lid ${n}`,
    partyId,
    roles,
    initialPassword: TEST_PASSWORD,
  });
}

/** A delegate of the party with the given key, with a session. */
export async function delegateOf(t: TestApp, partyKey: string) {
  const id = await userOf(t, t.partyIds.get(partyKey) ?? null);
  await seat(t, id);
  return { id, headers: await sessionFor(t, id) };
}

/** Records consent for every active party except `skip`, as their delegates would. */
export async function consentAllBut(
  t: TestApp,
  table: 'accession_consents' | 'statement_consents',
  ownerId: string,
  skip: string[],
) {
  const parties = await t.db.kysely
    .selectFrom('parties')
    .select('id')
    .where('status', '=', 'active')
    .execute();
  const column = table === 'accession_consents' ? 'accession_id' : 'statement_id';
  const rows = parties
    .filter((p) => !skip.includes(p.id))
    .map((p) => ({
      [column]: ownerId,
      party_id: p.id,
      consent: 1 as const,
      note: null,
      recorded_by_user_id: t.users.secretaris.id,
      recorded_at: nowUtc(),
    }));
  if (rows.length === 0) return;
  await t.db.kysely
    .insertInto(table)
    // biome-ignore lint/suspicious/noExplicitAny: the owner column depends on the table
    .values(rows as any)
    .execute();
}

export interface Res {
  status: number;
  body: Record<string, unknown> & { type?: string; detail?: string };
  etag: string;
  raw: Awaited<ReturnType<TestApp['app']['inject']>>;
}

/** One request as `as` (a role or explicit headers), with If-Match when given. */
export function api(t: TestApp) {
  return async (
    as: As | Headers,
    method: 'GET' | 'POST',
    url: string,
    payload?: object,
    etag?: string,
  ): Promise<Res> => {
    const headers = typeof as === 'string' ? headersFor(t, as) : as;
    const raw = await t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...headers, ...(etag ? { 'if-match': etag } : {}) },
      ...(payload ? { payload } : method === 'POST' ? { payload: {} } : {}),
    });
    const isJson = String(raw.headers['content-type'] ?? '').includes('json');
    return {
      status: raw.statusCode,
      body: isJson ? raw.json() : {},
      etag: String(raw.headers.etag ?? ''),
      raw,
    };
  };
}

export function accessionBody(receivedViaUserId: string, key = `nieuwe-partner-${++n}`) {
  return {
    organisation: { key, name: `Stichting Nieuw Perspectief ${n}`, kind: 'partner', domain: 'care' },
    seat: 'Den Haag',
    officeAddress: 'Prinsegracht 12, 2512 GA Den Haag',
    representative: { name: 'M. de Graaf', function: 'bestuurder' },
    motivation: 'Levert begeleid wonen voor jongeren en draagt zo bij aan de doelen van Art. 2.',
    receivedViaUserId,
    receivedOn: '2025-03-03',
  };
}
