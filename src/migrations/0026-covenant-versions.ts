/**
 * Versions of the covenant (Art. 21): each amendment decided by the Stuurgroep and confirmed in
 * writing (21.1), its entry into force, and each party's renewed signature (21.2).
 * Frozen in time: never import application code.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const id = db.getExecutor().adapter instanceof PostgresAdapter ? sql`uuid` : sql`text`;
  await db.schema
    .createTable('covenant_versions')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('label', 'text', (c) => c.notNull().unique())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addColumn('decision_reference', 'text', (c) => c.notNull())
    .addColumn('governance_decision_id', 'text')
    .addColumn('entry_into_force', 'text', (c) => c.notNull())
    .addColumn('created_by_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('covenant_versions_force')
    .on('covenant_versions')
    .columns(['entry_into_force', 'id'])
    .execute();

  await db.schema
    .createTable('covenant_signatures')
    .addColumn('version_id', id, (c) => c.notNull().references('covenant_versions.id').onDelete('cascade'))
    .addColumn('party_id', id, (c) => c.notNull().references('parties.id'))
    .addColumn('signed_on', 'text', (c) => c.notNull())
    .addColumn('signatory', 'text', (c) => c.notNull())
    .addColumn('recorded_by_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('covenant_signatures_pk', ['version_id', 'party_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('covenant_signatures').execute();
  await db.schema.dropTable('covenant_versions').execute();
}
