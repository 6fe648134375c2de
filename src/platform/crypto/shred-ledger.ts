/**
 * The shred ledger: an append-only file, kept apart from the database and its backups, listing
 * every case whose key was destroyed. A restore re-applies it, so a case shredded after a backup
 * was taken stays unreadable in the restored copy. It holds case ids and times only — no personal
 * data. Written and fsynced BEFORE the shred commits: if the commit then fails, the worst outcome
 * is that a restore shreds a case whose removal was already under way.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { nowUtc } from '../ids.js';
import { shredCaseKey, shreddedCaseIds } from './case-keys.js';

export function appendToLedger(path: string, caseId: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'a', 0o600);
  try {
    writeSync(fd, `${JSON.stringify({ caseId, at: nowUtc() })}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function readLedger(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .flatMap((l) => {
      try {
        const v = JSON.parse(l) as { caseId?: unknown };
        return typeof v.caseId === 'string' ? [v.caseId] : [];
      } catch {
        return []; // a torn last line after a crash
      }
    });
}

/** Shreds a case: ledger first, then the key. */
export async function shredCase(db: Kysely<Database>, ledgerPath: string, caseId: string): Promise<boolean> {
  appendToLedger(ledgerPath, caseId);
  return shredCaseKey(db, caseId);
}

/** After a restore: destroy again every key the ledger (and the old live database) says was shredded. */
export async function reapplyShreds(db: Kysely<Database>, caseIds: Iterable<string>): Promise<number> {
  let n = 0;
  for (const id of new Set(caseIds)) if (await shredCaseKey(db, id)) n++;
  return n;
}

export { shreddedCaseIds };
