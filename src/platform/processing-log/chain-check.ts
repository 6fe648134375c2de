/**
 * Walks the chain entry by entry, in seq order, and reports the first break: a missing seq (a
 * deleted entry), an entry whose stored hash does not match its stored fields (an edited entry),
 * or an entry whose prev_hash does not match its predecessor's hash (a rewritten predecessor).
 * Pure and incremental, so verification streams in constant memory.
 */
import { entryHash, GENESIS_HASH } from './hash.js';
import type { ChainHead, StoredEntry } from './types.js';

export type BreakReason = 'seq-gap' | 'hash-mismatch' | 'prev-hash-mismatch' | 'head-mismatch';

export interface ChainBreak {
  /** The seq of the broken (or first missing) entry. */
  seq: number;
  /** Id of the entry found there; for a gap, the first entry after it (null if none). */
  id: string | null;
  reason: BreakReason;
  detail: string;
}

const short = (hash: string) => `${hash.slice(0, 12)}…`;

export class ChainChecker {
  private expectedSeq = 1;
  private prevHash = GENESIS_HASH;
  /** Entries checked and found intact. */
  count = 0;

  /** Checks the next entry; returns the break, or null when it links correctly. */
  next(entry: StoredEntry): ChainBreak | null {
    if (entry.seq !== this.expectedSeq) {
      const missing =
        entry.seq > this.expectedSeq
          ? `regel(s) ${this.expectedSeq}–${entry.seq - 1} ontbreken`
          : `seq ${entry.seq} komt dubbel of in de verkeerde volgorde voor`;
      return {
        seq: this.expectedSeq,
        id: entry.id,
        reason: 'seq-gap',
        detail: `verwacht seq ${this.expectedSeq}, gevonden seq ${entry.seq}: ${missing}`,
      };
    }
    const { hash, ...rest } = entry;
    const computed = entryHash(rest);
    if (computed !== hash) {
      return {
        seq: entry.seq,
        id: entry.id,
        reason: 'hash-mismatch',
        detail: `opgeslagen hash ${short(hash)} ≠ berekend ${short(computed)}: de regel is gewijzigd`,
      };
    }
    if (entry.prev_hash !== this.prevHash) {
      return {
        seq: entry.seq,
        id: entry.id,
        reason: 'prev-hash-mismatch',
        detail: `prev_hash ${short(entry.prev_hash)} ≠ hash van seq ${entry.seq - 1} (${short(this.prevHash)}): de keten is hier herschreven`,
      };
    }
    this.expectedSeq += 1;
    this.prevHash = hash;
    this.count += 1;
    return null;
  }

  /** After the last entry: the chain must end exactly at the head read before verifying. */
  finish(head: ChainHead): ChainBreak | null {
    const lastSeq = this.expectedSeq - 1;
    if (head.seq > lastSeq) {
      return {
        seq: lastSeq + 1,
        id: null,
        reason: 'seq-gap',
        detail: `de kop staat op seq ${head.seq}, maar de laatste regel is seq ${lastSeq}: regel(s) ${lastSeq + 1}–${head.seq} ontbreken`,
      };
    }
    if (head.hash !== this.prevHash) {
      return {
        seq: head.seq,
        id: null,
        reason: 'head-mismatch',
        detail: `de kop (hash ${short(head.hash)}) past niet bij de laatste regel (${short(this.prevHash)})`,
      };
    }
    return null;
  }
}
