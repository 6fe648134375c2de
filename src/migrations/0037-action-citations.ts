/**
 * Citations in the action plan (Art. 8.4b, 16.2; security backlog 21): an action of the plan may
 * name the information items it is based on. Only the link is stored — no title, no text: what a
 * reader of the plan learns of a cited item is decided at every read by the item's conditions of
 * that moment. A citation goes with its action (the scrub removes actions one by one), with its
 * item (the scrub and a restore's re-applied shreds delete item rows) and with its case (the
 * retention engine): ON DELETE CASCADE on all three. Frozen in time.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const id = db.getExecutor().adapter instanceof PostgresAdapter ? sql`uuid` : sql`text`;

  await db.schema
    .createTable('case_action_citations')
    .addColumn('action_id', id, (c) => c.notNull().references('case_actions.id').onDelete('cascade'))
    .addColumn('item_id', id, (c) => c.notNull().references('information_items.id').onDelete('cascade'))
    .addColumn('case_id', id, (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('cited_by_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('cited_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_action_citations_pk', ['action_id', 'item_id'])
    .execute();
  // The citations of a case's plan in one statement; and an item's citations (cascade, scrub).
  await db.schema
    .createIndex('case_action_citations_case')
    .on('case_action_citations')
    .columns(['case_id', 'action_id'])
    .execute();
  await db.schema
    .createIndex('case_action_citations_item')
    .on('case_action_citations')
    .column('item_id')
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('case_action_citations').execute();
}
