/**
 * Covering indexes for the counts of "Mijn taken" (issue 5 §9; the case benchmark,
 * docs/benchmarks.md). A procesregisseur's long section reads "99+": its count walks the section's
 * rows in order until a hundred are the caller's, about five rows per match when five
 * procesregisseurs share the house. Each row walked should cost index steps only, no table row:
 * - upcoming conferences: the planned ones in (starts_at, id) order, carrying case_id;
 * - overdue actions: the unfinished ones in (due_date, id) order, carrying case_id (replaces
 *   case_actions_unfinished_due of 0019, of which it is an extension);
 * - the case's status beside its id, for "is the case in execution" without reading the row;
 * - de-escalations waiting for the procesregisseur's approval (Art. 1.10), carrying case_id and
 *   the coordinator's approver (the same person may not approve twice).
 * Frozen in time.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createIndex('case_conferences_planned_starts')
    .on('case_conferences')
    .columns(['starts_at', 'id', 'case_id'])
    .where(sql.ref('status'), '=', 'planned')
    .execute();
  await db.schema
    .createIndex('case_actions_unfinished_due_case')
    .on('case_actions')
    .columns(['due_date', 'id', 'case_id'])
    .where(sql<boolean>`status in ('open', 'in_progress')`)
    .execute();
  await db.schema.dropIndex('case_actions_unfinished_due').execute();
  await db.schema.createIndex('cases_id_status').on('cases').columns(['id', 'status']).execute();
  await db.schema
    .createIndex('case_deescalations_awaiting_regie')
    .on('case_deescalations')
    .columns(['proposed_at', 'id', 'case_id', 'coordinator_user_id'])
    .where(sql<boolean>`status = 'pending' and procesregisseur_user_id is null`)
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('case_deescalations_awaiting_regie').execute();
  await db.schema.dropIndex('cases_id_status').execute();
  await db.schema
    .createIndex('case_actions_unfinished_due')
    .on('case_actions')
    .columns(['due_date', 'id'])
    .where(sql<boolean>`status in ('open', 'in_progress')`)
    .execute();
  await db.schema.dropIndex('case_actions_unfinished_due_case').execute();
  await db.schema.dropIndex('case_conferences_planned_starts').execute();
}
