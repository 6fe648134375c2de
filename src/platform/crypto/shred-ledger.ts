/**
 * The shred ledger: an append-only file, kept apart from the database and its backups, listing
 * every case and every information item whose key was destroyed. A restore re-applies it, so that
 * a case or item shredded after a backup was taken stays unreadable in the restored copy. It holds
 * ids and times only — no personal data. Written and fsynced BEFORE the shred commits: if the
 * commit then fails, the worst outcome is that a restore shreds a case or item whose removal was
 * already under way.
 *
 * Format: one JSON object a line — `{"caseId":…,"at":…}` for a case, `{"itemId":…,"at":…}` for an
 * item (issue 6 §5). An item line never carries a `caseId`: a reader from before item lines
 * existed takes every line with a `caseId` for a whole case, and skips the others.
 */
import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { nowUtc } from '../ids.js';
import { shredCaseKey, shreddedCaseIds } from './case-keys.js';
import { reshredItemKeys, shreddedItemIds, shredItemKeys } from './item-keys.js';

function appendLines(path: string, lines: readonly object[]): void {
  if (!lines.length) return;
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'a+', 0o600);
  try {
    // A line torn by a crash must not swallow the next entry: start on a line of our own.
    const size = fstatSync(fd).size;
    const last = Buffer.alloc(1);
    const torn = size > 0 && readSync(fd, last, 0, 1, size - 1) === 1 && last[0] !== 0x0a;
    writeSync(fd, `${torn ? '\n' : ''}${lines.map((l) => `${JSON.stringify(l)}\n`).join('')}`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function appendToLedger(path: string, caseId: string): void {
  appendLines(path, [{ caseId, at: nowUtc() }]);
}

/** One line per item, written with one fsync. */
export function appendItemsToLedger(path: string, itemIds: readonly string[]): void {
  const at = nowUtc();
  appendLines(
    path,
    itemIds.map((itemId) => ({ itemId, at })),
  );
}

export interface LedgerEntries {
  caseIds: string[];
  itemIds: string[];
}

export function readLedgerEntries(path: string): LedgerEntries {
  const out: LedgerEntries = { caseIds: [], itemIds: [] };
  if (!existsSync(path)) return out;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    let v: { caseId?: unknown; itemId?: unknown };
    try {
      v = JSON.parse(line) as typeof v;
    } catch {
      continue; // a torn last line after a crash
    }
    if (typeof v.caseId === 'string') out.caseIds.push(v.caseId);
    else if (typeof v.itemId === 'string') out.itemIds.push(v.itemId);
  }
  return out;
}

/** The shredded cases in the ledger. */
export const readLedger = (path: string): string[] => readLedgerEntries(path).caseIds;
/** The shredded information items in the ledger. */
export const readItemLedger = (path: string): string[] => readLedgerEntries(path).itemIds;

/** Shreds a case: ledger first, then the key. */
export async function shredCase(db: Kysely<Database>, ledgerPath: string, caseId: string): Promise<boolean> {
  appendToLedger(ledgerPath, caseId);
  return shredCaseKey(db, caseId);
}

/**
 * Shreds information items of one case (issue 6 §5): ledger first (one fsync for all), then their
 * keys, in the caller's transaction. The caller deletes the rows after this.
 */
export async function shredItems(
  db: Kysely<Database>,
  ledgerPath: string,
  caseId: string,
  itemIds: readonly string[],
): Promise<number> {
  if (!itemIds.length) return 0;
  appendItemsToLedger(ledgerPath, itemIds);
  return shredItemKeys(db, caseId, itemIds);
}

/** After a restore: destroy again every key the ledger (and the old live database) says was shredded. */
export async function reapplyShreds(db: Kysely<Database>, caseIds: Iterable<string>): Promise<number> {
  let n = 0;
  for (const id of new Set(caseIds)) if (await shredCaseKey(db, id)) n++;
  return n;
}

/**
 * After a restore: re-applies the removal of every item the ledger (and the old live database)
 * says was shredded — its key destroyed again and what is left of its rows deleted (attachments,
 * links and disclosure links go with them, ON DELETE CASCADE), as the removal did. Deleting the
 * rows, not only the key, keeps a removed item's metadata (provider, regime, persons) from coming
 * back, and keeps unreadable items out of every read path. A backup from before an item had a key
 * (migration 0034) or before items existed at all is handled: what is not there is skipped.
 * Returns how many items of the restored copy were shredded or removed again.
 */
export async function reapplyItemShreds(db: Kysely<Database>, itemIds: Iterable<string>): Promise<number> {
  const ids = [...new Set(itemIds)];
  if (!ids.length) return 0;
  const tables = new Set((await db.introspection.getTables()).map((t) => t.name));
  const touched = new Set<string>();
  if (tables.has('information_item_keys')) for (const id of await reshredItemKeys(db, ids)) touched.add(id);
  if (tables.has('information_items'))
    for (let i = 0; i < ids.length; i += 500) {
      const part = ids.slice(i, i + 500);
      const present = await db.selectFrom('information_items').select('id').where('id', 'in', part).execute();
      if (!present.length) continue;
      await db
        .deleteFrom('information_items')
        .where(
          'id',
          'in',
          present.map((r) => r.id),
        )
        .execute();
      for (const r of present) touched.add(r.id);
    }
  return touched.size;
}

export { shreddedCaseIds, shreddedItemIds };
