/**
 * External communication (Art. 19): a proposed statement, each party's consent, and its release
 * by the manager as spokesperson. Frozen in time: never import application code.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const id = db.getExecutor().adapter instanceof PostgresAdapter ? sql`uuid` : sql`text`;
  await db.schema
    .createTable('statements')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('proposed', 'released', 'withdrawn')`),
    )
    .addColumn('proposed_by_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('spokesperson_user_id', id, (c) => c.references('users.id'))
    .addColumn('released_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('statements_created').on('statements').columns(['created_at', 'id']).execute();

  await db.schema
    .createTable('statement_consents')
    .addColumn('statement_id', id, (c) => c.notNull().references('statements.id').onDelete('cascade'))
    .addColumn('party_id', id, (c) => c.notNull().references('parties.id'))
    .addColumn('consent', 'integer', (c) => c.notNull().check(sql`consent in (0, 1)`))
    .addColumn('note', 'text')
    .addColumn('recorded_by_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('statement_consents_pk', ['statement_id', 'party_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('statement_consents').execute();
  await db.schema.dropTable('statements').execute();
}
