/**
 * Notifications (issue 5 §10): in-app notifications per user, an e-mail outbox filled in the same
 * transaction and drained by the server after commit, and the per-user e-mail opt-in. Neither
 * table holds personal data: a kind, a case reference and an in-app link only. Also the indexes
 * the "Mijn taken" worklist and case search lean on. Frozen in time.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const id = db.getExecutor().adapter instanceof PostgresAdapter ? sql`uuid` : sql`text`;

  await db.schema
    .createTable('notifications')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('user_id', id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('case_id', id, (c) => c.references('cases.id').onDelete('cascade'))
    .addColumn('link', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  // Unread first, newest first, per user; and the unread count.
  await db.schema
    .createIndex('notifications_user_read')
    .on('notifications')
    .columns(['user_id', 'read_at', 'created_at', 'id'])
    .execute();
  await db.schema.createIndex('notifications_case').on('notifications').column('case_id').execute();

  await db.schema
    .createTable('notification_outbox')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('notification_id', id, (c) => c.notNull().references('notifications.id').onDelete('cascade'))
    .addColumn('user_id', id, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('failed_at', 'text')
    .addColumn('last_error', 'text')
    .execute();
  await db.schema
    .createIndex('notification_outbox_due')
    .on('notification_outbox')
    .columns(['sent_at', 'failed_at', 'next_attempt_at'])
    .execute();

  await db.schema
    .createTable('notification_settings')
    .addColumn('user_id', id, (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('email_opt_in', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // "Mijn taken": overdue actions read in due-date order among the unfinished ones only, so the
  // first items and the bounded count cost the same at any size of the action plan history.
  await db.schema
    .createIndex('case_actions_unfinished_due')
    .on('case_actions')
    .columns(['due_date', 'id'])
    .where(sql<boolean>`status in ('open', 'in_progress')`)
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('case_actions_unfinished_due').execute();
  await db.schema.dropTable('notification_settings').execute();
  await db.schema.dropTable('notification_outbox').execute();
  await db.schema.dropTable('notifications').execute();
}
