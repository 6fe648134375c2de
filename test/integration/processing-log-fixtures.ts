/**
 * Shared set-up for the processing-log suites: a migrated, seeded database of either dialect,
 * complete sample entries (every column filled, so every column can be tampered with), and a way
 * to bypass the append-only triggers the way an attacker with database access would.
 */
import { sql } from 'kysely';
import { loadSettings } from '../../src/platform/config/env.js';
import type { Db, Dialect } from '../../src/platform/db/database.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import {
  appendProcessing,
  type ProcessingEntryInput,
  type StoredEntry,
} from '../../src/platform/processing-log/index.js';
import { houseConfigFor, seedIfEmpty } from '../../src/server.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

export const AANMELDING = 'urn:ketenhuis:haaglanden:verwerking:aanmelding';
export const PARTY_A = '01900000-0000-7000-8000-00000000000a';
export const PARTY_B = '01900000-0000-7000-8000-00000000000b';

export interface LogDb {
  db: Db;
  database: TestDatabase;
  close(): Promise<void>;
}

export async function logDatabase(dialect: Dialect): Promise<LogDb> {
  const database = await createTestDatabase(dialect);
  const db = database.open();
  await migrateToLatest(db);
  await seedIfEmpty(db, houseConfigFor(loadSettings({ DATABASE_URL: database.url })));
  return {
    db,
    database,
    close: async () => {
      await db.close();
      // pg's pool.end() resolves before the sockets of busy-then-idle clients have closed; give
      // them a moment, or DROP DATABASE … WITH (FORCE) kills them mid-goodbye (uncaught 57P01).
      await new Promise((r) => setTimeout(r, 200));
      await database.drop();
    },
  };
}

/** An entry with every field set; `n` varies the data subject and the case. */
export function sampleEntry(n: number, overrides: Partial<ProcessingEntryInput> = {}): ProcessingEntryInput {
  return {
    name: 'case.read',
    operation: 'read',
    processingActivityId: AANMELDING,
    purpose: `Toetsen of casus ${n} in aanmerking komt`,
    actor: { userId: `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`, partyId: PARTY_A },
    caseId: `case-${n}`,
    dataSubject: { id: (n % 16).toString(16).repeat(64), type: 'bsn-pseudonym' },
    trace: { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', parentSpanId: '00f067aa0ba902b7' },
    statusCode: 'ok',
    ...overrides,
  };
}

export function append(db: Db, inputs: ProcessingEntryInput[]): Promise<StoredEntry[]> {
  return db.kysely.transaction().execute((trx) => appendProcessing(trx, inputs));
}

/** Runs `fn` with the append-only triggers out of the way, then puts them back. */
export async function withoutTriggers(db: Db, fn: () => Promise<void>): Promise<void> {
  if (db.dialect === 'postgres') {
    await sql`alter table processing_log disable trigger user`.execute(db.kysely);
    await sql`alter table processing_log_head disable trigger user`.execute(db.kysely);
    try {
      await fn();
    } finally {
      await sql`alter table processing_log enable trigger user`.execute(db.kysely);
      await sql`alter table processing_log_head enable trigger user`.execute(db.kysely);
    }
    return;
  }
  const triggers = await sql<{ name: string; sql: string }>`
    select name, sql from sqlite_master
    where type = 'trigger' and tbl_name in ('processing_log', 'processing_log_head')`.execute(db.kysely);
  for (const t of triggers.rows) await sql.raw(`drop trigger ${t.name}`).execute(db.kysely);
  try {
    await fn();
  } finally {
    for (const t of triggers.rows) await sql.raw(t.sql).execute(db.kysely);
  }
}

/** Sets one column of one stored entry, bypassing the triggers. */
export function tamper(db: Db, id: string, column: string, value: unknown): Promise<void> {
  return withoutTriggers(db, async () => {
    await sql`update processing_log set ${sql.ref(column)} = ${value} where id = ${id}`.execute(db.kysely);
  });
}

/** The same text with one character changed to another of its kind (hex stays hex). */
export function flipOneChar(value: string): string {
  const i = Math.floor(value.length / 2);
  const c = value[i] ?? 'a';
  const next = /[0-9a-f]/.test(c)
    ? '0123456789abcdef'[('0123456789abcdef'.indexOf(c) + 1) % 16]
    : /[A-Za-z]/.test(c)
      ? c === 'z' || c === 'Z'
        ? String.fromCharCode(c.charCodeAt(0) - 1)
        : String.fromCharCode(c.charCodeAt(0) + 1)
      : c === '_'
        ? '.'
        : '_';
  return `${value.slice(0, i)}${next}${value.slice(i + 1)}`;
}
