/**
 * A controller's decision on a data-subject request, for its own data (Art. 15.1, 16.2; Wgs:
 * each joint controller stays responsible for what it provided): granted, partly granted or
 * refused, always with written reasoning, by a professional of that party. When every routed
 * party has decided, the request is 'decided'. Guarded by the route's version (If-Match); logged.
 * Extending the deadline (AVG Art. 12.3) is the contact point's, once, with a recorded reason.
 */
import type { Kysely } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Database } from '../../../platform/db/schema.js';
import { staleWrite } from '../../../platform/http/etag.js';
import { ProblemError } from '../../../platform/http/problem.js';
import { nowUtc } from '../../../platform/ids.js';
import { appendProcessing, type TraceContext } from '../../../platform/processing-log/index.js';
import type { SubjectContext } from './context.js';
import { houseToday, subjectEntry, subjectOf } from './log.js';
import { checkDecide, notFound, type SubjectScope } from './policy.js';
import { requestInScope } from './queries.js';
import { extendedDueOn, extensionRefusal } from './rules/deadline.js';
import { sealText } from './sealing.js';

export interface DecisionInput {
  decision: 'granted' | 'partly' | 'refused';
  reasoning: string;
}

/** The gate of a decision: 404 outside the caller's scope or route, 403 for another party's route. */
export async function checkRoute(
  db: Kysely<Database>,
  scope: SubjectScope,
  requestId: string,
  partyId: string,
) {
  const r = await requestInScope(db, scope, requestId);
  const route = await db
    .selectFrom('subject_request_routes')
    .selectAll()
    .where('request_id', '=', requestId)
    .where('party_id', '=', partyId)
    .executeTakeFirst();
  if (!route) throw notFound();
  const refusal = checkDecide(scope, partyId);
  if (refusal) throw refusal;
  return { r, route };
}

export async function decideRoute(
  ctx: SubjectContext,
  p: Principal,
  scope: SubjectScope,
  requestId: string,
  partyId: string,
  expectedVersion: number,
  input: DecisionInput,
  trace: TraceContext,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const { r, route } = await checkRoute(trx, scope, requestId, partyId);
    if (route.version !== expectedVersion) throw staleWrite();
    if (route.decision !== 'pending')
      throw new ProblemError('conflict', 'uw partij heeft over dit verzoek al beslist');
    const now = nowUtc();
    const moved = await trx
      .updateTable('subject_request_routes')
      .set({
        decision: input.decision,
        reasoning_enc: sealText(
          ctx.sealKey,
          'subject_request_routes',
          'reasoning',
          `${requestId}:${partyId}`,
          input.reasoning,
        ),
        decided_by_user_id: p.userId,
        decided_at: now,
        version: expectedVersion + 1,
      })
      .where('request_id', '=', requestId)
      .where('party_id', '=', partyId)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) throw staleWrite();
    const pending = await trx
      .selectFrom('subject_request_routes')
      .select('party_id')
      .where('request_id', '=', requestId)
      .where('decision', '=', 'pending')
      .executeTakeFirst();
    await trx
      .updateTable('subject_requests')
      .set({ status: pending ? 'open' : 'decided', updated_at: now, version: r.version + 1 })
      .where('id', '=', requestId)
      .execute();
    const entry = await subjectEntry(trx, {
      name: 'subject-request.decide',
      operation: 'update',
      principal: p,
      trace,
      subject: subjectOf(r.subject_pseudonym),
      caseId: null,
      controllerPartyId: partyId,
    });
    await appendProcessing(trx, [entry]);
  });
}

export async function extendDeadline(
  ctx: SubjectContext,
  p: Principal,
  scope: SubjectScope,
  requestId: string,
  expectedVersion: number,
  reason: string,
  trace: TraceContext,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const r = await requestInScope(trx, scope, requestId);
    if (r.version !== expectedVersion) throw staleWrite();
    const today = await houseToday(trx);
    const refusal = extensionRefusal(
      { dueOn: r.due_on, extendedDueOn: r.extended_due_on },
      r.status === 'open',
      today,
    );
    if (refusal) throw new ProblemError('conflict', refusal);
    const now = nowUtc();
    const moved = await trx
      .updateTable('subject_requests')
      .set({
        extended_due_on: extendedDueOn(r.due_on),
        extension_reason_enc: sealText(
          ctx.sealKey,
          'subject_requests',
          'extension_reason',
          requestId,
          reason,
        ),
        extended_by_user_id: p.userId,
        extended_at: now,
        updated_at: now,
        version: expectedVersion + 1,
      })
      .where('id', '=', requestId)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) throw staleWrite();
    const entry = await subjectEntry(trx, {
      name: 'subject-request.extend',
      operation: 'update',
      principal: p,
      trace,
      subject: subjectOf(r.subject_pseudonym),
      caseId: null,
      controllerPartyId: null,
    });
    await appendProcessing(trx, [entry]);
  });
}
