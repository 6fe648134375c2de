/**
 * Governance decisions (Art. 5.4–5.6, 7.1–7.4): the proposal, the parties it substantially
 * affects, written input of absent parties, votes per party (own or under a mandate), the
 * computed outcome, referral to the Stuurgroep, and decision lists sent to the other body.
 * Frozen in time: never import application code.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const id = db.getExecutor().adapter instanceof PostgresAdapter ? sql`uuid` : sql`text`;

  await db.schema
    .createTable('governance_decisions')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('body_id', id, (c) => c.notNull().references('bodies.id'))
    .addColumn('meeting_id', id, (c) => c.references('governance_meetings.id'))
    .addColumn('agenda_item_id', id, (c) => c.references('governance_agenda_items.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('proposal', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('open', 'held', 'adopted', 'rejected', 'undecided', 'referred')`),
    )
    .addColumn('consensus', 'integer', (c) => c.notNull().defaultTo(0).check(sql`consensus in (0, 1)`))
    .addColumn('tally_json', 'text')
    .addColumn('waiting_for_json', 'text')
    .addColumn('subject_type', 'text', (c) => c.check(sql`subject_type in ('annual-plan', 'annual-report')`))
    .addColumn('subject_id', id)
    .addColumn('referred_from_id', id, (c) => c.references('governance_decisions.id'))
    .addColumn('referred_to_id', id)
    .addColumn('closed_at', 'text')
    .addColumn('created_by_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('governance_decisions_meeting')
    .on('governance_decisions')
    .columns(['meeting_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('governance_decisions_body')
    .on('governance_decisions')
    .columns(['body_id', 'status', 'created_at'])
    .execute();

  await db.schema
    .createTable('governance_decision_parties')
    .addColumn('decision_id', id, (c) =>
      c.notNull().references('governance_decisions.id').onDelete('cascade'),
    )
    .addColumn('party_id', id, (c) => c.notNull().references('parties.id'))
    .addPrimaryKeyConstraint('governance_decision_parties_pk', ['decision_id', 'party_id'])
    .execute();

  await db.schema
    .createTable('governance_written_inputs')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('decision_id', id, (c) =>
      c.notNull().references('governance_decisions.id').onDelete('cascade'),
    )
    .addColumn('party_id', id, (c) => c.notNull().references('parties.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('written', 'heard')`))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('recorded_by_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('governance_written_inputs_decision')
    .on('governance_written_inputs')
    .columns(['decision_id', 'party_id'])
    .execute();

  await db.schema
    .createTable('governance_votes')
    .addColumn('decision_id', id, (c) =>
      c.notNull().references('governance_decisions.id').onDelete('cascade'),
    )
    .addColumn('party_id', id, (c) => c.notNull().references('parties.id'))
    .addColumn('via', 'text', (c) => c.notNull().check(sql`via in ('own', 'mandate')`))
    .addColumn('choice', 'text', (c) => c.notNull().check(sql`choice in ('for', 'against', 'abstain')`))
    .addColumn('cast_by_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('cast_by_party_id', id, (c) => c.notNull().references('parties.id'))
    .addColumn('cast_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('governance_votes_pk', ['decision_id', 'party_id', 'via'])
    .execute();

  await db.schema
    .createTable('governance_decision_lists')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('meeting_id', id, (c) => c.notNull().references('governance_meetings.id'))
    .addColumn('from_body_id', id, (c) => c.notNull().references('bodies.id'))
    .addColumn('to_body_id', id, (c) => c.notNull().references('bodies.id'))
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('sent_by_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('recipient_count', 'integer', (c) => c.notNull())
    .addColumn('content_json', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('governance_decision_lists_to')
    .on('governance_decision_lists')
    .columns(['to_body_id', 'sent_at'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'governance_decision_lists',
    'governance_votes',
    'governance_written_inputs',
    'governance_decision_parties',
    'governance_decisions',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
