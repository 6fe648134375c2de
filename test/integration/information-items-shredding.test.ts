/**
 * Removed information items are crypto-shredded (issue 6 §5; Art. 1.10; AVG Art. 17): each item is
 * sealed with its own key, wrapped with the case key; removing it writes the shred ledger and
 * destroys that key before its rows go, so a copy of its rows (a backup, the WAL, dead tuples)
 * cannot be read, not even with the case key; a restore re-applies the shred; the other items of
 * the case stay readable. Items stored before item keys stay on the case key. The benchmark's seed
 * hook writes what the app writes. SQLite and PostgreSQL (the real backup file on SQLite only).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemRows } from '../../src/bench/information-items-rows.js';
import { removeCaseRows } from '../../src/modules/cases/retention.js';
import { placeOf, seal, unseal } from '../../src/modules/cases/sealing.js';
import { shredAndRemoveItems } from '../../src/modules/information/retention.js';
import { DecryptionError, decrypt } from '../../src/platform/crypto/aead.js';
import { openCaseKey } from '../../src/platform/crypto/case-keys.js';
import { ItemShreddedError, itemKeyRing, openItemKey } from '../../src/platform/crypto/item-keys.js';
import {
  readItemLedger,
  readLedger,
  readLedgerEntries,
  reapplyItemShreds,
} from '../../src/platform/crypto/shred-ledger.js';
import { backupSqlite, restoreSqlite } from '../../src/platform/db/backup.js';
import { openDatabase } from '../../src/platform/db/database.js';
import type { Database } from '../../src/platform/db/schema.js';
import { nowUtc } from '../../src/platform/ids.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { caseInExecution, castOf } from './cases-execution-fixtures.js';
import { api } from './cases-fixtures.js';
import { post } from './information-items-fixtures.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n');

/** The tables that hold an item, parents first: what a backup taken before its removal still has. */
const itemTables = [
  ['information_item_keys', 'item_id'],
  ['information_items', 'id'],
  ['information_item_parties', 'item_id'],
  ['information_item_persons', 'item_id'],
  ['information_attachments', 'item_id'],
] as const;

type Snapshot = [table: string, rows: Record<string, unknown>[]][];
const rowOf = (copy: Snapshot, table: string) => {
  const row = copy.find(([t]) => t === table)?.[1][0];
  if (!row) throw new Error(`no ${table} row in the copy`);
  return row;
};

describe.each(dialects)('shredding removed information items on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof api>;
  let dir: string;
  let ledger: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ketenhuis-item-shred-'));
    ledger = join(dir, 'shred-ledger.jsonl');
    t = await createTestApp(dialect, { KETENHUIS_SHRED_LEDGER: ledger });
    call = api(t);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const db = () => t.db.kysely;
  const newItem = async (
    caseId: string,
    title: string,
    over: object = {},
    as: Parameters<typeof call>[0] = 'professional',
  ) => {
    const res = await call(as, 'POST', `/cases/${caseId}/information-items`, {
      title,
      body: `Inhoud van ${title}`,
      regime: 'politie',
      visibility: 'all-participants',
      useInActionPlan: false,
      ...over,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const upload = async (itemId: string) => {
    const res = await call('professional', 'POST', `/information-items/${itemId}/attachments`, {
      filename: 'pv.pdf',
      content: PDF.toString('base64'),
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const caseKey = (caseId: string, on: Kysely<Database> = db()) => openCaseKey(on, t.masterKey, caseId);
  /** Every row of an item, as a backup taken now would hold them. */
  const snapshot = async (itemId: string) => {
    const out: Snapshot = [];
    for (const [table, column] of itemTables)
      out.push([
        table,
        await db()
          .selectFrom(table)
          .selectAll()
          .where(column as 'item_id', '=', itemId)
          .execute(),
      ]);
    return out;
  };
  const putBack = async (copy: Snapshot) => {
    for (const [table, rows] of copy)
      for (const row of rows)
        await db()
          .insertInto(table as 'information_items')
          .values(row as never)
          .execute();
  };
  const rowsOf = async (itemId: string, on: Kysely<Database> = db()) => ({
    item: await on.selectFrom('information_items').select('id').where('id', '=', itemId).executeTakeFirst(),
    attachments: await on
      .selectFrom('information_attachments')
      .select('id')
      .where('item_id', '=', itemId)
      .execute(),
    key: await on
      .selectFrom('information_item_keys')
      .selectAll()
      .where('item_id', '=', itemId)
      .executeTakeFirst(),
  });
  const titleOf = async (caseId: string, itemId: string, on: Kysely<Database> = db()) => {
    const row = await on
      .selectFrom('information_items')
      .select('title_enc')
      .where('id', '=', itemId)
      .executeTakeFirstOrThrow();
    const key = await openItemKey(on, await caseKey(caseId, on), caseId, itemId);
    return unseal(key, 'information_items', 'title', itemId, row.title_enc);
  };
  /** An item as stored before migration 0034: sealed with the case key, without a key row. */
  const makeLegacy = async (caseId: string, itemId: string) => {
    const ck = await caseKey(caseId);
    const ik = await openItemKey(db(), ck, caseId, itemId);
    const row = await db()
      .selectFrom('information_items')
      .select(['title_enc', 'body_enc'])
      .where('id', '=', itemId)
      .executeTakeFirstOrThrow();
    const reseal = (column: string, sealed: string) =>
      seal(ck, 'information_items', column, itemId, unseal(ik, 'information_items', column, itemId, sealed));
    await db()
      .updateTable('information_items')
      .set({ title_enc: reseal('title', row.title_enc), body_enc: reseal('body', row.body_enc) })
      .where('id', '=', itemId)
      .execute();
    await db().deleteFrom('information_item_keys').where('item_id', '=', itemId).execute();
  };

  it('seals every item with its own key, wrapped with the case key; items from before item keys stay on the case key', async () => {
    const c = await caseInExecution(t);
    const id = await newItem(c.id, 'Proces-verbaal');
    const attachmentId = await upload(id);
    const key = await rowsOf(id);
    expect(key.key).toMatchObject({ case_id: c.id, shredded_at: null });
    expect(key.key?.wrapped_key).toMatch(/^v1\./);
    const ck = await caseKey(c.id);
    const ik = await openItemKey(db(), ck, c.id, id);
    expect(ik.equals(ck)).toBe(false);
    const row = await db()
      .selectFrom('information_items')
      .select('title_enc')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const file = await db()
      .selectFrom('information_attachments')
      .select(['content_enc', 'filename_enc'])
      .where('id', '=', attachmentId)
      .executeTakeFirstOrThrow();
    // The case key alone opens nothing of the item: not its title, its file name or its content.
    expect(() => unseal(ck, 'information_items', 'title', id, row.title_enc)).toThrow(DecryptionError);
    expect(() => unseal(ck, 'information_attachments', 'filename', attachmentId, file.filename_enc)).toThrow(
      DecryptionError,
    );
    const place = placeOf('information_attachments', 'content', attachmentId);
    expect(() => decrypt(ck, file.content_enc, place)).toThrow(DecryptionError);
    expect(unseal(ik, 'information_items', 'title', id, row.title_enc)).toBe('Proces-verbaal');
    expect(decrypt(ik, file.content_enc, place).equals(PDF)).toBe(true);
    // A wrapped key moved to another item does not unwrap there (AAD: case and item).
    const other = await newItem(c.id, 'Ander item');
    await db()
      .updateTable('information_item_keys')
      .set({ wrapped_key: key.key?.wrapped_key as string })
      .where('item_id', '=', other)
      .execute();
    await expect(openItemKey(db(), ck, c.id, other)).rejects.toThrow(DecryptionError);
    await db().deleteFrom('information_items').where('id', '=', other).execute();

    // Stored before item keys (migration 0034): read with the case key, through the API as ever.
    const legacy = await newItem(c.id, 'Oud item');
    await makeLegacy(c.id, legacy);
    const read = await call('professional', 'GET', `/information-items/${legacy}`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({ title: 'Oud item', body: 'Inhoud van Oud item' });
    const list = await call('professional', 'GET', `/cases/${c.id}/information-items`);
    expect(list.statusCode, list.body).toBe(200);
    const titles = (list.json().items as { id: string; title: string }[]).map((i) => i.title);
    expect(titles).toEqual(expect.arrayContaining(['Proces-verbaal', 'Oud item']));
  });

  it('shreds what the scrub removes: a copy of its rows stays unreadable, even with the case key; the rest of the case stays readable', async () => {
    const c = await caseInExecution(t);
    const cast = await castOf(t);
    const keep = await newItem(c.id, 'Blijft bewaard');
    const drop = await newItem(c.id, 'Wordt verwijderd');
    const attachmentId = await upload(drop);
    const legacy = await newItem(c.id, 'Oud en verwijderd');
    await makeLegacy(c.id, legacy);
    const hidden = await newItem(
      c.id,
      'Ingetrokken',
      // Art. 15.2: Parnassia may not provide police data (Wpg); health data it may.
      { visibility: 'procesregisseur-only', regime: 'bijzonder' },
      cast.participant.session,
    );
    const withdrawn = await call(
      cast.participant.session,
      'POST',
      `/information-items/${hidden}/withdraw`,
      {},
      '"v1"',
    );
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const before = { drop: await snapshot(drop), hidden: await snapshot(hidden) };

    let etag = (await call('procesregisseur', 'GET', `/cases/${c.id}/execution`)).headers.etag as string;
    etag = await post(t, 'procesregisseur', `/cases/${c.id}/propose-deescalation`, etag, {
      evaluation: 'Criteria gehaald',
    });
    etag = await post(t, 'procesregisseur', `/cases/${c.id}/approve-deescalation`, etag);
    etag = await post(t, cast.coordinator.session, `/cases/${c.id}/approve-deescalation`, etag);
    const scrub = await call('procesregisseur', 'GET', `/cases/${c.id}/scrub`);
    expect(scrub.statusCode, scrub.body).toBe(200);
    const elements = scrub.json().elements as { type: string; id: string; preview: string | null }[];
    const previews = Object.fromEntries(
      elements.filter((e) => e.type === 'information-item').map((e) => [e.id, e.preview]),
    );
    expect(previews).toEqual({
      [keep]: 'Blijft bewaard',
      [drop]: 'Wordt verwijderd',
      [legacy]: 'Oud en verwijderd',
    });
    const decisions = elements.map((e) =>
      e.id === drop || e.id === legacy
        ? { type: e.type, id: e.id, decision: 'remove' }
        : { type: e.type, id: e.id, decision: 'keep', reason: 'Nodig voor nazorg' },
    );
    const done = await call('procesregisseur', 'POST', `/cases/${c.id}/scrub`, { decisions }, etag);
    expect(done.statusCode, done.body).toBe(200);

    // The ledger names every removed item — never with a caseId, which would shred the whole case.
    const entries = readLedgerEntries(ledger);
    expect(entries.itemIds).toEqual(expect.arrayContaining([drop, legacy, hidden]));
    expect(readLedger(ledger)).not.toContain(c.id);
    // Rows gone; the key destroyed, its tombstone kept (also for the item from before item keys).
    for (const id of [drop, legacy, hidden]) {
      const left = await rowsOf(id);
      expect(left.item, id).toBeUndefined();
      expect(left.attachments).toEqual([]);
      expect(left.key).toMatchObject({ case_id: c.id, wrapped_key: null });
      expect(left.key?.shredded_at).toEqual(expect.any(String));
    }
    const ck = await caseKey(c.id);
    const ring = await itemKeyRing(db(), ck, c.id, [keep, drop, hidden]);
    expect(() => ring.keyOf(drop)).toThrow(ItemShreddedError);
    expect(() => ring.keyOf(hidden)).toThrow(ItemShreddedError);
    // A copy of the old rows (as a backup, the WAL or a dead tuple holds them) opens with nothing
    // the database still has: not with the case key, and there is no item key left.
    const oldItem = rowOf(before.drop, 'information_items') as { title_enc: string; body_enc: string };
    const oldFile = rowOf(before.drop, 'information_attachments') as {
      content_enc: string;
      filename_enc: string;
    };
    expect(() => unseal(ck, 'information_items', 'title', drop, oldItem.title_enc)).toThrow(DecryptionError);
    expect(() => unseal(ck, 'information_items', 'body', drop, oldItem.body_enc)).toThrow(DecryptionError);
    expect(() =>
      decrypt(ck, oldFile.content_enc, placeOf('information_attachments', 'content', attachmentId)),
    ).toThrow(DecryptionError);
    // The other items of the case stay readable.
    expect(
      unseal(ring.keyOf(keep), 'information_items', 'title', keep, (await titleRow(keep)).title_enc),
    ).toBe('Blijft bewaard');
    expect((await call('professional', 'GET', `/information-items/${drop}`)).statusCode).toBe(404);
    const kept = await call('professional', 'GET', `/information-items/${keep}`);
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json().body).toBe('Inhoud van Blijft bewaard');
  });

  const titleRow = (id: string) =>
    db().selectFrom('information_items').select('title_enc').where('id', '=', id).executeTakeFirstOrThrow();

  it('re-applies an item shred to a restored copy: the key is destroyed again and the rows go, the rest stays readable', async () => {
    const c = await caseInExecution(t);
    const keep = await newItem(c.id, 'Blijft');
    const drop = await newItem(c.id, 'Gaat');
    await upload(drop);
    const own = join(dir, 'restore-ledger.jsonl');
    const copy = await snapshot(drop); // the backup, taken before the removal
    await db()
      .transaction()
      .execute((trx) => shredAndRemoveItems(trx, own, c.id, [drop]));
    expect(readItemLedger(own)).toEqual([drop]);
    expect((await rowsOf(drop)).key?.wrapped_key).toBeNull();

    // pg_restore or a restored SQLite file brings the old rows back, live key included: readable.
    await db().deleteFrom('information_item_keys').where('item_id', '=', drop).execute();
    await putBack(copy);
    expect(await titleOf(c.id, drop)).toBe('Gaat');
    // ... until the ledger is re-applied (ketenhuis restore).
    expect(await reapplyItemShreds(db(), readItemLedger(own))).toBe(1);
    const left = await rowsOf(drop);
    expect(left.item).toBeUndefined();
    expect(left.attachments).toEqual([]);
    expect(left.key?.wrapped_key).toBeNull();
    const ck = await caseKey(c.id);
    const oldItem = rowOf(copy, 'information_items') as { title_enc: string };
    expect(() => unseal(ck, 'information_items', 'title', drop, oldItem.title_enc)).toThrow(DecryptionError);
    await expect(openItemKey(db(), ck, c.id, drop)).rejects.toThrow(ItemShreddedError);
    expect(await titleOf(c.id, keep)).toBe('Blijft');
    // Idempotent: nothing left to do a second time.
    expect(await reapplyItemShreds(db(), readItemLedger(own))).toBe(0);
  });

  it.runIf(dialect === 'sqlite')(
    'restores a backup taken before the removal without the item: from the ledger, or from the live tombstone',
    async () => {
      const c = await caseInExecution(t);
      const keep = await newItem(c.id, 'Blijft in de back-up');
      const drop = await newItem(c.id, 'Weg na de back-up');
      await upload(drop);
      const backup = join(dir, 'before.sqlite');
      await backupSqlite(t.database.url, backup);
      const own = join(dir, 'backup-ledger.jsonl');
      await db()
        .transaction()
        .execute((trx) => shredAndRemoveItems(trx, own, c.id, [drop]));

      const expectRestored = async (file: string) => {
        const restored = openDatabase({ url: file });
        try {
          const left = await rowsOf(drop, restored.kysely);
          expect(left.item).toBeUndefined();
          expect(left.attachments).toEqual([]);
          expect(left.key?.wrapped_key).toBeNull();
          const ck = await caseKey(c.id, restored.kysely);
          await expect(openItemKey(restored.kysely, ck, c.id, drop)).rejects.toThrow(ItemShreddedError);
          expect(await titleOf(c.id, keep, restored.kysely)).toBe('Blijft in de back-up');
        } finally {
          await restored.close();
        }
      };
      // The live database is lost: the ledger alone.
      const lost = join(dir, 'lost.sqlite');
      expect(await restoreSqlite(backup, lost, own)).toEqual({ reshredded: 0, reshreddedItems: 1 });
      await expectRestored(lost);
      // Restored over the live database, without the ledger: the live tombstone is carried over.
      const live = join(dir, 'live.sqlite');
      await backupSqlite(t.database.url, live);
      const none = join(dir, 'no-ledger.jsonl');
      expect(await restoreSqlite(backup, live, none)).toEqual({ reshredded: 0, reshreddedItems: 1 });
      await expectRestored(live);
    },
  );

  it('removes the item keys with the case at the end of retention', async () => {
    const c = await caseInExecution(t);
    await newItem(c.id, 'Tot het einde');
    const shredded = await newItem(c.id, 'Eerder verwijderd');
    await db()
      .transaction()
      .execute((trx) => shredAndRemoveItems(trx, join(dir, 'retention-ledger.jsonl'), c.id, [shredded]));
    await db()
      .transaction()
      .execute((trx) => removeCaseRows(trx, c.id));
    const keys = await db()
      .selectFrom('information_item_keys')
      .select('item_id')
      .where('case_id', '=', c.id)
      .execute();
    expect(keys).toEqual([]);
  });

  it("lets the benchmark's seed hook write items exactly as the app does, key rows included", async () => {
    const c = await caseInExecution(t);
    const ck = await caseKey(c.id);
    const persons = await db().selectFrom('case_persons').select('id').where('case_id', '=', c.id).execute();
    const rows = itemRows(ck, {
      caseId: c.id,
      providers: [{ partyId: t.partyIds.get('politie-den-haag') as string, userId: t.users.professional.id }],
      personIds: persons.map((p) => p.id),
      namedPartyIds: [t.partyIds.get('politie-den-haag') as string],
      count: 4,
      createdAt: nowUtc(),
    });
    expect(rows.filter(([table]) => table === 'information_item_keys')).toHaveLength(4);
    for (const [table, row] of rows)
      await db()
        .insertInto(table as 'information_items')
        .values(row as never)
        .execute();
    const list = await call('procesregisseur', 'GET', `/cases/${c.id}/information-items`);
    expect(list.statusCode, list.body).toBe(200);
    const seeded = (list.json().items as { title: string }[]).filter((i) =>
      i.title.startsWith('Informatie '),
    );
    expect(seeded.map((i) => i.title).sort()).toEqual([
      'Informatie 1: stand van zaken',
      'Informatie 2: stand van zaken',
      'Informatie 3: stand van zaken',
      'Informatie 4: stand van zaken',
    ]);
  });
});
