/**
 * A fresh demo house for the demo-seed suites (issue 5 §12): a migrated database with the
 * Haaglanden configuration, the demo accounts and the demo cases seeded through the real
 * commands, and the app on top, so that each demo role can log in with the demo password and look
 * around through the real API.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { type DemoSeedResult, seedDemoCases } from '../../src/modules/demo/index.js';
import { DEMO_PASSWORD, seedDemoUsers } from '../../src/modules/identity/demo-users.js';
import { loadSettings } from '../../src/platform/config/env.js';
import { loadRootKey } from '../../src/platform/crypto/keyring.js';
import type { Db, Dialect } from '../../src/platform/db/database.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import { createApp, houseConfigFor, seedIfEmpty } from '../../src/server.js';
import { sessionCookie } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

export interface DemoHouse {
  db: Db;
  app: FastifyInstance;
  deps: { db: Db; masterKey: Buffer; rootKey: Buffer };
  /** The moment the seed ran for. */
  now: Date;
  seeded: DemoSeedResult;
  /** The id of a seeded case by its demo key. */
  idOf(key: string): string;
  get(login: string, url: string): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function openDemoHouse(dialect: Dialect): Promise<DemoHouse> {
  const database: TestDatabase = await createTestDatabase(dialect);
  const db = database.open();
  await migrateToLatest(db);
  const settings = loadSettings({ DATABASE_URL: database.url, KETENHUIS_MODE: 'demo', LOG_LEVEL: 'warn' });
  const house = houseConfigFor(settings);
  await seedIfEmpty(db, house);
  await seedDemoUsers(db.kysely);
  const masterKey = randomBytes(32);
  const rootKey = await loadRootKey(db.kysely, masterKey);
  const deps = { db, masterKey, rootKey };
  const now = new Date();
  const seeded = await seedDemoCases(deps, now);
  const app = await createApp({ db, settings, house, masterKey, rootKey });
  await app.ready();

  const cookies = new Map<string, string>();
  async function as(login: string) {
    const known = cookies.get(login);
    if (known) return known;
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: `${login}@demo.ketenhuis.example`, password: DEMO_PASSWORD },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().stage ?? 'complete').toBe('complete');
    const cookie = sessionCookie(res) as string;
    cookies.set(login, cookie);
    return cookie;
  }
  return {
    db,
    app,
    deps,
    now,
    seeded,
    idOf(key) {
      const c = seeded.cases.find((x) => x.key === key);
      if (!c) throw new Error(`geen democasus ${key}`);
      return c.id;
    },
    get: async (login, url) =>
      app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie: await as(login) } }),
    async close() {
      await app.close();
      await db.close();
      await database.drop();
    },
  };
}
