/**
 * Backup and restore of the embedded SQLite database. Backups use SQLite's online backup API, so
 * the server may keep running. A restore replaces the database file (with the server stopped) and
 * re-applies the shred ledger and the live database's tombstones, so that crypto-shredding is
 * never undone by a restore. PostgreSQL is backed up with pg_dump (docs/privacy.md, "Backups").
 */
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { readLedger, reapplyShreds } from '../crypto/shred-ledger.js';
import { openSqlite } from './database.js';
import type { Database } from './schema.js';

export async function backupSqlite(dbFile: string, outFile: string): Promise<void> {
  if (existsSync(outFile)) throw new Error(`${outFile} bestaat al; kies een nieuw bestand`);
  const source = new SQLite(dbFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(outFile);
  } finally {
    source.close();
  }
}

/** Tombstones in a database file that may or may not exist. */
function tombstonesIn(dbFile: string): string[] {
  if (!existsSync(dbFile)) return [];
  const conn = new SQLite(dbFile, { readonly: true });
  try {
    const hasTable = conn
      .prepare("select 1 from sqlite_master where type = 'table' and name = 'case_keys'")
      .get();
    if (!hasTable) return [];
    return (
      conn.prepare('select case_id from case_keys where shredded_at is not null').all() as {
        case_id: string;
      }[]
    ).map((r) => r.case_id);
  } finally {
    conn.close();
  }
}

export interface RestoreResult {
  reshredded: number;
}

export async function restoreSqlite(
  backupFile: string,
  dbFile: string,
  ledgerPath: string,
): Promise<RestoreResult> {
  if (!existsSync(backupFile)) throw new Error(`${backupFile} bestaat niet`);
  const mustShred = [...readLedger(ledgerPath), ...tombstonesIn(dbFile)];
  // Check the backup opens before anything is replaced.
  const probe = new SQLite(backupFile, { readonly: true, fileMustExist: true });
  probe.pragma('quick_check');
  probe.close();
  const staging = `${dbFile}.restoring`;
  rmSync(staging, { force: true });
  copyFileSync(backupFile, staging);
  for (const suffix of ['-wal', '-shm']) rmSync(`${dbFile}${suffix}`, { force: true });
  renameSync(staging, dbFile);
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: openSqlite(dbFile) }) });
  try {
    return { reshredded: await reapplyShreds(kysely, mustShred) };
  } finally {
    await kysely.destroy();
  }
}
