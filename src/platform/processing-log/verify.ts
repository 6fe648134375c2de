/**
 * Verifies the whole chain from the database: reads the head first, then streams the entries up
 * to that head in batches by seq (constant memory, unaffected by appends that happen meanwhile)
 * and checks each one with ChainChecker.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { readHead } from './append.js';
import { type ChainBreak, ChainChecker } from './chain-check.js';
import { toStoredEntry } from './rows.js';
import type { ChainHead, StoredEntry } from './types.js';

export type VerifyResult =
  | { ok: true; count: number; head: ChainHead }
  | { ok: false; count: number; head: ChainHead; broken: ChainBreak };

export interface VerifyOptions {
  batchSize?: number;
  /** Called after every batch with the number of entries checked so far. */
  onProgress?: (checked: number) => void;
}

/** The entries with seq in (after, upTo], in batches of `batchSize`, in seq order. */
export async function* entriesUpTo(
  db: Kysely<Database>,
  upTo: number,
  batchSize: number,
): AsyncGenerator<StoredEntry[]> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('processing_log')
      .selectAll()
      .where('seq', '>', after)
      .where('seq', '<=', upTo)
      .orderBy('seq')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) return;
    const batch = rows.map(toStoredEntry);
    yield batch;
    after = batch.at(-1)?.seq ?? upTo;
    if (rows.length < batchSize) return;
  }
}

export async function verifyChain(db: Kysely<Database>, options: VerifyOptions = {}): Promise<VerifyResult> {
  const batchSize = options.batchSize ?? 10_000;
  const head = await readHead(db);
  const checker = new ChainChecker();
  for await (const batch of entriesUpTo(db, head.seq, batchSize)) {
    for (const entry of batch) {
      const broken = checker.next(entry);
      if (broken) return { ok: false, count: checker.count, head, broken };
    }
    options.onProgress?.(checker.count);
  }
  const broken = checker.finish(head);
  return broken
    ? { ok: false, count: checker.count, head, broken }
    : { ok: true, count: checker.count, head };
}
