/**
 * Cases: triage and case conference (Art. 1.8, 8, 12.2b–f, 13). Information requests to parties
 * (bevragingen) with their answers; the triage outcome; conferences with their invited parties
 * and named participants; the case coordinator; each party's role and information
 * needs; and the action plan (case_actions, also used by execution, Art. 13). Personal data and
 * free text are sealed with the case key (columns ending in _enc, AAD = table:column:row id).
 * Frozen in time.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const id = db.getExecutor().adapter instanceof PostgresAdapter ? sql`uuid` : sql`text`;

  // Art. 1.8, 12.2b: a request for information to one party, with a deadline and its answer.
  await db.schema
    .createTable('case_information_requests')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('case_id', id, (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('party_id', id, (c) => c.notNull().references('parties.id'))
    .addColumn('asked_by_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('question_enc', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'answered', 'cancelled')`))
    .addColumn('involved', 'integer')
    .addColumn('summary_enc', 'text')
    .addColumn('information_enc', 'text')
    .addColumn('answered_by_user_id', id, (c) => c.references('users.id'))
    .addColumn('answered_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('case_information_requests_case')
    .on('case_information_requests')
    .columns(['case_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('case_information_requests_party')
    .on('case_information_requests')
    .columns(['party_id', 'status', 'deadline'])
    .execute();

  // Art. 1.8: the routing, the goal and themes, and the parties to involve (ids, not personal data).
  await db.schema
    .createTable('case_triage_outcomes')
    .addColumn('case_id', id, (c) => c.primaryKey().references('cases.id').onDelete('cascade'))
    .addColumn('route', 'text', (c) => c.notNull().check(sql`route in ('conference', 'advice', 'referral')`))
    .addColumn('goal_enc', 'text', (c) => c.notNull())
    .addColumn('themes_enc', 'text', (c) => c.notNull())
    .addColumn('party_ids', 'text', (c) => c.notNull())
    .addColumn('advice_enc', 'text')
    .addColumn('decided_by_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .execute();

  // Art. 8, 12.2c–e: a case conference (first or follow-up), its planning and its record.
  await db.schema
    .createTable('case_conferences')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('case_id', id, (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('location_enc', 'text')
    .addColumn('online_link_enc', 'text')
    .addColumn('goal_enc', 'text', (c) => c.notNull())
    .addColumn('decision_types_enc', 'text', (c) => c.notNull())
    .addColumn('themes_enc', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('planned', 'held', 'cancelled')`))
    .addColumn('minutes_enc', 'text')
    .addColumn('deescalation_criteria_enc', 'text')
    .addColumn('cancel_reason_enc', 'text')
    .addColumn('planned_by_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('held_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('case_conferences_sequence', ['case_id', 'sequence'])
    .execute();
  await db.schema
    .createIndex('case_conferences_status')
    .on('case_conferences')
    .columns(['status', 'starts_at'])
    .execute();

  // Art. 12.2e: the invited parties, each with the contribution asked of it.
  await db.schema
    .createTable('case_conference_parties')
    .addColumn('conference_id', id, (c) => c.notNull().references('case_conferences.id').onDelete('cascade'))
    .addColumn('party_id', id, (c) => c.notNull().references('parties.id'))
    .addColumn('contribution_enc', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_conference_parties_pk', ['conference_id', 'party_id'])
    .execute();

  // Art. 8.2: the named participants (delegates of an invited party) and their attendance.
  await db.schema
    .createTable('case_conference_participants')
    .addColumn('conference_id', id, (c) => c.notNull().references('case_conferences.id').onDelete('cascade'))
    .addColumn('case_id', id, (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('party_id', id, (c) => c.notNull().references('parties.id'))
    .addColumn('attendance', 'text', (c) => c.check(sql`attendance in ('present', 'absent')`))
    .addPrimaryKeyConstraint('case_conference_participants_pk', ['conference_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('case_conference_participants_user')
    .on('case_conference_participants')
    .columns(['user_id', 'case_id'])
    .execute();

  // Art. 8.4a, 13.1: the case coordinator appointed by the (last) conference: a participant of
  // one of the invited parties. One row per case; a follow-up conference may appoint another.
  await db.schema
    .createTable('case_coordinators')
    .addColumn('case_id', id, (c) => c.primaryKey().references('cases.id').onDelete('cascade'))
    .addColumn('user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('party_id', id, (c) => c.notNull().references('parties.id'))
    .addColumn('conference_id', id, (c) => c.notNull().references('case_conferences.id'))
    .addColumn('appointed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('case_coordinators_user')
    .on('case_coordinators')
    .columns(['user_id', 'case_id'])
    .execute();

  // Art. 8.4c: each party's role and information needs, as last fixed by a conference.
  await db.schema
    .createTable('case_party_roles')
    .addColumn('case_id', id, (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('party_id', id, (c) => c.notNull().references('parties.id'))
    .addColumn('conference_id', id, (c) => c.notNull().references('case_conferences.id'))
    .addColumn('role_enc', 'text', (c) => c.notNull())
    .addColumn('information_needs_enc', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_party_roles_pk', ['case_id', 'party_id'])
    .execute();

  // Art. 8.4b, 13.2: the integrated action plan, one action per row with its owner party.
  await db.schema
    .createTable('case_actions')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('case_id', id, (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('conference_id', id, (c) => c.references('case_conferences.id'))
    .addColumn('owner_party_id', id, (c) => c.notNull().references('parties.id'))
    .addColumn('description_enc', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('open', 'in_progress', 'done', 'cancelled')`),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('case_actions_case')
    .on('case_actions')
    .columns(['case_id', 'due_date'])
    .execute();
  await db.schema
    .createIndex('case_actions_due')
    .on('case_actions')
    .columns(['status', 'due_date'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of [
    'case_actions',
    'case_party_roles',
    'case_coordinators',
    'case_conference_participants',
    'case_conference_parties',
    'case_conferences',
    'case_triage_outcomes',
    'case_information_requests',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
