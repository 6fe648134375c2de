/**
 * The retention register: every dossier with its privacy protocol and the moment it was closed,
 * the pseudonyms of its data subjects (for the removal's processing-log entries), and anonymous
 * removal statistics — all that remains of a dossier after removal. Frozen in time.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('dossiers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('protocol_key', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema.createIndex('dossiers_due').on('dossiers').columns(['protocol_key', 'closed_at']).execute();
  await db.schema
    .createTable('dossier_subjects')
    .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id').onDelete('cascade'))
    .addColumn('subject_pseudonym', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('dossier_subjects_pk', ['dossier_id', 'subject_pseudonym'])
    .execute();
  await db.schema
    .createTable('removal_statistics')
    .addColumn('protocol_key', 'text', (c) => c.notNull())
    .addColumn('closed_year', 'integer', (c) => c.notNull())
    .addColumn('removed_month', 'text', (c) => c.notNull())
    .addColumn('dossiers', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('removal_statistics_pk', ['protocol_key', 'closed_year', 'removed_month'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('removal_statistics').execute();
  await db.schema.dropTable('dossier_subjects').execute();
  await db.schema.dropTable('dossiers').execute();
}
