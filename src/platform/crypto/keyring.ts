/**
 * Envelope encryption. The master key (from the environment) only wraps other keys: the per-case
 * data keys, and one random root key from which every long-lived purpose key derives (pseudonyms,
 * TOTP secrets, SSO secrets, log signing). Rotating the master key therefore re-wraps a handful of
 * keys and re-encrypts no data, and no pseudonym or signature changes.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { ConfigError } from '../config/env.js';
import type { Database } from '../db/schema.js';
import { nowUtc } from '../ids.js';
import { decrypt, deriveKey, encrypt } from './aead.js';

export interface Kek {
  key: Buffer;
  /** A fingerprint stored beside each wrapped key, to tell which master key wrapped it. */
  id: string;
}

const keks = new WeakMap<Buffer, { source: Buffer; kek: Kek }>();

/**
 * The key-encryption key derived from the master key. Remembered per master-key buffer (and
 * re-derived should that buffer's bytes ever change): it only wraps keys, and unwrapping a case
 * key still reads the wrapped key from the database every time, so a shred holds at once.
 */
export function kekFrom(masterKey: Buffer): Kek {
  const known = keks.get(masterKey);
  if (known?.source.equals(masterKey)) return known.kek;
  const key = deriveKey(masterKey, 'key-wrapping');
  const kek = { key, id: createHash('sha256').update(key).digest('hex').slice(0, 16) };
  keks.set(masterKey, { source: Buffer.from(masterKey), kek });
  return kek;
}

export const wrapKey = (kek: Kek, key: Buffer, aad: string): string => encrypt(kek.key, key, aad);
export const unwrapKey = (kek: Kek, wrapped: string, aad: string): Buffer => decrypt(kek.key, wrapped, aad);

const ROOT = 'root';
const rootAad = `system_keys:${ROOT}`;

/** The root key, created on first use. Refuses a master key other than the one that wrapped it. */
export async function loadRootKey(db: Kysely<Database>, masterKey: Buffer): Promise<Buffer> {
  const kek = kekFrom(masterKey);
  const row = await db.selectFrom('system_keys').selectAll().where('purpose', '=', ROOT).executeTakeFirst();
  if (row) {
    if (row.kek_id !== kek.id) {
      throw new ConfigError(
        'KETENHUIS_MASTER_KEY: dit is niet de hoofdsleutel waarmee de sleutels in deze database zijn verpakt',
        ['KETENHUIS_MASTER_KEY'],
      );
    }
    return unwrapKey(kek, row.wrapped_key, rootAad);
  }
  const root = randomBytes(32);
  await db
    .insertInto('system_keys')
    .values({ purpose: ROOT, wrapped_key: wrapKey(kek, root, rootAad), kek_id: kek.id, created_at: nowUtc() })
    .onConflict((oc) => oc.column('purpose').doNothing())
    .execute();
  // Another server may have won the race: read back what is stored.
  const stored = await db
    .selectFrom('system_keys')
    .selectAll()
    .where('purpose', '=', ROOT)
    .executeTakeFirstOrThrow();
  return unwrapKey(kek, stored.wrapped_key, rootAad);
}
