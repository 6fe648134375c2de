/**
 * The chain hash: SHA-256 (hex) over a canonical serialisation of every stored field of an entry,
 * its prev_hash included. It covers what is stored — pseudonyms and ids, never case content — so
 * later crypto-shredding of case data never breaks the chain. Pure functions.
 */
import { createHash } from 'node:crypto';
import type { ChainHead, DraftEntry, StoredEntry } from './types.js';

/** prev_hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export const EMPTY_HEAD: ChainHead = { seq: 0, hash: GENESIS_HASH };

/** Format tag, first element of every serialisation; a new format gets a new tag. */
export const HASH_FORMAT = 'ketenhuis-processing-log/1';

/** The hashed fields, in their fixed order: every column but `hash` itself. */
export const HASHED_FIELDS = [
  'id',
  'seq',
  'trace_id',
  'span_id',
  'parent_span_id',
  'name',
  'start_time',
  'end_time',
  'status_code',
  'processing_activity_id',
  'data_subject_id',
  'data_subject_id_type',
  'acting_user_id',
  'acting_party_id',
  'controller_party_id',
  'case_id',
  'purpose',
  'operation',
  'prev_hash',
] as const satisfies readonly (keyof StoredEntry)[];

/**
 * A JSON array of the format tag and the fields in HASHED_FIELDS order: unambiguous (strings are
 * quoted and escaped, null is not "null") and the same on every platform.
 */
export function canonicalEntry(entry: Omit<StoredEntry, 'hash'>): string {
  return JSON.stringify([HASH_FORMAT, ...HASHED_FIELDS.map((f) => entry[f])]);
}

export function entryHash(entry: Omit<StoredEntry, 'hash'>): string {
  return createHash('sha256').update(canonicalEntry(entry), 'utf8').digest('hex');
}

/** Gives drafts their seq, prev_hash and hash after `head`; returns the entries and the new head. */
export function chainEntries(
  head: ChainHead,
  drafts: readonly DraftEntry[],
): { entries: StoredEntry[]; head: ChainHead } {
  let seq = head.seq;
  let prev = head.hash;
  const entries = drafts.map((draft) => {
    seq += 1;
    const unsigned = { ...draft, seq, prev_hash: prev };
    const hash = entryHash(unsigned);
    prev = hash;
    return { ...unsigned, hash };
  });
  return { entries, head: { seq, hash: prev } };
}
