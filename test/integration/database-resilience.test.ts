/**
 * PostgreSQL: when the server ends an idle pooled connection (restart, failover, an administrator),
 * the process must not crash on the pool's 'error' event, and the next query must work on a new
 * connection. Without the pool's error listener this test fails with an unhandled error.
 */
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/platform/db/database.js';
import { createTestDatabase, dialects, type TestDatabase } from '../support/db.js';

describe.runIf(dialects.includes('postgres'))('PostgreSQL pool resilience', () => {
  let database: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    db = database.open();
  });
  afterAll(async () => {
    await db.close();
    await database.drop();
  });

  it('survives the server ending an idle connection, and serves the next query', async () => {
    const before = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db.kysely);
    const pid = before.rows[0]?.pid;
    expect(pid).toBeTypeOf('number');

    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      await admin.query('select pg_terminate_backend($1)', [pid]);
    } finally {
      await admin.end();
    }
    // Give the pool time to notice the closed socket and emit 'error'.
    await new Promise((resolve) => setTimeout(resolve, 300));

    const after = await sql<{ one: number }>`select 1 as one`.execute(db.kysely);
    expect(after.rows[0]?.one).toBe(1);
  });
});
