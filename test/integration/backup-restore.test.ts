/**
 * Backup and restore (issue 4 §6): a restored backup works, and a case shredded after the backup
 * was taken cannot be read from the restored copy — whether the old database is still there or
 * lost, thanks to the shred ledger kept apart from backups.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/platform/config/env.js';
import {
  CaseShreddedError,
  createCaseKey,
  openCaseKey,
  openField,
  sealField,
} from '../../src/platform/crypto/case-keys.js';
import { shredCase } from '../../src/platform/crypto/shred-ledger.js';
import { backupSqlite, restoreSqlite } from '../../src/platform/db/backup.js';
import { openDatabase } from '../../src/platform/db/database.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import { newId } from '../../src/platform/ids.js';
import { createApp, houseConfigFor, seedIfEmpty } from '../../src/server.js';

describe('backup, restore and shredding on SQLite', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function prepare() {
    dir = mkdtempSync(join(tmpdir(), 'ketenhuis-backup-'));
    const file = join(dir, 'live.sqlite');
    const ledger = join(dir, 'ledger', 'shred-ledger.jsonl');
    const master = randomBytes(32);
    const db = openDatabase({ url: file });
    await migrateToLatest(db);
    const settings = loadSettings({ DATABASE_URL: file });
    await seedIfEmpty(db, houseConfigFor(settings));
    const a = newId();
    const b = newId();
    const sealedA = sealField(await createCaseKey(db.kysely, master, a), 'Casus A: Jan Jansen', 'a');
    const sealedB = sealField(await createCaseKey(db.kysely, master, b), 'Casus B: Els de Wit', 'b');
    const backup = join(dir, 'backup.sqlite');
    await backupSqlite(file, backup);
    await shredCase(db.kysely, ledger, a);
    await db.close();
    return { file, ledger, master, a, b, sealedA, sealedB, backup, settings };
  }

  async function expectRestored(s: Awaited<ReturnType<typeof prepare>>) {
    const db = openDatabase({ url: s.file });
    try {
      await expect(openCaseKey(db.kysely, s.master, s.a)).rejects.toBeInstanceOf(CaseShreddedError);
      expect(openField(await openCaseKey(db.kysely, s.master, s.b), s.sealedB, 'b')).toBe(
        'Casus B: Els de Wit',
      );
      // The restored copy is a working Ketenhuis database.
      await migrateToLatest(db);
      const app = await createApp({
        db,
        settings: s.settings,
        house: houseConfigFor(s.settings),
        masterKey: s.master,
        rootKey: randomBytes(32),
      });
      expect((await app.inject({ url: '/health/ready' })).statusCode).toBe(200);
      expect((await app.inject({ url: '/api/v1/house' })).json().slug).toBe('haaglanden');
      await app.close();
    } finally {
      await db.close();
    }
  }

  it('re-shreds from the live database when restoring over it', async () => {
    const s = await prepare();
    rmSync(s.ledger); // even without the ledger, the live tombstone is carried over
    expect((await restoreSqlite(s.backup, s.file, s.ledger)).reshredded).toBe(1);
    await expectRestored(s);
  });

  it('re-shreds from the ledger when the live database is lost', async () => {
    const s = await prepare();
    rmSync(s.file);
    expect((await restoreSqlite(s.backup, s.file, s.ledger)).reshredded).toBe(1);
    await expectRestored(s);
  });

  it('refuses to overwrite an existing backup file and to restore a missing one', async () => {
    const s = await prepare();
    await expect(backupSqlite(s.file, s.backup)).rejects.toThrow(/bestaat al/);
    await expect(restoreSqlite(join(dir, 'nope.sqlite'), s.file, s.ledger)).rejects.toThrow(/bestaat niet/);
  });
});
