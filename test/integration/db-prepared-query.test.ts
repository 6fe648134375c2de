/**
 * Prepared queries (src/platform/db/prepared-query.ts) on both databases: compiled once, run with
 * fresh values; outside a transaction they never see another request's uncommitted writes (on
 * SQLite they run on a read-only connection of their own), inside one they see its own writes,
 * and after a commit everyone sees them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/platform/config/env.js';
import type { Db } from '../../src/platform/db/database.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import { type Params, preparedQuery } from '../../src/platform/db/prepared-query.js';
import { houseConfigFor, seedIfEmpty } from '../../src/server.js';
import { createTestDatabase, dialects, type TestDatabase } from '../support/db.js';

const partyName = preparedQuery((db, p: Params<{ id: string }>) =>
  db.selectFrom('parties').select(['id', 'name']).where('id', '=', p.id),
);

describe.each(dialects)('prepared queries on %s', (dialect) => {
  let database: TestDatabase;
  let db: Db;
  let partyId: string;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    db = database.open();
    await migrateToLatest(db);
    await seedIfEmpty(db, houseConfigFor(loadSettings({ DATABASE_URL: database.url })));
    partyId = (await db.kysely.selectFrom('parties').select('id').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => {
    await db.close();
    await new Promise((r) => setTimeout(r, 200));
    await database.drop();
  });

  it('answers with the values of each call', async () => {
    const [row] = await partyName(db.kysely, { id: partyId });
    expect(row?.id).toBe(partyId);
    expect(await partyName(db.kysely, { id: '01900000-0000-7000-8000-000000000000' })).toEqual([]);
  });

  it('does not see an open transaction’s write from outside it, sees it inside, and everywhere after commit', async () => {
    const [before] = await partyName(db.kysely, { id: partyId });
    let outsideDuring: string | undefined;
    let insideDuring: string | undefined;
    await db.kysely.transaction().execute(async (trx) => {
      await trx
        .updateTable('parties')
        .set({ name: 'Gewijzigd in de transactie' })
        .where('id', '=', partyId)
        .execute();
      insideDuring = (await partyName(trx, { id: partyId }))[0]?.name;
      // Outside the transaction: on SQLite the read-only connection answers at once (through
      // Kysely's one connection this would wait for the transaction, which waits for it); on
      // PostgreSQL another pooled connection does. Neither sees the uncommitted name.
      outsideDuring = (await partyName(db.kysely, { id: partyId }))[0]?.name;
    });
    expect(insideDuring).toBe('Gewijzigd in de transactie');
    expect(outsideDuring).toBe(before?.name);
    expect((await partyName(db.kysely, { id: partyId }))[0]?.name).toBe('Gewijzigd in de transactie');
  });
});
