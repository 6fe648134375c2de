/**
 * Encryption at rest with per-case keys (issue 4 §4–5): AES-256-GCM round trips, tampering and
 * moved ciphertexts rejected, no nonce reuse, crypto-shredding, and master-key rotation that
 * re-wraps keys without touching data or derived keys.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/platform/config/env.js';
import { decrypt, encrypt } from '../../src/platform/crypto/aead.js';
import {
  CaseShreddedError,
  createCaseKey,
  openCaseKey,
  openField,
  rewrapAll,
  sealField,
  shredCaseKey,
  shreddedCaseIds,
} from '../../src/platform/crypto/case-keys.js';
import { loadRootKey } from '../../src/platform/crypto/keyring.js';
import type { Db } from '../../src/platform/db/database.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import { newId } from '../../src/platform/ids.js';
import { createTestDatabase, dialects, type TestDatabase } from '../support/db.js';

describe('AES-256-GCM fields', () => {
  const key = randomBytes(32);

  it('round-trips, and rejects a single flipped byte anywhere in the ciphertext', () => {
    const sealed = encrypt(key, 'Jan Jansen, Spui 70', 'persons.name:1');
    expect(decrypt(key, sealed, 'persons.name:1').toString()).toBe('Jan Jansen, Spui 70');
    const raw = Buffer.from(sealed.slice(3), 'base64url');
    for (const i of [0, 11, 12, raw.length - 17, raw.length - 1]) {
      const bad = Buffer.from(raw);
      bad[i] = (bad[i] ?? 0) ^ 0x01;
      expect(() => decrypt(key, `v1.${bad.toString('base64url')}`, 'persons.name:1')).toThrow(/rejected/);
    }
  });

  it('rejects a ciphertext moved to another row or column (associated data)', () => {
    const sealed = encrypt(key, '123456782', 'persons.bsn:1');
    expect(() => decrypt(key, sealed, 'persons.bsn:2')).toThrow();
    expect(() => decrypt(key, sealed, 'persons.name:1')).toThrow();
  });

  it('never reuses a nonce under one key', () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 20_000; i++)
      nonces.add(
        Buffer.from(encrypt(key, 'x', 'a').slice(3), 'base64url')
          .subarray(0, 12)
          .toString('hex'),
      );
    expect(nonces.size).toBe(20_000);
  });
});

describe.each(dialects)('case keys on %s', (dialect) => {
  let database: TestDatabase;
  let db: Db;
  afterEach(async () => {
    await db?.close();
    await database?.drop();
  });

  async function setup() {
    database = await createTestDatabase(dialect);
    db = database.open();
    await migrateToLatest(db);
  }

  it('encrypts a case under its own key, and shredding the key makes it unreadable for good', async () => {
    await setup();
    const master = randomBytes(32);
    const a = newId();
    const b = newId();
    const keyA = await createCaseKey(db.kysely, master, a);
    const keyB = await createCaseKey(db.kysely, master, b);
    expect(keyA.equals(keyB)).toBe(false);
    const sealed = sealField(keyA, 'Fatima El Idrissi', `persons.name:${a}`);
    expect(openField(await openCaseKey(db.kysely, master, a), sealed, `persons.name:${a}`)).toBe(
      'Fatima El Idrissi',
    );
    expect(() => openField(keyB, sealed, `persons.name:${a}`)).toThrow();

    expect(await shredCaseKey(db.kysely, a)).toBe(true);
    expect(await shredCaseKey(db.kysely, a)).toBe(false);
    await expect(openCaseKey(db.kysely, master, a)).rejects.toBeInstanceOf(CaseShreddedError);
    expect(await shreddedCaseIds(db.kysely)).toEqual([a]);
    // Nothing stored can open the sealed value any more; case B is untouched.
    const stored = await db.kysely.selectFrom('case_keys').selectAll().execute();
    expect(stored.find((r) => r.case_id === a)?.wrapped_key).toBeNull();
    expect(openField(await openCaseKey(db.kysely, master, b), sealField(keyB, 'ok', 'x'), 'x')).toBe('ok');
  });

  it('rotates the master key by re-wrapping keys only; data and the root key stay the same', async () => {
    await setup();
    const oldMaster = randomBytes(32);
    const newMaster = randomBytes(32);
    const root = await loadRootKey(db.kysely, oldMaster);
    const id = newId();
    const key = await createCaseKey(db.kysely, oldMaster, id);
    const sealed = sealField(key, 'geheim', 'x');
    const shredded = newId();
    await createCaseKey(db.kysely, oldMaster, shredded);
    await shredCaseKey(db.kysely, shredded);

    expect(await rewrapAll(db.kysely, oldMaster, newMaster)).toEqual({ caseKeys: 1, systemKeys: 1 });
    expect(openField(await openCaseKey(db.kysely, newMaster, id), sealed, 'x')).toBe('geheim');
    await expect(openCaseKey(db.kysely, oldMaster, id)).rejects.toThrow();
    expect((await loadRootKey(db.kysely, newMaster)).equals(root)).toBe(true);
    await expect(loadRootKey(db.kysely, oldMaster)).rejects.toBeInstanceOf(ConfigError);
    // Running it again changes nothing (an interrupted rotation can be resumed).
    expect(await rewrapAll(db.kysely, oldMaster, newMaster)).toEqual({ caseKeys: 0, systemKeys: 0 });
  });

  it('refuses to start with a master key other than the one that wrapped the keys', async () => {
    await setup();
    await loadRootKey(db.kysely, randomBytes(32));
    await expect(loadRootKey(db.kysely, randomBytes(32))).rejects.toThrow(/KETENHUIS_MASTER_KEY/);
  });
});
