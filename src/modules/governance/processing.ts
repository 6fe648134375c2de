/**
 * Processing-log entries for governance (activity `bestuurlijk-overleg` of the register): the
 * names of members and delegates are personal data, so reading or recording attendance, votes,
 * agenda contributions and meeting documents that name them is logged per named person (data
 * subject: the person's user id, type `ketenhuis-user`). Writes log in their own transaction;
 * reads are committed before the response is sent (logRead).
 */
import type { FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { ProblemError } from '../../platform/http/problem.js';
import {
  appendProcessing,
  logRead,
  type Operation,
  type ProcessingEntryInput,
  traceOf,
} from '../../platform/processing-log/index.js';
import type { Db } from './context.js';

export const GOVERNANCE_ACTIVITY = 'bestuurlijk-overleg';
export const USER_SUBJECT = 'ketenhuis-user';

async function activityUri(db: Db | Transaction<Database>): Promise<string> {
  const row = await db
    .selectFrom('processing_activities')
    .select('uri')
    .where('key', '=', GOVERNANCE_ACTIVITY)
    .executeTakeFirst();
  if (!row)
    throw new ProblemError(
      'unavailable',
      `Verwerking ${GOVERNANCE_ACTIVITY} ontbreekt in het verwerkingsregister.`,
    );
  return row.uri;
}

async function entries(
  db: Db | Transaction<Database>,
  request: FastifyRequest,
  name: string,
  operation: Operation,
  userIds: readonly string[],
): Promise<ProcessingEntryInput[]> {
  const p = request.principal;
  const uri = await activityUri(db);
  return [...new Set(userIds)].sort().map((id) => ({
    name,
    operation,
    processingActivityId: uri,
    actor: { userId: p?.userId ?? null, partyId: p?.partyId ?? null },
    dataSubject: { id, type: USER_SUBJECT },
    trace: traceOf(request),
  }));
}

/** Logs a write naming these people, inside the writer's transaction. */
export async function logWrite(
  trx: Transaction<Database>,
  request: FastifyRequest,
  name: string,
  operation: Operation,
  userIds: readonly string[],
): Promise<void> {
  if (userIds.length === 0) return;
  await appendProcessing(trx, await entries(trx, request, name, operation, userIds));
}

/** Logs a read that shows these people's names; await before responding. */
export async function logNamesRead(
  db: Db,
  request: FastifyRequest,
  name: string,
  userIds: readonly string[],
): Promise<void> {
  if (userIds.length === 0) return;
  await logRead(db, await entries(db, request, name, 'read', userIds));
}
