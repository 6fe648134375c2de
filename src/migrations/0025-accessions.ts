/**
 * Accession of a new party (Art. 20, Bijlage 1): the request, the notification of the parties, a
 * consent per party, the Stuurgroep decision and both signatures of the accession form. The
 * decision is recorded here (date, outcome, reference) and may point at a governance decision id.
 * Frozen in time: never import application code.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const id = db.getExecutor().adapter instanceof PostgresAdapter ? sql`uuid` : sql`text`;
  await db.schema
    .createTable('accessions')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('party_id', id, (c) => c.notNull().unique().references('parties.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('requested', 'notified', 'approved', 'refused', 'acceded')`),
    )
    .addColumn('received_via_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('seat', 'text', (c) => c.notNull())
    .addColumn('office_address', 'text', (c) => c.notNull())
    .addColumn('representative_name', 'text', (c) => c.notNull())
    .addColumn('representative_function', 'text', (c) => c.notNull())
    .addColumn('motivation', 'text', (c) => c.notNull())
    .addColumn('requested_by_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('notified_at', 'text')
    .addColumn('notified_by_user_id', id, (c) => c.references('users.id'))
    .addColumn('decided_on', 'text')
    .addColumn('decision_reference', 'text')
    .addColumn('governance_decision_id', 'text')
    .addColumn('org_signatory', 'text')
    .addColumn('org_signed_on', 'text')
    .addColumn('org_signed_place', 'text')
    .addColumn('chair_signatory', 'text')
    .addColumn('chair_signed_on', 'text')
    .addColumn('chair_signed_place', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('accessions_created').on('accessions').columns(['created_at', 'id']).execute();

  await db.schema
    .createTable('accession_consents')
    .addColumn('accession_id', id, (c) => c.notNull().references('accessions.id').onDelete('cascade'))
    .addColumn('party_id', id, (c) => c.notNull().references('parties.id'))
    .addColumn('consent', 'integer', (c) => c.notNull().check(sql`consent in (0, 1)`))
    .addColumn('note', 'text')
    .addColumn('recorded_by_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('accession_consents_pk', ['accession_id', 'party_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('accession_consents').execute();
  await db.schema.dropTable('accessions').execute();
}
