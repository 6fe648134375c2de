/**
 * Logged reads on an SQLite file are committed by a worker thread with its own connection
 * (read-log-writer.ts), beside the server's own write transactions on the same file: every
 * entry lands exactly once, the chain stays gapless and verifies, a write that reads before it
 * writes is not refused while the worker commits (BEGIN IMMEDIATE), a bad entry fails only its
 * own caller, and closing the database waits for the worker.
 */
import { threadId } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLogWriterOf } from '../../src/platform/processing-log/group-commit.js';
import {
  appendProcessing,
  logRead,
  ProcessingLogError,
  verifyChain,
} from '../../src/platform/processing-log/index.js';
import { type LogDb, logDatabase, sampleEntry } from './processing-log-fixtures.js';

describe('the read-log writer on an SQLite file', () => {
  let t: LogDb;
  beforeAll(async () => {
    t = await logDatabase('sqlite');
  });
  afterAll(() => t.close());

  const count = async () =>
    Number(
      (
        await t.db.kysely
          .selectFrom('processing_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('commits 200 concurrent reads, one entry each, into one gapless chain', async () => {
    const before = await count();
    const stored = await Promise.all(
      Array.from({ length: 200 }, (_, i) => logRead(t.db.kysely, [sampleEntry(i)])),
    );
    expect(stored.map((s) => s.length)).toEqual(Array(200).fill(1));
    expect(new Set(stored.flat().map((e) => e.seq)).size).toBe(200);
    expect(await count()).toBe(before + 200);
    expect((await verifyChain(t.db.kysely)).ok).toBe(true);
  });

  it('lets a transaction that reads first and writes later finish while the worker commits', async () => {
    // With a deferred BEGIN the worker could commit between this transaction's read and its
    // write, and SQLite would refuse the write at once (SQLITE_BUSY_SNAPSHOT: its snapshot is
    // stale, waiting cannot help). The write lock taken at BEGIN makes the worker wait instead.
    await logRead(t.db.kysely, [sampleEntry(0)]); // the worker runs
    const before = await count();
    for (let i = 0; i < 5; i++) {
      let during: Promise<unknown> = Promise.resolve();
      await t.db.kysely.transaction().execute(async (trx) => {
        await trx.selectFrom('processing_log_head').selectAll().execute();
        during = logRead(t.db.kysely, [sampleEntry(2_000 + i)]);
        await new Promise((r) => setTimeout(r, 50));
        await appendProcessing(trx, [sampleEntry(1_000 + i)]);
      });
      await during;
    }
    expect(await count()).toBe(before + 10);
    expect((await verifyChain(t.db.kysely)).ok).toBe(true);
  });
});

describe('the read-log writer refuses what it cannot log', () => {
  let t: LogDb;
  beforeAll(async () => {
    t = await logDatabase('sqlite');
  });
  afterAll(() => t.close());

  it('fails only the caller whose entry the register does not know, in the same batch as good ones', async () => {
    const unknown = sampleEntry(7, {
      processingActivityId: 'urn:ketenhuis:haaglanden:verwerking:bestaat-niet',
    });
    const results = await Promise.allSettled([
      logRead(t.db.kysely, [sampleEntry(1)]),
      logRead(t.db.kysely, [unknown]),
      logRead(t.db.kysely, [sampleEntry(2)]),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const failed = results[1] as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(ProcessingLogError);
    expect(String(failed.reason.message)).toContain('verwerkingsregister');
    expect((await verifyChain(t.db.kysely)).ok).toBe(true);
  });

  it('runs in a worker thread, which stops when the database closes', async () => {
    const other = await logDatabase('sqlite');
    const writer = readLogWriterOf(other.db.kysely);
    expect(writer?.threadId()).toBeNull(); // started by the first logged read
    await logRead(other.db.kysely, [sampleEntry(3)]);
    expect(writer?.threadId()).toEqual(expect.any(Number));
    expect(writer?.threadId()).not.toBe(threadId);
    await other.close();
    expect(writer?.threadId()).toBeNull();
    // A read after close starts no new worker.
    await expect(logRead(other.db.kysely, [sampleEntry(4)])).rejects.toBeInstanceOf(ProcessingLogError);
    expect(writer?.threadId()).toBeNull();
  });
});
