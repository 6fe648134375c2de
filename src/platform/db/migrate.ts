/**
 * Runs the migrations, under a lock so that two processes never migrate at once.
 * PostgreSQL: Kysely's migrator takes a session advisory lock. SQLite: Kysely only serialises
 * within one process, so we first take a write lock on a small lock file beside the database
 * (`BEGIN IMMEDIATE`, retried until free; SQLite releases it even if we crash).
 */
import SQLite from 'better-sqlite3';
import { type MigrationResultSet, Migrator } from 'kysely';
import { migrations } from '../../migrations/index.js';
import type { Db } from './database.js';

export class MigrationError extends Error {
  override name = 'MigrationError';
}

function migrator(db: Db): Migrator {
  return new Migrator({
    db: db.kysely,
    provider: { getMigrations: async () => migrations },
  });
}

async function withSqliteLock<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  if (db.dialect !== 'sqlite' || db.location === ':memory:') return fn();
  const lock = new SQLite(`${db.location}.migrate-lock`, { timeout: 5000 });
  try {
    lock.exec('CREATE TABLE IF NOT EXISTS migrate_lock (id INTEGER PRIMARY KEY)');
    // Poll without blocking the event loop, so that a second migrator in this same process
    // (tests, or a CLI beside a server) waits instead of deadlocking.
    lock.pragma('busy_timeout = 0');
    const deadline = Date.now() + 120_000;
    for (;;) {
      try {
        lock.exec('BEGIN IMMEDIATE');
        break;
      } catch (err) {
        if ((err as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw err;
        await new Promise((r) => setTimeout(r, 25 + Math.random() * 50));
      }
    }
    try {
      return await fn();
    } finally {
      lock.exec('ROLLBACK');
    }
  } finally {
    lock.close();
  }
}

function check(result: MigrationResultSet): string[] {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    throw new MigrationError(
      `migratie ${failed?.migrationName ?? '(onbekend)'} mislukt: ${(result.error as Error).message ?? result.error}`,
    );
  }
  return (result.results ?? []).map((r) => `${r.direction === 'Up' ? '↑' : '↓'} ${r.migrationName}`);
}

/** Brings the schema to the newest version; returns the names of the migrations it ran. */
export function migrateToLatest(db: Db): Promise<string[]> {
  return withSqliteLock(db, async () => check(await migrator(db).migrateToLatest()));
}

/** Undoes the last migration (used by tests and by operators rolling back a release). */
export function migrateDown(db: Db): Promise<string[]> {
  return withSqliteLock(db, async () => check(await migrator(db).migrateDown()));
}

/** Undoes every migration. Destroys all data: only for tests and `ketenhuis migrate --to zero`. */
export async function migrateToZero(db: Db): Promise<string[]> {
  const { NO_MIGRATIONS } = await import('kysely');
  return withSqliteLock(db, async () => check(await migrator(db).migrateTo(NO_MIGRATIONS)));
}

export async function pendingMigrations(db: Db): Promise<string[]> {
  const all = await migrator(db).getMigrations();
  return all.filter((m) => !m.executedAt).map((m) => m.name);
}
