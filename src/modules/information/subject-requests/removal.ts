/**
 * Removing closed data-subject requests after their retention period (AVG Art. 5.1e): the retention
 * engine's record rule for them (src/platform/retention/engine.ts), registered in src/server.ts.
 * A request closes when its last route is decided or when nothing was found ('no-data'); that
 * moment is its updated_at, which nothing changes afterwards (the deadline can only be extended
 * while open). Removal deletes the matches, the routes with their sealed reasoning and the request
 * with its sealed texts, blind indexes and pseudonym. The engine logs it with the system as actor:
 * one entry for the contact point's record and one per routed controller, under the person's
 * pseudonym where known. The processing-log entries about the request itself stay (append-only).
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import type { DueRecord, RecordRule, RemovedRecord } from '../../../platform/retention/engine.js';
import { subjectOf } from './log.js';
import { closedStatuses, isClosed, retentionCutoff } from './rules/retention.js';

export const SUBJECT_REQUEST_RECORD = 'subject-request';

async function findDue(db: Kysely<Database>, now: Date, months: number): Promise<DueRecord[]> {
  const rows = await db
    .selectFrom('subject_requests')
    .select(['id', 'updated_at'])
    .where('status', 'in', [...closedStatuses])
    .where('updated_at', '<=', retentionCutoff(now, months))
    .orderBy('updated_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ kind: SUBJECT_REQUEST_RECORD, id: r.id, closedAt: r.updated_at }));
}

async function remove(trx: Transaction<Database>, id: string): Promise<RemovedRecord | null> {
  const r = await trx
    .selectFrom('subject_requests')
    .select(['subject_pseudonym', 'status'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!r || !isClosed(r.status)) return null;
  const routes = await trx
    .selectFrom('subject_request_routes')
    .select('party_id')
    .where('request_id', '=', id)
    .orderBy('party_id')
    .execute();
  await trx.deleteFrom('subject_request_matches').where('request_id', '=', id).execute();
  await trx.deleteFrom('subject_request_routes').where('request_id', '=', id).execute();
  const deleted = await trx.deleteFrom('subject_requests').where('id', '=', id).executeTakeFirst();
  if (Number(deleted.numDeletedRows) === 0) return null;
  const dataSubject = subjectOf(r.subject_pseudonym);
  return {
    name: 'subject-request.remove',
    entries: [
      { dataSubject, controllerPartyId: null },
      ...routes.map((rt) => ({ dataSubject, controllerPartyId: rt.party_id })),
    ],
  };
}

/** The rule for the retention engine, with the period from SUBJECT_REQUEST_RETENTION_MONTHS. */
export function subjectRequestRetention(months: number): RecordRule {
  return {
    kind: SUBJECT_REQUEST_RECORD,
    findDue: (db, now) => findDue(db, now, months),
    remove,
  };
}
