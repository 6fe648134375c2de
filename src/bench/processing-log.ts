/**
 * Benchmark of the processing log (`npm run bench:log`): appends per second with durable commits
 * on SQLite (file, WAL, synchronous=FULL) and PostgreSQL, one writer and 50 concurrent
 * transactions, against a plain insert without the chain; and `verify` time per million entries.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { loadSettings } from '../platform/config/env.js';
import { type Db, openDatabase } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrate.js';
import {
  appendProcessing,
  type ProcessingEntryInput,
  verifyChain,
} from '../platform/processing-log/index.js';
import { houseConfigFor, seedIfEmpty } from '../server.js';

const PG_ADMIN = process.env.KETENHUIS_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.KETENHUIS_BENCH_SECONDS ?? 6);
const VERIFY_ENTRIES = Number(process.env.KETENHUIS_BENCH_VERIFY_ENTRIES ?? 200_000);
const CONCURRENCY = 50;

const entry = (n: number): ProcessingEntryInput => ({
  name: 'case.read',
  operation: 'read',
  processingActivityId: 'urn:ketenhuis:haaglanden:verwerking:aanmelding',
  actor: { userId: '01900000-0000-7000-8000-000000000001', partyId: '01900000-0000-7000-8000-00000000000a' },
  caseId: `case-${n % 997}`,
  dataSubject: { id: randomBytes(32).toString('hex'), type: 'bsn-pseudonym' },
  trace: { traceId: randomBytes(16).toString('hex'), parentSpanId: null },
});

/** Runs `work` from `workers` concurrent loops for `seconds`; returns operations per second. */
async function throughput(workers: number, seconds: number, work: (n: number) => Promise<unknown>) {
  const deadline = performance.now() + seconds * 1000;
  let done = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (performance.now() < deadline) await work(done++);
    }),
  );
  return done / ((performance.now() - start) / 1000);
}

async function plainTable(db: Db) {
  await sql`create table bench_plain (id text primary key, case_id text not null, subject text not null, at text not null)`.execute(
    db.kysely,
  );
}

/** The same kind of write without the log: one row, in its own durable transaction. */
const plainInsert = (db: Db) => (n: number) =>
  db.kysely
    .transaction()
    .execute((trx) =>
      sql`insert into bench_plain values (${randomBytes(16).toString('hex')}, ${`case-${n}`}, ${randomBytes(32).toString('hex')}, ${new Date().toISOString()})`.execute(
        trx,
      ),
    );

const chainedAppend =
  (db: Db, perTransaction = 1) =>
  (n: number) =>
    db.kysely.transaction().execute((trx) =>
      appendProcessing(
        trx,
        Array.from({ length: perTransaction }, (_, i) => entry(n + i)),
      ),
    );

async function prepare(db: Db, url: string) {
  await migrateToLatest(db);
  await seedIfEmpty(db, houseConfigFor(loadSettings({ DATABASE_URL: url })));
  await plainTable(db);
}

async function measure(label: string, db: Db) {
  const rows: string[] = [];
  const row = (what: string, perSecond: number) => {
    rows.push(`| ${label} | ${what} | ${Math.round(perSecond).toLocaleString('en')} |`);
    console.error(`  ${label}: ${what}: ${Math.round(perSecond)}/s`);
  };
  row('plain insert, 1 writer (baseline)', await throughput(1, SECONDS, plainInsert(db)));
  row(
    `plain insert, ${CONCURRENCY} concurrent (baseline)`,
    await throughput(CONCURRENCY, SECONDS, plainInsert(db)),
  );
  row('log append, 1 writer', await throughput(1, SECONDS, chainedAppend(db)));
  row(`log append, ${CONCURRENCY} concurrent`, await throughput(CONCURRENCY, SECONDS, chainedAppend(db)));
  const batched = await throughput(CONCURRENCY, SECONDS, chainedAppend(db, 10));
  row(`log append, ${CONCURRENCY} concurrent, 10 subjects per transaction (entries/s)`, batched * 10);
  const result = await verifyChain(db.kysely);
  if (!result.ok) throw new Error(`chain broken after the throughput runs: ${result.broken.detail}`);
  return rows;
}

async function verifyTiming(label: string, db: Db) {
  const head = (await verifyChain(db.kysely)).head.seq;
  const fill = Math.max(0, VERIFY_ENTRIES - head);
  const t0 = performance.now();
  for (let done = 0; done < fill; done += 1000) await chainedAppend(db, Math.min(1000, fill - done))(done);
  const filled = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  const result = await verifyChain(db.kysely, { batchSize: 10_000 });
  const seconds = (performance.now() - t1) / 1000;
  if (!result.ok) throw new Error(`chain broken: ${result.broken.detail}`);
  const perMillion = (seconds / result.count) * 1_000_000;
  console.error(
    `  ${label}: filled ${fill} entries in ${filled.toFixed(1)} s; verified ${result.count} in ${seconds.toFixed(2)} s`,
  );
  return `| ${label} | ${result.count.toLocaleString('en')} | ${seconds.toFixed(2)} s | ${perMillion.toFixed(1)} s (extrapolated) |`;
}

async function withSqlite<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'ketenhuis-bench-'));
  const url = join(dir, 'bench.sqlite');
  const db = openDatabase({ url });
  try {
    await prepare(db, url);
    return await fn(db);
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function withPostgres<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const name = `ketenhuis_bench_${randomBytes(4).toString('hex')}`;
  const admin = async (text: string) => {
    const c = new pg.Client({ connectionString: PG_ADMIN });
    await c.connect();
    try {
      await c.query(text);
    } finally {
      await c.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(PG_ADMIN);
  url.pathname = `/${name}`;
  const db = openDatabase({ url: url.toString(), poolSize: CONCURRENCY });
  try {
    await prepare(db, url.toString());
    return await fn(db);
  } finally {
    await db.close();
    await new Promise((r) => setTimeout(r, 200));
    await admin(`drop database if exists ${name} with (force)`);
  }
}

async function main() {
  const started = Date.now();
  console.error(
    `Benchmark processing log: ${SECONDS} s per run, ${CONCURRENCY} concurrent, verify on ${VERIFY_ENTRIES}`,
  );
  const throughputRows = [
    ...(await withSqlite((db) => measure('SQLite', db))),
    ...(await withPostgres((db) => measure('PostgreSQL', db))),
  ];
  const verifyRows = [
    await withSqlite((db) => verifyTiming('SQLite', db)),
    await withPostgres((db) => verifyTiming('PostgreSQL', db)),
  ];
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`;
  console.log(
    [
      `Date: ${new Date().toISOString().slice(0, 10)}; machine: ${machine}; total ${((Date.now() - started) / 1000).toFixed(0)} s`,
      '',
      '| Database | Run | Per second |',
      '| --- | --- | ---: |',
      ...throughputRows,
      '',
      '| Database | Entries verified | Time | Per million |',
      '| --- | ---: | ---: | ---: |',
      ...verifyRows,
    ].join('\n'),
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
