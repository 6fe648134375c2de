/**
 * Per-item data keys (issue 6 §5: removed items are shredded; AVG Art. 17). The content of each
 * information item — title, body, attachment names and bytes — is sealed with the item's own
 * random AES-256 key, wrapped with the case key (AES-256-GCM, associated data naming case and
 * item). Destroying that one key (`wrapped_key` NULL, `shredded_at` kept as the tombstone) makes
 * every copy of the item unreadable — in backups, SQLite's WAL and PostgreSQL's dead tuples —
 * while the rest of the case stays readable. Shredding the case key shreds all its item keys at
 * once: they can no longer be unwrapped.
 *
 * Like case keys, item keys are never cached: a ring lives for one request or transaction, so a
 * shred on one server holds on all servers from the next request. Items stored before migration
 * 0034 have no key row; their content is sealed with the case key, and the ring hands out the
 * case key for them (docs/privacy.md, "Known gaps").
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, InformationItemKeyTable } from '../db/schema.js';
import { nowUtc } from '../ids.js';
import { decrypt, encrypt } from './aead.js';

export class ItemShreddedError extends Error {
  override name = 'ItemShreddedError';
}

const aadOf = (caseId: string, itemId: string) => `information_item_keys:${caseId}:${itemId}`;

/** Statements with long `in` lists are split, well below every dialect's parameter limit. */
const CHUNK = 500;
const chunks = <T>(xs: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) => xs.slice(i * CHUNK, (i + 1) * CHUNK));

/**
 * A fresh item key and its row, wrapped with the case key. Pure: the caller inserts the row, so
 * that a seeder writes exactly what the app writes (src/bench/information-items-rows.ts).
 */
export function newItemKey(
  caseKey: Buffer,
  caseId: string,
  itemId: string,
  createdAt: string = nowUtc(),
): { key: Buffer; row: InformationItemKeyTable } {
  const key = randomBytes(32);
  return {
    key,
    row: {
      item_id: itemId,
      case_id: caseId,
      wrapped_key: encrypt(caseKey, key, aadOf(caseId, itemId)),
      created_at: createdAt,
      shredded_at: null,
    },
  };
}

/** Creates the data key of a new item, inside the caller's transaction. */
export async function createItemKey(
  db: Kysely<Database>,
  caseKey: Buffer,
  caseId: string,
  itemId: string,
): Promise<Buffer> {
  const { key, row } = newItemKey(caseKey, caseId, itemId);
  await db.insertInto('information_item_keys').values(row).execute();
  return key;
}

export interface ItemKeyRing {
  /** The key that seals this item's content; ItemShreddedError once the item was shredded. */
  keyOf(itemId: string): Buffer;
  /** Whether the item's key was destroyed. */
  isShredded(itemId: string): boolean;
}

/**
 * The keys of the given items of one case: read in one query (per 500 items), each unwrapped only
 * when asked for, so that a page pays one extra query and unwraps only the keys of what it shows.
 *
 * @example
 *   const ring = await itemKeyRing(db, caseKey, caseId, rows.map((r) => r.id));
 *   const title = unseal(ring.keyOf(row.id), 'information_items', 'title', row.id, row.title_enc);
 */
export async function itemKeyRing(
  db: Kysely<Database>,
  caseKey: Buffer,
  caseId: string,
  itemIds: readonly string[],
): Promise<ItemKeyRing> {
  const asked = new Set(itemIds);
  const rows = new Map<string, { case_id: string; wrapped_key: string | null }>();
  for (const part of chunks([...asked])) {
    const found = await db
      .selectFrom('information_item_keys')
      .select(['item_id', 'case_id', 'wrapped_key'])
      .where('item_id', 'in', part)
      .execute();
    for (const r of found) rows.set(r.item_id, r);
  }
  const opened = new Map<string, Buffer>();
  const known = (itemId: string) => {
    if (!asked.has(itemId)) throw new Error(`item ${itemId} is not in this key ring`);
    return rows.get(itemId);
  };
  return {
    isShredded: (itemId) => known(itemId)?.wrapped_key === null,
    keyOf(itemId) {
      const row = known(itemId);
      if (row === undefined) return caseKey; // stored before migration 0034: sealed with the case key
      if (row.wrapped_key === null) throw new ItemShreddedError(`information item ${itemId} was shredded`);
      if (row.case_id !== caseId) throw new Error(`item ${itemId} does not belong to case ${caseId}`);
      let key = opened.get(itemId);
      if (key === undefined) {
        key = decrypt(caseKey, row.wrapped_key, aadOf(caseId, itemId));
        opened.set(itemId, key);
      }
      return key;
    },
  };
}

/** The key of one item (see itemKeyRing). */
export async function openItemKey(
  db: Kysely<Database>,
  caseKey: Buffer,
  caseId: string,
  itemId: string,
): Promise<Buffer> {
  return (await itemKeyRing(db, caseKey, caseId, [itemId])).keyOf(itemId);
}

/**
 * Destroys the keys of items of one case; the tombstones record when. An item without a key row
 * (stored before 0034) gets a tombstone too, so that a restore over this database finds it.
 * Irreversible by design. Write the shred ledger first (shred-ledger.ts `shredItems`).
 * Returns how many keys were destroyed now.
 */
export async function shredItemKeys(
  db: Kysely<Database>,
  caseId: string,
  itemIds: readonly string[],
): Promise<number> {
  const now = nowUtc();
  let destroyed = 0;
  for (const part of chunks([...new Set(itemIds)])) {
    const result = await db
      .updateTable('information_item_keys')
      .set({ wrapped_key: null, shredded_at: now })
      .where('case_id', '=', caseId)
      .where('item_id', 'in', part)
      .where('wrapped_key', 'is not', null)
      .executeTakeFirst();
    destroyed += Number(result.numUpdatedRows);
    const present = new Set(
      (
        await db.selectFrom('information_item_keys').select('item_id').where('item_id', 'in', part).execute()
      ).map((r) => r.item_id),
    );
    const missing = part.filter((id) => !present.has(id));
    if (missing.length)
      await db
        .insertInto('information_item_keys')
        .values(
          missing.map((item_id) => ({
            item_id,
            case_id: caseId,
            wrapped_key: null,
            created_at: now,
            shredded_at: now,
          })),
        )
        .onConflict((oc) => oc.column('item_id').doNothing())
        .execute();
  }
  return destroyed;
}

/**
 * Destroys item keys by item id alone (a restore re-applying the ledger, which names no case).
 * Returns the ids whose key was destroyed now.
 */
export async function reshredItemKeys(db: Kysely<Database>, itemIds: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const part of chunks([...new Set(itemIds)])) {
    const live = (
      await db
        .selectFrom('information_item_keys')
        .select('item_id')
        .where('item_id', 'in', part)
        .where('wrapped_key', 'is not', null)
        .execute()
    ).map((r) => r.item_id);
    if (!live.length) continue;
    await db
      .updateTable('information_item_keys')
      .set({ wrapped_key: null, shredded_at: nowUtc() })
      .where('item_id', 'in', live)
      .execute();
    out.push(...live);
  }
  return out;
}

/** Item tombstones: the items whose key was destroyed. */
export async function shreddedItemIds(db: Kysely<Database>): Promise<string[]> {
  const rows = await db
    .selectFrom('information_item_keys')
    .select('item_id')
    .where('shredded_at', 'is not', null)
    .execute();
  return rows.map((r) => r.item_id);
}

/**
 * The whole case is removed (retention, after its case key was destroyed): its item keys — live or
 * tombstones — go with it; the case key's tombstone and ledger line cover every item of the case.
 */
export async function deleteItemKeysOfCase(db: Kysely<Database>, caseId: string): Promise<void> {
  await db.deleteFrom('information_item_keys').where('case_id', '=', caseId).execute();
}
