/**
 * Backup and restore (issue 4 §6): a restored backup works, and a case shredded after the backup
 * was taken cannot be read from the restored copy — whether the old database is still there or
 * lost, thanks to the shred ledger kept apart from backups.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
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

  it('takes one consistent snapshot while another connection commits without pause', async () => {
    const s = await prepare();
    // Large enough that a page-by-page copy takes many steps (a real house is far larger).
    const pad = new SQLite(s.file);
    pad.exec(
      'create table backup_pad (b blob); with recursive n(i) as (select 1 union all select i + 1 from n where i < 2000) insert into backup_pad select randomblob(4000) from n',
    );
    pad.close();
    // A writer in another thread commits as fast as it can, as the server's read-log worker does
    // under load (read-log-writer.ts).
    const stop = new Int32Array(new SharedArrayBuffer(4));
    const writer = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       const SQLite = require(workerData.module);
       const db = new SQLite(workerData.file);
       db.pragma('busy_timeout = 5000');
       db.exec('create table if not exists backup_probe (n integer not null)');
       const insert = db.prepare('insert into backup_probe (n) values (?)');
       let n = 0;
       while (Atomics.load(workerData.stop, 0) === 0) {
         insert.run(++n);
         if (n === 20) parentPort.postMessage('writing');
       }
       db.close();
       parentPort.postMessage(n);`,
      {
        eval: true,
        workerData: { file: s.file, module: createRequire(import.meta.url).resolve('better-sqlite3'), stop },
      },
    );
    const messages: unknown[] = [];
    const writing = new Promise((resolve) => writer.once('message', resolve));
    writer.on('message', (m) => messages.push(m));
    const finished = new Promise((resolve) => writer.once('exit', resolve));
    await writing;
    const copy = join(dir, 'under-load.sqlite');
    await backupSqlite(s.file, copy);
    Atomics.store(stop, 0, 1);
    await finished;
    const written = messages.at(-1) as number;
    const backup = new SQLite(copy, { readonly: true });
    try {
      expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
      const { count, max } = backup
        .prepare('select count(*) as count, max(n) as max from backup_probe')
        .get() as {
        count: number;
        max: number;
      };
      // A snapshot: every row up to the last one it holds, none missing, and not the later ones.
      expect(count).toBe(max);
      expect(count).toBeGreaterThanOrEqual(20);
      expect(count).toBeLessThanOrEqual(written);
    } finally {
      backup.close();
    }
  });
});
