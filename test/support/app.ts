/**
 * A real Ketenhuis app on a real database, driven in-process with `inject`. For every role there
 * is a real user with a real second factor, logged in through the real login endpoints; tests act
 * as that user with `asHeaders(role)` (session cookie + CSRF token).
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { identityKeys } from '../../src/modules/identity/keys.js';
import { totpAad } from '../../src/modules/identity/login.js';
import { currentStep, generateTotpSecret, totpCode } from '../../src/modules/identity/rules/totp.js';
import { createUser } from '../../src/modules/identity/user-commands.js';
import type { Role } from '../../src/platform/auth/principal.js';
import { loadSettings } from '../../src/platform/config/env.js';
import { encrypt } from '../../src/platform/crypto/aead.js';
import { loadRootKey } from '../../src/platform/crypto/keyring.js';
import type { Db, Dialect } from '../../src/platform/db/database.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import { createApp, houseConfigFor, seedIfEmpty } from '../../src/server.js';
import { createTestDatabase, type TestDatabase } from './db.js';

export const TEST_PASSWORD = 'correct paard batterij nietje';

/** One user per role; professionals work for a party, everyone else for the house. */
export const roleUsers = {
  beheer: { roles: ['functioneel_beheer'], party: null },
  manager: { roles: ['manager'], party: null },
  procesregisseur: { roles: ['procesregisseur'], party: null },
  informatiecentrum: { roles: ['informatiecentrum'], party: null },
  secretaris: { roles: ['secretaris'], party: null },
  privacy: { roles: ['privacy_officer'], party: null },
  professional: { roles: ['professional'], party: 'politie-den-haag' },
} as const satisfies Record<string, { roles: readonly Role[]; party: string | null }>;

export type Actor = keyof typeof roleUsers;
export type As = Actor | 'anonymous';
export const everyone: As[] = ['anonymous', ...(Object.keys(roleUsers) as Actor[])];

export interface Session {
  cookie: string;
  csrfToken: string;
}

export interface TestUser {
  id: string;
  email: string;
  totpSecret: string;
}

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  database: TestDatabase;
  masterKey: Buffer;
  rootKey: Buffer;
  logs: string[];
  users: Record<Actor, TestUser>;
  sessions: Record<Actor, Session>;
  partyIds: Map<string, string>;
  close(): Promise<void>;
}

type Inject = FastifyInstance['inject'];

/** Gives a user a working TOTP factor with a known secret, as enrolment would. */
export async function enrolTotp(db: Db, rootKey: Buffer, userId: string): Promise<string> {
  const secret = generateTotpSecret();
  await db.kysely
    .updateTable('users')
    .set({ totp_secret_enc: encrypt(identityKeys(rootKey).totp, secret, totpAad(userId)), totp_enabled: 1 })
    .where('id', '=', userId)
    .execute();
  return secret;
}

/** The session cookie from a response's Set-Cookie. */
export function sessionCookie(res: Awaited<ReturnType<Inject>>): string | undefined {
  const set = res.headers['set-cookie'];
  const line = (Array.isArray(set) ? set : set ? [set] : []).find((c) => /session=[^;]+/.test(c));
  return line?.split(';')[0];
}

/** Logs in through the real endpoints: password, then a TOTP code `stepOffset` steps ahead. */
export async function login(
  app: FastifyInstance,
  email: string,
  password: string,
  totpSecret: string,
  stepOffset = 0,
): Promise<Session> {
  const first = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password } });
  if (first.statusCode !== 200) throw new Error(`login failed: ${first.statusCode} ${first.body}`);
  const pending = sessionCookie(first);
  const code = totpCode(totpSecret, currentStep(Date.now()) + stepOffset);
  const second = await app.inject({
    method: 'POST',
    url: '/api/v1/session/totp',
    payload: { code },
    headers: { cookie: pending ?? '', 'x-csrf-token': first.json().csrfToken },
  });
  if (second.statusCode !== 200) throw new Error(`second factor failed: ${second.statusCode} ${second.body}`);
  const cookie = sessionCookie(second);
  if (!cookie) throw new Error('no session cookie after login');
  return { cookie, csrfToken: second.json().csrfToken };
}

export async function createTestApp(dialect: Dialect, env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const db = database.open();
  await migrateToLatest(db);
  // Each app its own shred ledger, removed at close: no test writes to ./data (item shreds, scrubs).
  const ledger = join(tmpdir(), `ketenhuis-test-ledger-${randomBytes(6).toString('hex')}.jsonl`);
  const settings = loadSettings({
    DATABASE_URL: database.url,
    LOG_LEVEL: 'info',
    KETENHUIS_SHRED_LEDGER: ledger,
    ...env,
  });
  const house = houseConfigFor(settings);
  await seedIfEmpty(db, house);
  const masterKey = randomBytes(32);
  const rootKey = await loadRootKey(db.kysely, masterKey);
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  const app = await createApp({ db, settings, house, masterKey, rootKey, logStream });
  await app.ready();
  const partyIds = new Map(
    (await db.kysely.selectFrom('parties').select(['id', 'key']).execute()).map((p) => [p.key, p.id]),
  );
  const users = {} as Record<Actor, TestUser>;
  const sessions = {} as Record<Actor, Session>;
  for (const [actor, spec] of Object.entries(roleUsers) as [Actor, (typeof roleUsers)[Actor]][]) {
    const email = `${actor}@test.ketenhuis.example`;
    const id = await createUser(db.kysely, {
      email,
      displayName: `Test ${actor}`,
      partyId: spec.party ? (partyIds.get(spec.party) ?? null) : null,
      roles: [...spec.roles],
      initialPassword: TEST_PASSWORD,
    });
    const totpSecret = await enrolTotp(db, rootKey, id);
    users[actor] = { id, email, totpSecret };
    sessions[actor] = await login(app, email, TEST_PASSWORD, totpSecret);
  }
  return {
    app,
    db,
    database,
    masterKey,
    rootKey,
    logs,
    users,
    sessions,
    partyIds,
    close: async () => {
      await app.close();
      await db.close();
      await database.drop();
      rmSync(ledger, { force: true });
    },
  };
}

/** Headers that make a request come from `as`'s session (none for anonymous). */
export function headersFor(t: Pick<TestApp, 'sessions'>, as: As): Record<string, string> {
  if (as === 'anonymous') return {};
  const s = t.sessions[as];
  return { cookie: s.cookie, 'x-csrf-token': s.csrfToken };
}

/**
 * Gives a user a seat in a governance body (as functioneel beheer would through
 * PUT /users/{id}/memberships), directly in the database; replaces their seat in that body.
 */
export async function grantSeat(
  t: Pick<TestApp, 'db' | 'partyIds'>,
  userId: string,
  bodyKey: string,
  role: 'member' | 'chair' | 'secretary',
  votesForPartyKeys: string[] = [],
): Promise<void> {
  const k = t.db.kysely;
  const body = await k.selectFrom('bodies').select('id').where('key', '=', bodyKey).executeTakeFirstOrThrow();
  await k
    .deleteFrom('body_memberships')
    .where('user_id', '=', userId)
    .where('body_id', '=', body.id)
    .execute();
  const id = (await import('../../src/platform/ids.js')).newId();
  await k
    .insertInto('body_memberships')
    .values({ id, user_id: userId, body_id: body.id, role, created_at: new Date().toISOString() })
    .execute();
  if (votesForPartyKeys.length)
    await k
      .insertInto('body_membership_votes')
      .values(votesForPartyKeys.map((key) => ({ membership_id: id, party_id: t.partyIds.get(key) ?? '' })))
      .execute();
}
