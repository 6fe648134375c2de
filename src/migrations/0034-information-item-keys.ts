/**
 * Per-item data keys (issue 6 §5, "removed items are shredded"; Art. 1.10, 16.2; AVG Art. 17): every
 * information item gets its own random AES-256 key, wrapped with the case key (AES-GCM, associated
 * data naming case and item). The item's title, body and attachments are sealed with it, so that
 * destroying this one key — wrapped_key set to NULL, shredded_at kept as the tombstone — makes every
 * copy of the item unreadable (backups, SQLite's WAL, PostgreSQL's dead tuples), while the rest of
 * the case stays readable. No foreign key to information_items: the tombstone outlives the item's
 * rows, so that a restore over the live database finds it. Items stored before this migration have
 * no row here and stay sealed with the case key (docs/privacy.md, "Known gaps"). Frozen in time.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const id = db.getExecutor().adapter instanceof PostgresAdapter ? sql`uuid` : sql`text`;
  await db.schema
    .createTable('information_item_keys')
    .addColumn('item_id', id, (c) => c.primaryKey())
    .addColumn('case_id', id, (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('wrapped_key', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('shredded_at', 'text')
    .execute();
  await db.schema
    .createIndex('information_item_keys_case')
    .on('information_item_keys')
    .column('case_id')
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('information_item_keys').execute();
}
