/**
 * Real databases for tests: a fresh SQLite file, and a fresh PostgreSQL database on the server of
 * the machine (KETENHUIS_TEST_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres), created
 * per test file and dropped afterwards. KETENHUIS_TEST_DIALECTS=sqlite runs SQLite only.
 */

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Db, type Dialect, openDatabase } from '../../src/platform/db/database.js';

export const dialects: Dialect[] = (process.env.KETENHUIS_TEST_DIALECTS ?? 'sqlite,postgres')
  .split(',')
  .map((d) => d.trim())
  .filter((d): d is Dialect => d === 'sqlite' || d === 'postgres');

const adminUrl = process.env.KETENHUIS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  url: string;
  dialect: Dialect;
  open(): Db;
  drop(): Promise<void>;
}

export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'ketenhuis-test-'));
    const url = join(dir, 'test.sqlite');
    return {
      url,
      dialect,
      open: () => openDatabase({ url }),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `ketenhuis_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dialect,
    open: () => openDatabase({ url: url.toString(), poolSize: 5 }),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
