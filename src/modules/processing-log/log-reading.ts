/**
 * Reading the log is itself processing: every search and export is logged (activity
 * logboek-inzage, operation read), with the searched pseudonym as data subject when searching by
 * subject, and committed before the response is sent.
 */
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { nowUtc } from '../../platform/ids.js';
import { BSN_PSEUDONYM, logRead, traceOf } from '../../platform/processing-log/index.js';
import { activityUri } from './queries.js';
import type { LogFilters } from './schemas.js';

export async function recordLogReading(
  db: Kysely<Database>,
  request: FastifyRequest,
  name: 'processing-log.search' | 'processing-log.export',
  filters: LogFilters,
  startTime: string,
): Promise<void> {
  const principal = request.principal;
  if (!principal) return;
  await logRead(db, [
    {
      name,
      operation: 'read',
      processingActivityId: await activityUri(db, 'logboek-inzage'),
      actor: { userId: principal.userId, partyId: principal.partyId },
      caseId: filters.caseId ?? null,
      dataSubject: filters.dataSubject ? { id: filters.dataSubject, type: BSN_PSEUDONYM } : null,
      trace: traceOf(request),
      startTime,
      endTime: nowUtc(),
    },
  ]);
}
