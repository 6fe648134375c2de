/**
 * The world the case benchmark measures: a fresh SQLite database in a temporary folder, opened,
 * migrated and seeded as `ketenhuis serve` does, with benchmark users (professionals of several
 * parties, procesregisseurs; demo accounts so they log in with a password alone) and N cases.
 * The real app is built with createApp and listens on a free port.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  /** Kept for reuse (KETENHUIS_BENCH_KEEP): not removed at the end. */
  keep: boolean;
  /** The SQLite file the app serves. */
  file: string;
  db: Db;
  /** The house's master key (the seed wraps case keys with it; the 200-item case needs one). */
  masterKey: Buffer;
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

/** What a kept world needs to be measured again: its master key, users and seed plan. */
interface KeptWorld {
  cases: number;
  masterKey: string;
  users: BenchUsers;
  emails: [string, string][];
  seed: SeedResult;
}

/**
 * KETENHUIS_BENCH_KEEP=<folder> keeps the seeded world there and reuses it on the next run with the
 * same --cases (for iterating on the read path without seeding again; migrations still run, so new
 * indexes apply). Reported figures come from a fresh world: the kept one grows with every run's log.
 */
function keptWorld(cases: number): { dir: string; kept: KeptWorld | null; keep: boolean } {
  const folder = process.env.KETENHUIS_BENCH_KEEP;
  if (!folder) return { dir: mkdtempSync(join(tmpdir(), 'ketenhuis-bench-cases-')), kept: null, keep: false };
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'world.json');
  const kept = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as KeptWorld) : null;
  if (kept && kept.cases !== cases) throw new Error(`${folder} bevat een wereld van ${kept.cases} casussen`);
  return { dir: folder, kept, keep: true };
}

export async function buildWorld(cases: number, log: (line: string) => void): Promise<World> {
  const { dir, kept, keep } = keptWorld(cases);
  // Interrupted: leave no database of up to a gigabyte behind in the temporary folder.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      if (!keep) rmSync(dir, { recursive: true, force: true });
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
  const masterKey = kept ? Buffer.from(kept.masterKey, 'hex') : randomBytes(32);
  const db = openDatabase({ url: settings.DATABASE_URL });
  await migrateToLatest(db);
  await seedIfEmpty(db, house);
  const rootKey = await loadRootKey(db.kysely, masterKey);
  let users: BenchUsers;
  let emails: Map<string, string>;
  let seed: SeedResult;
  if (kept) {
    ({ users, seed } = kept);
    emails = new Map(kept.emails);
    log(`  bewaarde wereld in ${dir} hergebruikt`);
  } else {
    ({ users, emails } = await benchUsers(db));
    const ctx = caseContext({ db, settings, house, masterKey, rootKey });
    let shown = 0;
    seed = await seedBenchCases(ctx, settings.DATABASE_URL, users, cases, new Date(), (done) => {
      if (done - shown >= 20_000 || done === cases) {
        log(`  ${done.toLocaleString('en')} casussen geschreven`);
        shown = done;
      }
    });
    if (keep) {
      const world: KeptWorld = {
        cases,
        masterKey: masterKey.toString('hex'),
        users,
        emails: [...emails],
        seed,
      };
      writeFileSync(join(dir, 'world.json'), JSON.stringify(world), { mode: 0o600 });
    }
  }
  const app = await createApp({ db, settings, house, masterKey, rootKey });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    dir,
    keep,
    file: settings.DATABASE_URL,
    db,
    masterKey,
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
