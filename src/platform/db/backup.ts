/**
 * Backup and restore of the embedded SQLite database. Backups use SQLite's online backup API, so
 * the server may keep running. A restore replaces the database file (with the server stopped) and
 * re-applies the shred ledger and the live database's tombstones — of cases and of single
 * information items (issue 6 §5) — so that crypto-shredding is never undone by a restore.
 * PostgreSQL is backed up with pg_dump (docs/privacy.md, "Backups").
 */
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { readLedgerEntries, reapplyItemShreds, reapplyShreds } from '../crypto/shred-ledger.js';
import { openSqlite } from './database.js';
import type { Database } from './schema.js';

/** The most pages better-sqlite3 lets one backup step copy: the whole database. */
const ALL_PAGES = 0x7fffffff;

export async function backupSqlite(dbFile: string, outFile: string): Promise<void> {
  if (existsSync(outFile)) throw new Error(`${outFile} bestaat al; kies een nieuw bestand`);
  const source = new SQLite(dbFile, { readonly: true, fileMustExist: true });
  try {
    // All pages in one step, so in one read transaction: one consistent snapshot. Copied a hundred
    // pages at a time, the backup starts over whenever another connection commits between steps,
    // and under a steady writer (the server's read-log worker) it might never finish. The step
    // blocks this process (the CLI) for the copy, not the server, whose writes go on beside it (WAL).
    await source.backup(outFile, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
}

/** Tombstones (of cases and of items) in a database file that may or may not exist. */
function tombstonesIn(dbFile: string): { caseIds: string[]; itemIds: string[] } {
  const none = { caseIds: [], itemIds: [] };
  if (!existsSync(dbFile)) return none;
  const conn = new SQLite(dbFile, { readonly: true });
  try {
    const has = (table: string) =>
      conn.prepare("select 1 from sqlite_master where type = 'table' and name = ?").get(table) !== undefined;
    const ids = (query: string) => (conn.prepare(query).all() as { id: string }[]).map((r) => r.id);
    return {
      caseIds: has('case_keys')
        ? ids('select case_id as id from case_keys where shredded_at is not null')
        : [],
      itemIds: has('information_item_keys')
        ? ids('select item_id as id from information_item_keys where shredded_at is not null')
        : [],
    };
  } finally {
    conn.close();
  }
}

export interface RestoreResult {
  /** Cases whose key was destroyed again. */
  reshredded: number;
  /** Information items of the restored copy shredded and removed again. */
  reshreddedItems: number;
}

export async function restoreSqlite(
  backupFile: string,
  dbFile: string,
  ledgerPath: string,
): Promise<RestoreResult> {
  if (!existsSync(backupFile)) throw new Error(`${backupFile} bestaat niet`);
  const ledger = readLedgerEntries(ledgerPath);
  const live = tombstonesIn(dbFile);
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
    return {
      reshredded: await reapplyShreds(kysely, [...ledger.caseIds, ...live.caseIds]),
      reshreddedItems: await reapplyItemShreds(kysely, [...ledger.itemIds, ...live.itemIds]),
    };
  } finally {
    await kysely.destroy();
  }
}
