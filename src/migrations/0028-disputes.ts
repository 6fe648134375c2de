/**
 * Disputes about role-holders (Art. 11.4, 12.4, 13.4): the subject, the forum it is at (a level
 * on the covenant's ladder), each step, and the recorded resolution. Frozen in time.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const id = db.getExecutor().adapter instanceof PostgresAdapter ? sql`uuid` : sql`text`;
  await db.schema
    .createTable('disputes')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('subject', 'text', (c) =>
      c.notNull().check(sql`subject in ('casuscoordinator', 'procesregisseur', 'manager')`),
    )
    .addColumn('about', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('raised_by_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'resolved')`))
    .addColumn('resolution', 'text')
    .addColumn('resolved_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('disputes_created').on('disputes').columns(['created_at', 'id']).execute();

  await db.schema
    .createTable('dispute_steps')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('dispute_id', id, (c) => c.notNull().references('disputes.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('raised', 'escalated', 'resolved')`))
    .addColumn('forum', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('dispute_steps_dispute')
    .on('dispute_steps')
    .columns(['dispute_id', 'at'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('dispute_steps').execute();
  await db.schema.dropTable('disputes').execute();
}
