/**
 * Row conversion between the database and StoredEntry. PostgreSQL returns bigint columns as
 * strings; seq is kept a JS number (exact up to 2^53) everywhere else. Pure.
 */
import type { ChainHead, StoredEntry } from './types.js';

export type RawEntry = Omit<StoredEntry, 'seq'> & { seq: number | string };

export function toStoredEntry(row: RawEntry): StoredEntry {
  return { ...row, seq: Number(row.seq) };
}

export function toHead(row: { last_seq: number | string; last_hash: string }): ChainHead {
  return { seq: Number(row.last_seq), hash: row.last_hash };
}
