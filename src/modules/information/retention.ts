/**
 * Removing information items (Art. 1.10; issue 6 §5: removed items are shredded), with their
 * citations in the action plan (Art. 16.2; action-plan.ts). Single items
 * (the scrub) are crypto-shredded: their ids go to the shred ledger and their keys are destroyed
 * FIRST, then their rows are deleted — so no copy of them, in a backup, SQLite's WAL or
 * PostgreSQL's dead tuples, can be read again, not even with the case key. A whole case (the
 * retention engine) is shredded by its case key, destroyed (ledger first) before the removers run:
 * every item key of the case was wrapped with it; the item keys' rows go with the items. Called
 * inside the caller's transaction. Tables that point at items (disclosures, data-subject requests)
 * either cascade or must be cleared by their owners before this runs.
 */
import type { Kysely } from 'kysely';
import { deleteItemKeysOfCase } from '../../platform/crypto/item-keys.js';
import { shredItems } from '../../platform/crypto/shred-ledger.js';
import type { Database } from '../../platform/db/schema.js';

/** Deletes the items (all of the case's, or the given ones) with their attachments and links. */
async function deleteItemRows(db: Kysely<Database>, caseId: string, itemIds?: readonly string[]) {
  const items = () => {
    let q = db.selectFrom('information_items').select('id').where('case_id', '=', caseId);
    if (itemIds) q = q.where('id', 'in', [...itemIds]);
    return q;
  };
  // Citations in the action plan (migration 0037) go with the item (they cascade as well).
  await db.deleteFrom('case_action_citations').where('item_id', 'in', items()).execute();
  await db.deleteFrom('information_attachments').where('item_id', 'in', items()).execute();
  await db.deleteFrom('information_item_parties').where('item_id', 'in', items()).execute();
  await db.deleteFrom('information_item_persons').where('item_id', 'in', items()).execute();
  let del = db.deleteFrom('information_items').where('case_id', '=', caseId);
  if (itemIds) del = del.where('id', 'in', [...itemIds]);
  await del.execute();
}

/**
 * The retention remover's part (Art. 1.10: after the retention period nothing of the case
 * remains): every item of the case, with its attachments, links and item keys. The case key is
 * already destroyed (platform/retention/engine.ts), which shreds the items' keys with it.
 */
export async function removeItemRows(db: Kysely<Database>, caseId: string) {
  await deleteItemRows(db, caseId);
  await deleteItemKeysOfCase(db, caseId);
}

/**
 * Shreds and removes single items of a case: the ledger line and the destroyed key first, then the
 * rows. The key's tombstone stays until the case itself is removed.
 */
export async function shredAndRemoveItems(
  db: Kysely<Database>,
  ledgerPath: string,
  caseId: string,
  itemIds: readonly string[],
) {
  if (itemIds.length === 0) return;
  await shredItems(db, ledgerPath, caseId, itemIds);
  await deleteItemRows(db, caseId, itemIds);
}
