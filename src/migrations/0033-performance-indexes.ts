/**
 * Indexes for the case read path and "Mijn taken" at 100,000 cases (issue 5 Acceptance; the case
 * benchmark, docs/benchmarks.md), each found with EXPLAIN QUERY PLAN on the seeded database:
 * - the named participants of one case (loading a case for the policy, Art. 8.2) scanned the
 *   whole participant table: an index by case;
 * - the planned and held conferences of one case were looked up through the status index,
 *   walking every planned conference of the house: an index by case and status;
 * - the worklist's upcoming conferences are read in (starts_at, id) order: the status index gets
 *   the id so that the first items need no sort of every planned conference (it replaces the
 *   shorter case_conferences_status of 0015, of which it is an extension);
 * - the worklist's pending de-escalations in (proposed_at, id) order, among the pending only.
 * Frozen in time.
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createIndex('case_conference_participants_case')
    .on('case_conference_participants')
    .columns(['case_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('case_conferences_case_status')
    .on('case_conferences')
    .columns(['case_id', 'status'])
    .execute();
  await db.schema
    .createIndex('case_conferences_status_starts')
    .on('case_conferences')
    .columns(['status', 'starts_at', 'id'])
    .execute();
  await db.schema.dropIndex('case_conferences_status').execute();
  await db.schema
    .createIndex('case_deescalations_pending_proposed')
    .on('case_deescalations')
    .columns(['proposed_at', 'id'])
    .where(sql.ref('status'), '=', 'pending')
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('case_deescalations_pending_proposed').execute();
  await db.schema
    .createIndex('case_conferences_status')
    .on('case_conferences')
    .columns(['status', 'starts_at'])
    .execute();
  await db.schema.dropIndex('case_conferences_status_starts').execute();
  await db.schema.dropIndex('case_conferences_case_status').execute();
  await db.schema.dropIndex('case_conference_participants_case').execute();
}
