/**
 * A real Ketenhuis app on a real database, driven in-process with `inject`. Callers act as a
 * principal by sending `x-test-as: <name>`; that resolver exists only here, in tests, standing in
 * for the identity module's sessions.
 */
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { Principal } from '../../src/platform/auth/principal.js';
import { loadSettings } from '../../src/platform/config/env.js';
import type { Db, Dialect } from '../../src/platform/db/database.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import { createApp, houseConfigFor, seedIfEmpty } from '../../src/server.js';
import { createTestDatabase, type TestDatabase } from './db.js';

export const principals = {
  beheer: { userId: 'u-beheer', organisationId: 'house', roles: ['functioneel_beheer'] },
  manager: { userId: 'u-manager', organisationId: 'house', roles: ['manager'] },
  procesregisseur: { userId: 'u-pr', organisationId: 'house', roles: ['procesregisseur'] },
  informatiecentrum: { userId: 'u-ic', organisationId: 'house', roles: ['informatiecentrum'] },
  secretaris: { userId: 'u-secr', organisationId: 'house', roles: ['secretaris'] },
  professional: { userId: 'u-prof', organisationId: 'party', roles: ['professional'] },
} satisfies Record<string, Principal>;

export type As = keyof typeof principals | 'anonymous';
export const everyone: As[] = ['anonymous', ...(Object.keys(principals) as (keyof typeof principals)[])];

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  database: TestDatabase;
  logs: string[];
  close(): Promise<void>;
}

export async function createTestApp(dialect: Dialect, env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const db = database.open();
  await migrateToLatest(db);
  const settings = loadSettings({ DATABASE_URL: database.url, LOG_LEVEL: 'info', ...env });
  const house = houseConfigFor(settings);
  await seedIfEmpty(db, house);
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  const app = await createApp({
    db,
    settings,
    house,
    logStream,
    resolvePrincipal: (req) => {
      const as = req.headers['x-test-as'];
      return typeof as === 'string' && as in principals ? principals[as as keyof typeof principals] : null;
    },
  });
  await app.ready();
  return {
    app,
    db,
    database,
    logs,
    close: async () => {
      await app.close();
      await db.close();
      await database.drop();
    },
  };
}

export const asHeaders = (as: As): Record<string, string> => (as === 'anonymous' ? {} : { 'x-test-as': as });
