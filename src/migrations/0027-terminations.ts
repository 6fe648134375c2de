/**
 * Withdrawal (Art. 23.1, 21.3) and exclusion (Art. 23.2) of a party: the written notice or the
 * notice of default, the Stuurgroep decision with its votes, when it took effect, and the duties
 * that survive it (23.3). Frozen in time: never import application code.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const id = db.getExecutor().adapter instanceof PostgresAdapter ? sql`uuid` : sql`text`;
  await db.schema
    .createTable('party_terminations')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('party_id', id, (c) => c.notNull().references('parties.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('withdrawal', 'exclusion')`))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('announced', 'in_default', 'effective', 'not_excluded')`),
    )
    .addColumn('notice_on', 'text', (c) => c.notNull())
    .addColumn('notice_reference', 'text', (c) => c.notNull())
    .addColumn('notice_text', 'text', (c) => c.notNull())
    .addColumn('amendment_id', id, (c) => c.references('covenant_versions.id'))
    .addColumn('effective_on', 'text')
    .addColumn('effective_at', 'text')
    .addColumn('decided_on', 'text')
    .addColumn('votes_for', 'integer')
    .addColumn('votes_against', 'integer')
    .addColumn('abstentions', 'integer')
    .addColumn('decision_reference', 'text')
    .addColumn('governance_decision_id', 'text')
    .addColumn('lasting_duties_json', 'text', (c) => c.notNull())
    .addColumn('recorded_by_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('party_terminations_party')
    .on('party_terminations')
    .columns(['party_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('party_terminations_created')
    .on('party_terminations')
    .columns(['created_at', 'id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('party_terminations').execute();
}
