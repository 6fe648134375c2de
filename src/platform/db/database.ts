/**
 * Opens the database: embedded SQLite (better-sqlite3) by default, PostgreSQL when DATABASE_URL
 * is a postgres URL. One Kysely query code base serves both.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { isPostgresUrl } from '../config/env.js';
import { setReadLogWriter } from '../processing-log/group-commit.js';
import { workerReadLogWriter } from '../processing-log/read-log-writer.js';
import { setPreparedQueryReader } from './prepared-query.js';
import type { Database } from './schema.js';
import { sqliteDialect } from './sqlite-dialect.js';

export type Dialect = 'sqlite' | 'postgres';

const OPTIMIZE_EVERY_MS = 3_600_000;

export interface Db {
  kysely: Kysely<Database>;
  dialect: Dialect;
  /** SQLite file path, or the PostgreSQL URL without password. */
  location: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  url: string;
  poolSize?: number;
}

/**
 * SQLite pragmas. WAL lets readers run beside the writer; synchronous=FULL makes every
 * acknowledged commit survive power loss (NORMAL could lose the last ones, see docs/privacy.md).
 */
export function openSqlite(file: string): SQLite.Database {
  if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
  const conn = new SQLite(file);
  conn.pragma('journal_mode = WAL');
  conn.pragma('synchronous = FULL');
  conn.pragma('foreign_keys = ON');
  conn.pragma('busy_timeout = 5000');
  // 64 MiB of page cache instead of 2: a large house's hot pages stay in the process, not in
  // read() calls per page (the case benchmark at 100,000 cases, docs/benchmarks.md).
  conn.pragma('cache_size = -65536');
  // Reads through a memory map of up to 2 GiB instead of a read() call and a copy per page that is
  // not in the cache: a case read touches a few pages in each of ten tables, scattered over a large
  // file, and at 100,000 cases most of them miss the 64 MiB cache (docs/benchmarks.md). The map
  // is read-only (writes still go through the WAL); its pages are the operating system's cache.
  conn.pragma('mmap_size = 2147483648');
  return conn;
}

/** A read-only connection to a database file that openSqlite opened (and made WAL) before. */
function openSqliteReader(file: string): SQLite.Database {
  const conn = new SQLite(file, { readonly: true, fileMustExist: true });
  conn.pragma('busy_timeout = 5000');
  conn.pragma('cache_size = -65536');
  conn.pragma('mmap_size = 2147483648');
  return conn;
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(ongeldige URL)';
  }
}

export function openDatabase({ url, poolSize = 10 }: OpenOptions): Db {
  if (isPostgresUrl(url)) {
    const pool = new pg.Pool({ connectionString: url, max: poolSize });
    // An idle connection that the server ends (restart, failover, an administrator) makes the pool
    // emit 'error'; unhandled, that would crash the process. The pool has already dropped that
    // client and opens a new one for the next query; queries in flight get their own errors.
    pool.on('error', () => undefined);
    // Every session speaks UTC, whatever the server's default.
    pool.on('connect', (client) => {
      client.query("SET TIME ZONE 'UTC'").catch(() => undefined);
    });
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { kysely, dialect: 'postgres', location: redactUrl(url), close: () => kysely.destroy() };
  }
  const file = url.startsWith('file:') ? url.slice('file:'.length) : url;
  const conn = openSqlite(file);
  // Planner statistics, as SQLite advises for long-lived connections: at open, then hourly
  // (through Kysely, so never inside another query's transaction). Without them the planner
  // guesses that `status = ?` selects ten rows and walks the wrong index (docs/benchmarks.md).
  conn.pragma('optimize = 0x10002');
  const kysely = new Kysely<Database>({ dialect: sqliteDialect(conn) });
  // Logged reads are committed off the event loop, by a worker with its own connection (a file
  // only: an in-memory database is this connection's alone).
  const readLog = file === ':memory:' ? null : workerReadLogWriter(file);
  if (readLog) setReadLogWriter(kysely, readLog);
  const reader = file === ':memory:' ? null : openSqliteReader(file);
  if (reader) setPreparedQueryReader(kysely, reader);
  const timer = setInterval(() => {
    sql`pragma optimize`.execute(kysely).catch(() => undefined);
  }, OPTIMIZE_EVERY_MS);
  timer.unref();
  const close = async () => {
    clearInterval(timer);
    await readLog?.close();
    reader?.close();
    await kysely.destroy();
  };
  return { kysely, dialect: 'sqlite', location: file, close };
}
