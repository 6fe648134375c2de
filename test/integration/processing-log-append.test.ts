/**
 * Appending to the processing log on both databases: round trip through verification, one entry
 * per data subject, a write and its entries commit or roll back together, unknown processing
 * activities are refused, and many concurrent writers (and, on PostgreSQL, two servers) keep the
 * chain gapless and intact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appendProcessing,
  entryHash,
  GENESIS_HASH,
  ProcessingLogError,
  readHead,
  verifyChain,
} from '../../src/platform/processing-log/index.js';
import { dialects } from '../support/db.js';
import {
  AANMELDING,
  append,
  type LogDb,
  logDatabase,
  PARTY_A,
  sampleEntry,
} from './processing-log-fixtures.js';

describe.each(dialects)('processing log appends on %s', (dialect) => {
  let t: LogDb;
  beforeAll(async () => {
    t = await logDatabase(dialect);
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

  it('starts empty and verifies', async () => {
    expect(await readHead(t.db.kysely)).toEqual({ seq: 0, hash: GENESIS_HASH });
    expect(await verifyChain(t.db.kysely)).toEqual({
      ok: true,
      count: 0,
      head: { seq: 0, hash: GENESIS_HASH },
    });
  });

  it('stores exactly what it hashed, and the chain verifies', async () => {
    const [stored] = await append(t.db, [sampleEntry(1)]);
    expect(stored).toMatchObject({ seq: 1, prev_hash: GENESIS_HASH, processing_activity_id: AANMELDING });
    const row = await t.db.kysely
      .selectFrom('processing_log')
      .selectAll()
      .where('id', '=', stored?.id ?? '')
      .executeTakeFirstOrThrow();
    const { hash, ...rest } = { ...row, seq: Number(row.seq) };
    expect(entryHash(rest)).toBe(hash);
    expect({ ...row, seq: Number(row.seq) }).toEqual(stored);
    expect(stored?.trace_id).toMatch(/^[0-9a-f]{32}$/);
    expect(stored?.span_id).toMatch(/^[0-9a-f]{16}$/);
    expect(stored?.start_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const result = await verifyChain(t.db.kysely);
    expect(result).toMatchObject({ ok: true, count: 1, head: { seq: 1, hash: stored?.hash } });
  });

  it('writes one entry per data subject, chained in order, in one call', async () => {
    const before = await readHead(t.db.kysely);
    const subjects = [1, 2, 3].map((n) => sampleEntry(n, { name: 'case.create', operation: 'create' }));
    const stored = await append(t.db, subjects);
    expect(stored.map((e) => e.seq)).toEqual([before.seq + 1, before.seq + 2, before.seq + 3]);
    expect(stored.map((e) => e.data_subject_id)).toEqual(subjects.map((s) => s.dataSubject?.id));
    expect(stored[0]?.prev_hash).toBe(before.hash);
    expect(stored[1]?.prev_hash).toBe(stored[0]?.hash);
    expect(new Set(stored.map((e) => e.span_id)).size).toBe(3);
    expect(new Set(stored.map((e) => e.trace_id)).size).toBe(1);
    expect((await verifyChain(t.db.kysely)).ok).toBe(true);
  });

  it('takes the purpose from the processing register when none is given', async () => {
    const [stored] = await append(t.db, [sampleEntry(4, { purpose: undefined })]);
    const activity = await t.db.kysely
      .selectFrom('processing_activities')
      .select('purpose')
      .where('uri', '=', AANMELDING)
      .executeTakeFirstOrThrow();
    expect(stored?.purpose).toBe(activity.purpose);
  });

  it('refuses unknown processing activities, BSNs as data subject, and appends outside a transaction', async () => {
    await expect(
      append(t.db, [
        sampleEntry(5, { processingActivityId: 'urn:ketenhuis:haaglanden:verwerking:bestaat-niet' }),
      ]),
    ).rejects.toThrow(/niet in het verwerkingsregister/);
    await expect(
      append(t.db, [sampleEntry(5, { dataSubject: { id: '111222333', type: 'bsn' } })]),
    ).rejects.toThrow(ProcessingLogError);
    await expect(appendProcessing(t.db.kysely as never, [sampleEntry(5)])).rejects.toThrow(
      /binnen de transactie/,
    );
    expect((await verifyChain(t.db.kysely)).ok).toBe(true);
  });

  it('rolls back the log entries when the write fails after appending', async () => {
    const head = await readHead(t.db.kysely);
    const n = await count();
    await expect(
      t.db.kysely.transaction().execute(async (trx) => {
        await appendProcessing(trx, [sampleEntry(6)]);
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    expect(await readHead(t.db.kysely)).toEqual(head);
    expect(await count()).toBe(n);
  });

  it('rolls back the write when its log append fails', async () => {
    const party = await t.db.kysely.selectFrom('parties').select(['id', 'name']).executeTakeFirstOrThrow();
    await expect(
      t.db.kysely.transaction().execute(async (trx) => {
        await trx
          .updateTable('parties')
          .set({ name: 'Gewijzigd zonder log' })
          .where('id', '=', party.id)
          .execute();
        await appendProcessing(trx, [sampleEntry(7, { processingActivityId: 'urn:onbekend' })]);
      }),
    ).rejects.toThrow(ProcessingLogError);
    const after = await t.db.kysely
      .selectFrom('parties')
      .select('name')
      .where('id', '=', party.id)
      .executeTakeFirstOrThrow();
    expect(after.name).toBe(party.name);
  });

  it('commits a write and its entries together', async () => {
    const party = await t.db.kysely.selectFrom('parties').select(['id', 'name']).executeTakeFirstOrThrow();
    const stored = await t.db.kysely.transaction().execute(async (trx) => {
      await trx
        .updateTable('parties')
        .set({ name: `${party.name} ` })
        .where('id', '=', party.id)
        .execute();
      return appendProcessing(trx, [sampleEntry(8, { operation: 'update', name: 'party.update' })]);
    });
    expect(await readHead(t.db.kysely)).toEqual({ seq: stored[0]?.seq, hash: stored[0]?.hash });
    await t.db.kysely.updateTable('parties').set({ name: party.name }).where('id', '=', party.id).execute();
  });

  it('keeps the chain gapless under 50 concurrent transactions', async () => {
    const head = await readHead(t.db.kysely);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.db.kysely.transaction().execute(async (trx) => {
          await trx.selectFrom('parties').select('id').where('id', '=', PARTY_A).execute();
          return appendProcessing(trx, [sampleEntry(i), sampleEntry(i + 1)]);
        }),
      ),
    );
    const after = await verifyChain(t.db.kysely);
    expect(after).toMatchObject({ ok: true, head: { seq: head.seq + 100 } });
    const seqs = (await t.db.kysely.selectFrom('processing_log').select('seq').orderBy('seq').execute()).map(
      (r) => Number(r.seq),
    );
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
  });

  it.runIf(dialect === 'postgres')(
    'keeps the chain intact with two servers (connection pools) appending',
    async () => {
      const other = t.database.open();
      try {
        const head = await readHead(t.db.kysely);
        const burst = (db: typeof t.db, offset: number) =>
          Array.from({ length: 25 }, (_, i) =>
            db.kysely
              .transaction()
              .execute((trx) => appendProcessing(trx, [sampleEntry(offset + i), sampleEntry(i)])),
          );
        await Promise.all([...burst(t.db, 100), ...burst(other, 200)]);
        expect(await verifyChain(t.db.kysely)).toMatchObject({ ok: true, head: { seq: head.seq + 100 } });
        expect(await verifyChain(other.kysely, { batchSize: 7 })).toMatchObject({
          ok: true,
          count: head.seq + 100,
        });
      } finally {
        await other.close();
      }
    },
  );
});
