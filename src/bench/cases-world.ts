/**
 * The world the case benchmark measures: a fresh SQLite database in a temporary folder, opened,
 * migrated and seeded as `ketenhuis serve` does, with benchmark users (professionals of several
 * parties, procesregisseurs; demo accounts so they log in with a password alone) and N cases.
 * The real app is built with createApp and listens on a free port.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseContext } from '../modules/cases/context.js';
import { createUser } from '../modules/identity/user-commands.js';
import { loadSettings } from '../platform/config/env.js';
import { loadRootKey } from '../platform/crypto/keyring.js';
import { type Db, openDatabase } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrate.js';
import { createApp, houseConfigFor, seedIfEmpty } from '../server.js';
import type { BenchUser, BenchUsers } from './cases-plan.js';
import { type SeedResult, seedBenchCases } from './cases-seed.js';

export const BENCH_PASSWORD = 'zomerregen over duinen en polder';
const PARTIES = [
  'politie-den-haag',
  'parnassia-groep',
  'den-haag',
  'reclassering-nederland',
  'veilig-thuis',
  'ggd-haaglanden',
  'delft',
  'openbaar-ministerie',
];
const PER_PARTY = 5;
const REGISSEURS = 5;

export interface World {
  dir: string;
  db: Db;
  origin: string;
  users: BenchUsers;
  emails: Map<string, string>;
  seed: SeedResult;
  close(): Promise<void>;
}

async function benchUsers(db: Db): Promise<{ users: BenchUsers; emails: Map<string, string> }> {
  const parties = new Map(
    (await db.kysely.selectFrom('parties').select(['id', 'key']).execute()).map((p) => [p.key, p.id]),
  );
  const emails = new Map<string, string>();
  const professionals: BenchUser[] = [];
  for (const key of PARTIES) {
    const partyId = parties.get(key);
    if (!partyId) throw new Error(`partij ${key} ontbreekt in de huisconfiguratie`);
    for (let i = 0; i < PER_PARTY; i++) {
      const email = `${key}-${i}@bench.ketenhuis.example`;
      const id = await createUser(
        db.kysely,
        {
          email,
          displayName: `Bench ${key} ${i}`,
          partyId,
          roles: ['professional'],
          initialPassword: BENCH_PASSWORD,
        },
        { isDemo: true },
      );
      emails.set(id, email);
      professionals.push({ id, partyId });
    }
  }
  const regisseurs: string[] = [];
  for (let i = 0; i < REGISSEURS; i++) {
    const email = `procesregisseur-${i}@bench.ketenhuis.example`;
    const id = await createUser(
      db.kysely,
      {
        email,
        displayName: `Bench regisseur ${i}`,
        partyId: null,
        roles: ['procesregisseur'],
        initialPassword: BENCH_PASSWORD,
      },
      { isDemo: true },
    );
    emails.set(id, email);
    regisseurs.push(id);
  }
  return { users: { professionals, regisseurs }, emails };
}

export async function buildWorld(cases: number, log: (line: string) => void): Promise<World> {
  const dir = mkdtempSync(join(tmpdir(), 'ketenhuis-bench-cases-'));
  // Interrupted: leave no database of up to a gigabyte behind in the temporary folder.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      rmSync(dir, { recursive: true, force: true });
      process.exit(130);
    });
  const settings = loadSettings({
    DATABASE_URL: join(dir, 'bench.sqlite'),
    KETENHUIS_MODE: 'demo',
    // Access logging off: the figures measure the API, not pino writing to a terminal.
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    KETENHUIS_SHRED_LEDGER: join(dir, 'shred-ledger.jsonl'),
    HOST: '127.0.0.1',
    PORT: '0',
  });
  const house = houseConfigFor(settings);
  const masterKey = randomBytes(32);
  const db = openDatabase({ url: settings.DATABASE_URL });
  await migrateToLatest(db);
  await seedIfEmpty(db, house);
  const rootKey = await loadRootKey(db.kysely, masterKey);
  const { users, emails } = await benchUsers(db);
  const ctx = caseContext({ db, settings, house, masterKey, rootKey });
  let shown = 0;
  const seed = await seedBenchCases(ctx, settings.DATABASE_URL, users, cases, new Date(), (done) => {
    if (done - shown >= 20_000 || done === cases) {
      log(`  ${done.toLocaleString('en')} casussen geschreven`);
      shown = done;
    }
  });
  const app = await createApp({ db, settings, house, masterKey, rootKey });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    dir,
    db,
    origin: `http://127.0.0.1:${port}`,
    users,
    emails,
    seed,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}

/** Logs in through the real endpoint (demo account: password only) and returns the cookie header. */
export async function loginCookie(origin: string, email: string): Promise<string> {
  const res = await fetch(`${origin}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (res.status !== 200)
    throw new Error(`inloggen mislukt voor ${email}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.includes('session='));
  if (!cookie) throw new Error('geen sessiecookie na inloggen');
  return cookie.split(';')[0] as string;
}
