/**
 * Cases: execution, escalation and de-escalation (Art. 1.10, 8.4d, 11.3d, 13). Escalations to the
 * manager with their reason; action status history; the coordinator's progress reports; the
 * de-escalation proposal with its evaluation and the two approvals by two different users
 * (enforced here too); and the scrub decisions per dossier element (keeping needs a reason).
 * Free text is sealed with the case key (columns ending in _enc). Frozen in time.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const id = db.getExecutor().adapter instanceof PostgresAdapter ? sql`uuid` : sql`text`;

  // Art. 11.3d: escalation to the manager; at most one open escalation per case.
  await db.schema
    .createTable('case_escalations')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('case_id', id, (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('escalated_by_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('escalated_at', 'text', (c) => c.notNull())
    .addColumn('reason_enc', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by_user_id', id, (c) => c.references('users.id'))
    .addColumn('resolution_enc', 'text')
    .execute();
  await db.schema
    .createIndex('case_escalations_case')
    .on('case_escalations')
    .columns(['case_id', 'escalated_at'])
    .execute();
  await db.schema
    .createIndex('case_escalations_open')
    .on('case_escalations')
    .column('case_id')
    .unique()
    .where(sql.ref('resolved_at'), 'is', null)
    .execute();

  // Art. 13.2: every status change of an action, by whom and when.
  await db.schema
    .createTable('case_action_status_changes')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('action_id', id, (c) => c.notNull().references('case_actions.id').onDelete('cascade'))
    .addColumn('case_id', id, (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('from_status', 'text', (c) => c.notNull())
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('changed_by_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('note_enc', 'text')
    .execute();
  await db.schema
    .createIndex('case_action_status_changes_action')
    .on('case_action_status_changes')
    .columns(['action_id', 'at'])
    .execute();
  await db.schema
    .createIndex('case_action_status_changes_case')
    .on('case_action_status_changes')
    .column('case_id')
    .execute();

  // Art. 13.3: the coordinator reports progress to the procesregisseur.
  await db.schema
    .createTable('case_progress_reports')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('case_id', id, (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('author_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('text_enc', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('case_progress_reports_case')
    .on('case_progress_reports')
    .columns(['case_id', 'at'])
    .execute();

  // Art. 1.10, 8.4d: a proposal, evaluated against the conference's criteria, approved by the
  // procesregisseur and by the coordinator — two different users — then scrubbed and closed.
  await db.schema
    .createTable('case_deescalations')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('case_id', id, (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('pending', 'approved', 'cancelled')`),
    )
    .addColumn('proposed_by_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('proposed_at', 'text', (c) => c.notNull())
    .addColumn('conference_id', id, (c) => c.references('case_conferences.id').onDelete('set null'))
    .addColumn('evaluation_enc', 'text', (c) => c.notNull())
    .addColumn('procesregisseur_user_id', id, (c) => c.references('users.id'))
    .addColumn('procesregisseur_at', 'text')
    .addColumn('coordinator_user_id', id, (c) => c.references('users.id'))
    .addColumn('coordinator_at', 'text')
    .addColumn('cancelled_by_user_id', id, (c) => c.references('users.id'))
    .addColumn('cancelled_at', 'text')
    .addColumn('cancel_reason_enc', 'text')
    .addColumn('scrubbed_by_user_id', id, (c) => c.references('users.id'))
    .addColumn('scrubbed_at', 'text')
    .addColumn('retention_until', 'text')
    .addCheckConstraint(
      'case_deescalations_two_people',
      sql`procesregisseur_user_id is null or coordinator_user_id is null or procesregisseur_user_id <> coordinator_user_id`,
    )
    .execute();
  await db.schema
    .createIndex('case_deescalations_case')
    .on('case_deescalations')
    .columns(['case_id', 'proposed_at'])
    .execute();
  await db.schema
    .createIndex('case_deescalations_pending')
    .on('case_deescalations')
    .column('case_id')
    .unique()
    .where(sql.ref('status'), '=', 'pending')
    .execute();

  // Art. 1.10: per dossier element, remove or keep; keeping needs a reason.
  await db.schema
    .createTable('case_scrub_decisions')
    .addColumn('id', id, (c) => c.primaryKey())
    .addColumn('case_id', id, (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('deescalation_id', id, (c) =>
      c.notNull().references('case_deescalations.id').onDelete('cascade'),
    )
    .addColumn('element_type', 'text', (c) => c.notNull())
    .addColumn('element_id', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull().check(sql`decision in ('keep', 'remove')`))
    .addColumn('reason_enc', 'text')
    .addColumn('decided_by_user_id', id, (c) => c.notNull().references('users.id'))
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addCheckConstraint('case_scrub_keep_reason', sql`decision = 'remove' or reason_enc is not null`)
    .addUniqueConstraint('case_scrub_element', ['case_id', 'element_type', 'element_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of [
    'case_scrub_decisions',
    'case_deescalations',
    'case_progress_reports',
    'case_action_status_changes',
    'case_escalations',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
