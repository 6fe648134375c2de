/** Migrations go up and down on both dialects, and two migrators at once do not collide. */
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../src/migrations/index.js';
import type { Db } from '../../src/platform/db/database.js';
import { migrateToLatest, migrateToZero, pendingMigrations } from '../../src/platform/db/migrate.js';
import { createTestDatabase, dialects, type TestDatabase } from '../support/db.js';

async function tables(db: Db): Promise<string[]> {
  const rows =
    db.dialect === 'sqlite'
      ? await sql<{
          name: string;
        }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'`.execute(
          db.kysely,
        )
      : await sql<{
          name: string;
        }>`select table_name as name from information_schema.tables where table_schema = 'public' and table_name not like 'kysely_%'`.execute(
          db.kysely,
        );
  return rows.rows.map((r) => r.name).sort();
}

describe.each(dialects)('migrations on %s', (dialect) => {
  let database: TestDatabase;
  const open: Db[] = [];
  afterEach(async () => {
    for (const db of open.splice(0)) await db.close();
    await database?.drop();
  });

  it('migrates up, all the way down, and up again', async () => {
    database = await createTestDatabase(dialect);
    const db = database.open();
    open.push(db);
    expect(await pendingMigrations(db)).toEqual(Object.keys(migrations));
    expect(await migrateToLatest(db)).toHaveLength(Object.keys(migrations).length);
    expect(await tables(db)).toContain('parties');
    expect(await migrateToLatest(db)).toEqual([]);
    await migrateToZero(db);
    expect(await tables(db)).toEqual([]);
    await migrateToLatest(db);
    expect(await pendingMigrations(db)).toEqual([]);
    expect(await tables(db)).toEqual(
      expect.arrayContaining(['house', 'parties', 'users', 'sessions', 'auth_events']),
    );
  });

  it('lets two migrators race without running a migration twice', async () => {
    database = await createTestDatabase(dialect);
    const a = database.open();
    const b = database.open();
    open.push(a, b);
    const [ranA, ranB] = await Promise.all([migrateToLatest(a), migrateToLatest(b)]);
    expect([...ranA, ...ranB].sort()).toEqual(
      Object.keys(migrations)
        .map((m) => `↑ ${m}`)
        .sort(),
    );
    expect(await pendingMigrations(a)).toEqual([]);
  });
});
