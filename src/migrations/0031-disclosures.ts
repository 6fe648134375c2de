/**
 * Disclosure to third parties (Art. 9.2, 19.1): a participant's request to disclose chosen items
 * of a case to a named third party, with purpose and legal basis; per item, the written decision
 * (consent or refusal, with its reasoning) of the party that provided it (its controller); and the
 * export once every item is approved. Recipient, purpose, legal basis and decision texts are sealed
 * with the case key. The item's version at the decision is kept, so that an item changed after its
 * approval cannot be disclosed on the old consent. Frozen in time: never import application code.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const id = db.getExecutor().adapter instanceof PostgresAdapter ? sql`uuid` : sql`text`;

  await db.schema
    .createTable('disclosure_requests')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('case_id', id, (c) => c.notNull().references('cases.id').onDelete('cascade'))
    // The unique reference printed on every page of the export.
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('requested_by_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('requested_by_party_id', id, (c) => c.references('parties.id'))
    .addColumn('recipient_enc', 'text', (c) => c.notNull())
    .addColumn('purpose_enc', 'text', (c) => c.notNull())
    .addColumn('legal_basis_enc', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('pending', 'approved', 'refused', 'cancelled')`),
    )
    .addColumn('export_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('first_exported_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('disclosure_requests_case')
    .on('disclosure_requests')
    .columns(['case_id', 'created_at', 'id'])
    .execute();

  await db.schema
    .createTable('disclosure_request_items')
    .addColumn('request_id', id, (c) => c.notNull().references('disclosure_requests.id').onDelete('cascade'))
    .addColumn('item_id', id, (c) => c.notNull().references('information_items.id').onDelete('cascade'))
    .addColumn('case_id', id, (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    // Art. 9.2: the controller that originally provided the item decides.
    .addColumn('controller_party_id', id, (c) => c.notNull().references('parties.id'))
    .addColumn('decision', 'text', (c) =>
      c.notNull().defaultTo('pending').check(sql`decision in ('pending', 'approved', 'refused')`),
    )
    .addColumn('reasoning_enc', 'text')
    .addColumn('decided_by_user_id', id, (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('item_version', 'integer')
    .addPrimaryKeyConstraint('disclosure_request_items_pk', ['request_id', 'item_id'])
    .execute();
  await db.schema
    .createIndex('disclosure_request_items_controller')
    .on('disclosure_request_items')
    .columns(['controller_party_id', 'decision'])
    .execute();
  await db.schema
    .createIndex('disclosure_request_items_item')
    .on('disclosure_request_items')
    .column('item_id')
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('disclosure_request_items').execute();
  await db.schema.dropTable('disclosure_requests').execute();
}
