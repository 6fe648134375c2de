/**
 * Governance, part A (Art. 4–7, Bijlage 3): mandates between parties per body, meetings of the
 * bodies with their agenda, attendance and minutes. Names of members are not stored here, only
 * user ids (the names stay in `users`). Frozen in time: never import application code.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const id = db.getExecutor().adapter instanceof PostgresAdapter ? sql`uuid` : sql`text`;

  await db.schema
    .createTable('governance_mandates')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('body_id', id, (c) => c.notNull().references('bodies.id'))
    .addColumn('mandator_party_id', id, (c) => c.notNull().references('parties.id'))
    .addColumn('mandatee_party_id', id, (c) => c.notNull().references('parties.id'))
    .addColumn('scope_json', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('confirmed_on', 'text')
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text')
    .addColumn('revoked_on', 'text')
    .addColumn('created_by_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('governance_mandates_body')
    .on('governance_mandates')
    .columns(['body_id', 'valid_from'])
    .execute();

  await db.schema
    .createTable('governance_meetings')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('body_id', id, (c) => c.notNull().references('bodies.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('regular', 'requested', 'annual')`))
    .addColumn('requested_by_party_id', id, (c) => c.references('parties.id'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('online_link', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('planned', 'held', 'cancelled')`))
    .addColumn('minutes', 'text')
    .addColumn('minutes_status', 'text', (c) =>
      c.notNull().defaultTo('none').check(sql`minutes_status in ('none', 'draft', 'adopted')`),
    )
    .addColumn('created_by_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('governance_meetings_body_start')
    .on('governance_meetings')
    .columns(['body_id', 'starts_at', 'id'])
    .execute();

  await db.schema
    .createTable('governance_agenda_items')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('body_id', id, (c) => c.notNull().references('bodies.id'))
    .addColumn('meeting_id', id, (c) => c.references('governance_meetings.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('contributed_by_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('contributed_for_party_id', id, (c) => c.references('parties.id'))
    .addColumn('source', 'text', (c) =>
      c.notNull().check(sql`source in ('member', 'other-body', 'secretary', 'referral')`),
    )
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('proposed', 'scheduled', 'declined')`),
    )
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('governance_agenda_items_body')
    .on('governance_agenda_items')
    .columns(['body_id', 'meeting_id', 'position'])
    .execute();

  await db.schema
    .createTable('governance_attendance')
    .addColumn('meeting_id', id, (c) => c.notNull().references('governance_meetings.id').onDelete('cascade'))
    .addColumn('user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('present', 'absent', 'excused')`))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('governance_attendance_pk', ['meeting_id', 'user_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'governance_attendance',
    'governance_agenda_items',
    'governance_meetings',
    'governance_mandates',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
