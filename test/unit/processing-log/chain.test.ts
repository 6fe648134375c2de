/** The chain hash and the incremental chain check, without a database. */
import { describe, expect, it } from 'vitest';
import { ChainChecker } from '../../../src/platform/processing-log/chain-check.js';
import {
  canonicalEntry,
  chainEntries,
  EMPTY_HEAD,
  entryHash,
  GENESIS_HASH,
  HASHED_FIELDS,
} from '../../../src/platform/processing-log/hash.js';
import type { DraftEntry, StoredEntry } from '../../../src/platform/processing-log/types.js';

const draft = (n: number): DraftEntry => ({
  id: `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`,
  trace_id: 'a'.repeat(32),
  span_id: 'b'.repeat(16),
  parent_span_id: null,
  name: 'case.read',
  start_time: '2025-03-01T10:00:00.000Z',
  end_time: '2025-03-01T10:00:00.005Z',
  status_code: 'ok',
  processing_activity_id: 'urn:ketenhuis:haaglanden:verwerking:aanmelding',
  data_subject_id: 'c'.repeat(64),
  data_subject_id_type: 'bsn-pseudonym',
  acting_user_id: null,
  acting_party_id: null,
  controller_party_id: null,
  case_id: `case-${n}`,
  purpose: 'Toets "aanmelding", met ë',
  operation: 'read',
});

const check = (entries: StoredEntry[]) => {
  const checker = new ChainChecker();
  for (const e of entries) {
    const broken = checker.next(e);
    if (broken) return broken;
  }
  return checker.finish({ seq: entries.at(-1)?.seq ?? 0, hash: entries.at(-1)?.hash ?? GENESIS_HASH });
};

describe('chain hash', () => {
  it('covers every stored field but the hash, in a fixed order', () => {
    expect(HASHED_FIELDS).toHaveLength(19);
    const { entries } = chainEntries(EMPTY_HEAD, [draft(1)]);
    const e = entries[0] as StoredEntry;
    const { hash, ...rest } = e;
    expect(JSON.parse(canonicalEntry(rest))).toEqual([
      'ketenhuis-processing-log/1',
      ...HASHED_FIELDS.map((f) => e[f]),
    ]);
    expect(entryHash(rest)).toBe(hash);
    for (const field of HASHED_FIELDS) {
      const changed = { ...rest, [field]: field === 'seq' ? 2 : `${String(rest[field])}x` };
      expect(entryHash(changed), field).not.toBe(hash);
    }
  });

  it('distinguishes null from the text "null" and keeps field boundaries', () => {
    const { hash: _h, ...a } = chainEntries(EMPTY_HEAD, [draft(1)]).entries[0] as StoredEntry;
    expect(entryHash({ ...a, parent_span_id: null })).not.toBe(entryHash({ ...a, parent_span_id: 'null' }));
    expect(entryHash({ ...a, name: 'ab', purpose: 'c' })).not.toBe(
      entryHash({ ...a, name: 'a', purpose: 'bc' }),
    );
  });

  it('links each entry to the previous one and continues from a head', () => {
    const first = chainEntries(EMPTY_HEAD, [draft(1), draft(2)]);
    expect(first.entries.map((e) => e.seq)).toEqual([1, 2]);
    expect(first.entries[0]?.prev_hash).toBe(GENESIS_HASH);
    expect(first.entries[1]?.prev_hash).toBe(first.entries[0]?.hash);
    const next = chainEntries(first.head, [draft(3)]);
    expect(next.entries[0]).toMatchObject({ seq: 3, prev_hash: first.head.hash });
    expect(check([...first.entries, ...next.entries])).toBeNull();
  });
});

describe('ChainChecker', () => {
  const { entries } = chainEntries(EMPTY_HEAD, [1, 2, 3, 4].map(draft));

  it('names an edited entry, a missing one, and a rewritten predecessor', () => {
    const edited = entries.map((e) => (e.seq === 2 ? { ...e, purpose: 'anders' } : e));
    expect(check(edited)).toMatchObject({ seq: 2, id: entries[1]?.id, reason: 'hash-mismatch' });

    const gap = entries.filter((e) => e.seq !== 3);
    expect(check(gap)).toMatchObject({ seq: 3, id: entries[3]?.id, reason: 'seq-gap' });

    const rewritten = chainEntries({ seq: 1, hash: entries[0]?.hash ?? '' }, [
      { ...draft(2), purpose: 'anders' },
    ]);
    const spliced = [entries[0], rewritten.entries[0], entries[2], entries[3]] as StoredEntry[];
    expect(check(spliced)).toMatchObject({ seq: 3, reason: 'prev-hash-mismatch' });
  });

  it('compares the end of the chain with the head', () => {
    const checker = new ChainChecker();
    for (const e of entries.slice(0, 3)) expect(checker.next(e)).toBeNull();
    expect(checker.finish({ seq: 4, hash: entries[3]?.hash ?? '' })).toMatchObject({
      seq: 4,
      reason: 'seq-gap',
      id: null,
    });
    expect(checker.finish({ seq: 3, hash: GENESIS_HASH })).toMatchObject({ reason: 'head-mismatch' });
    expect(checker.finish({ seq: 3, hash: entries[2]?.hash ?? '' })).toBeNull();
    expect(checker.count).toBe(3);
  });
});
