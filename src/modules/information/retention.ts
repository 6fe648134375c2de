/**
 * Removing a case's information items entirely (Art. 1.10: after the retention period nothing of
 * the case remains; the scrub removes single items the same way). Called by the case module's
 * retention remover and by the scrub source, inside their transaction. Tables that point at items
 * (disclosures, data-subject requests) must be cleared by their owners before this runs.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

/** Deletes the items (all of the case's, or the given ones) with their attachments and links. */
export async function removeItemRows(db: Kysely<Database>, caseId: string, itemIds?: readonly string[]) {
  if (itemIds && itemIds.length === 0) return;
  const items = () => {
    let q = db.selectFrom('information_items').select('id').where('case_id', '=', caseId);
    if (itemIds) q = q.where('id', 'in', [...itemIds]);
    return q;
  };
  await db.deleteFrom('information_attachments').where('item_id', 'in', items()).execute();
  await db.deleteFrom('information_item_parties').where('item_id', 'in', items()).execute();
  await db.deleteFrom('information_item_persons').where('item_id', 'in', items()).execute();
  let del = db.deleteFrom('information_items').where('case_id', '=', caseId);
  if (itemIds) del = del.where('id', 'in', [...itemIds]);
  await del.execute();
}
