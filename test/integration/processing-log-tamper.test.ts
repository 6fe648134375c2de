/**
 * Tamper evidence on both databases: the triggers refuse UPDATE, DELETE (and TRUNCATE on
 * PostgreSQL); with the triggers out of the way, a one-character change in any column of one
 * entry, or a deleted entry, is named by `audit verify`; a consistently rewritten log (hashes
 * recomputed) passes the chain check but not a signed checkpoint made before the rewrite.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditCheckpoint, auditVerify } from '../../src/modules/processing-log/audit-command.js';
import { chainEntries, HASHED_FIELDS } from '../../src/platform/processing-log/hash.js';
import {
  ChainChecker,
  checkpointProblem,
  checkpointSigningKey,
  type StoredEntry,
  verifyChain,
} from '../../src/platform/processing-log/index.js';
import { dialects } from '../support/db.js';
import {
  append,
  flipOneChar,
  type LogDb,
  logDatabase,
  sampleEntry,
  tamper,
  withoutTriggers,
} from './processing-log-fixtures.js';

describe.each(dialects)('processing log tamper evidence on %s', (dialect) => {
  let t: LogDb;
  let entries: StoredEntry[];
  beforeAll(async () => {
    t = await logDatabase(dialect);
    entries = await append(
      t.db,
      [1, 2, 3, 4, 5].map((n) => sampleEntry(n)),
    );
  });
  afterAll(() => t.close());

  const k = () => t.db.kysely;
  const victim = () => entries[2] as StoredEntry; // seq 3

  it('refuses UPDATE and DELETE on the log, and moving the head backwards', async () => {
    await expect(sql`update processing_log set purpose = 'x' where seq = 3`.execute(k())).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from processing_log where seq = 3`.execute(k())).rejects.toThrow(/append-only/);
    await expect(sql`delete from processing_log`.execute(k())).rejects.toThrow(/append-only/);
    await expect(sql`update processing_log_head set last_seq = 1`.execute(k())).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from processing_log_head`.execute(k())).rejects.toThrow(/append-only/);
    expect(await verifyChain(k())).toMatchObject({ ok: true, count: 5 });
  });

  it.runIf(dialect === 'postgres')('refuses TRUNCATE on PostgreSQL', async () => {
    await expect(sql`truncate processing_log`.execute(k())).rejects.toThrow(/append-only/);
    await expect(sql`truncate processing_log_head`.execute(k())).rejects.toThrow(/append-only/);
  });

  const columns = [...HASHED_FIELDS, 'hash'] as const;

  it.each(columns)('names the entry whose %s was changed by one character', async (column) => {
    const original = victim()[column];
    const changed =
      column === 'seq'
        ? 7 // 3 → 7: one bit
        : column === 'status_code'
          ? 'error'
          : column === 'operation'
            ? 'update'
            : flipOneChar(String(original));
    await tamper(t.db, victim().id, column, changed);
    const where = column === 'id' ? String(changed) : victim().id;
    try {
      const result = await auditVerify(k(), {});
      expect(result.exitCode).toBe(3);
      const verdict = await verifyChain(k());
      expect(verdict.ok).toBe(false);
      if (verdict.ok) return;
      expect(verdict.broken.seq).toBe(3);
      if (column === 'seq') {
        // The entry left its place: seq 3 is missing, like a deletion.
        expect(verdict.broken.reason).toBe('seq-gap');
      } else {
        expect(verdict.broken).toMatchObject({ id: where, reason: 'hash-mismatch' });
      }
      expect(result.lines[0]).toContain('seq 3');
    } finally {
      await tamper(t.db, where, column, original);
    }
    expect(await verifyChain(k())).toMatchObject({ ok: true, count: 5 });
  });

  it('names a deleted entry as a gap, and a deleted tail against the head', async () => {
    const cut = async (seq: number) =>
      withoutTriggers(t.db, async () => {
        await sql`delete from processing_log where seq = ${seq}`.execute(k());
      });
    const restore = async (entry: StoredEntry) =>
      t.db.kysely.insertInto('processing_log').values(entry).execute();
    await cut(3);
    const middle = await verifyChain(k());
    expect(middle).toMatchObject({ ok: false, broken: { seq: 3, id: entries[3]?.id, reason: 'seq-gap' } });
    await restore(victim());
    await cut(5);
    const tail = await verifyChain(k());
    expect(tail).toMatchObject({ ok: false, broken: { seq: 5, id: null, reason: 'seq-gap' } });
    await restore(entries[4] as StoredEntry);
    expect(await verifyChain(k())).toMatchObject({ ok: true, count: 5 });
  });

  it('signs a checkpoint, verifies it, and catches a log rewritten after it', async () => {
    const master = randomBytes(32);
    const key = checkpointSigningKey(undefined, master);
    const { checkpoint, publicKey } = await auditCheckpoint(k(), key);
    expect(checkpoint).toMatchObject({ seq: 5, hash: entries[4]?.hash, house: 'haaglanden' });
    expect(publicKey).toBe(checkpoint.publicKey);
    await append(t.db, [sampleEntry(6), sampleEntry(7)]);
    const ok = await auditVerify(k(), { checkpoint, publicKey: key });
    expect(ok.exitCode).toBe(0);
    expect(ok.lines.join('\n')).toMatch(/OK: 7 regels[\s\S]*Checkpoint .* klopt/);

    // A forged or altered checkpoint, or another key, is refused.
    expect(await checkpointProblem(k(), { ...checkpoint, seq: 4 }, key)).toMatch(/handtekening is ongeldig/);
    const stranger = generateKeyPairSync('ed25519').privateKey;
    expect(await checkpointProblem(k(), checkpoint, stranger)).toMatch(/andere sleutel/);

    // Rewrite from seq 3 on with recomputed hashes: the chain itself verifies again…
    const all = (await k().selectFrom('processing_log').selectAll().orderBy('seq').execute()).map((r) => ({
      ...r,
      seq: Number(r.seq),
    }));
    const kept = all.slice(0, 2);
    const drafts = all
      .slice(2)
      .map(({ seq: _s, prev_hash: _p, hash: _h, ...draft }, i) =>
        i === 0 ? { ...draft, purpose: 'Herschreven doel' } : draft,
      );
    const rewritten = chainEntries({ seq: 2, hash: kept[1]?.hash ?? '' }, drafts);
    await withoutTriggers(t.db, async () => {
      await sql`delete from processing_log where seq > 2`.execute(k());
      await k().insertInto('processing_log').values(rewritten.entries).execute();
      await k()
        .updateTable('processing_log_head')
        .set({ last_seq: rewritten.head.seq, last_hash: rewritten.head.hash })
        .execute();
    });
    expect(await verifyChain(k())).toMatchObject({ ok: true, count: 7 });
    // …but the checkpoint made before the rewrite catches it.
    const caught = await auditVerify(k(), { checkpoint, publicKey: key });
    expect(caught.exitCode).toBe(3);
    expect(caught.lines.at(-1)).toMatch(/CHECKPOINT KLOPT NIET: seq 5 .* herschreven/);
  });

  it('checks in constant memory batches (the checker is incremental)', async () => {
    const small = await verifyChain(k(), { batchSize: 2 });
    expect(small).toMatchObject({ ok: true, count: 7 });
    const checker = new ChainChecker();
    expect(checker.finish({ seq: 0, hash: '0'.repeat(64) })).toBeNull();
  });
});
