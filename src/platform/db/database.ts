/**
 * Opens the database: embedded SQLite (better-sqlite3) by default, PostgreSQL when DATABASE_URL
 * is a postgres URL. One Kysely query code base serves both.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { isPostgresUrl } from '../config/env.js';
import type { Database } from './schema.js';
import { withStatementCache } from './statement-cache.js';

export type Dialect = 'sqlite' | 'postgres';

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
    // Every session speaks UTC, whatever the server's default.
    pool.on('connect', (client) => {
      client.query("SET TIME ZONE 'UTC'").catch(() => undefined);
    });
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { kysely, dialect: 'postgres', location: redactUrl(url), close: () => kysely.destroy() };
  }
  const file = url.startsWith('file:') ? url.slice('file:'.length) : url;
  const database = withStatementCache(openSqlite(file));
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return { kysely, dialect: 'sqlite', location: file, close: () => kysely.destroy() };
}
