/**
 * Escalation to the manager (opschaling, Art. 11.3d): the assigned procesregisseur or the
 * coordinator escalates with a reason (the state machine decides); the managers are notified;
 * while it is open the manager may read the case. The manager or the procesregisseur closes it
 * with a resolution (the texts stay in case_escalations; the timeline shows only that it
 * happened). Guarded by the case version (If-Match); event and log entries in the same
 * transaction.
 */
import type { Transaction } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.js';
import { openCaseKey } from '../../../platform/crypto/case-keys.js';
import type { Database } from '../../../platform/db/schema.js';
import { staleWrite } from '../../../platform/http/etag.js';
import { newId, nowUtc } from '../../../platform/ids.js';
import { appendProcessing, type TraceContext } from '../../../platform/processing-log/index.js';
import { notify } from '../../notifications/notify.js';
import type { CaseContext } from '../context.js';
import { recordEvent } from '../events.js';
import { notFoundProblem, requireAccess } from '../policy.js';
import { activeUsersWithRole } from '../recipients.js';
import { seal } from '../sealing.js';
import { loadCase } from '../state.js';
import { caseEntries } from './log.js';
import { checkExecution } from './policy.js';

/** Bumps the case version: escalation changes what the case is (and who may read it). */
export async function bumpCase(trx: Transaction<Database>, caseId: string, expectedVersion: number) {
  const moved = await trx
    .updateTable('cases')
    .set({ version: expectedVersion + 1, updated_at: nowUtc() })
    .where('id', '=', caseId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1) throw staleWrite();
}

type Input = { action: 'escalate'; reason: string } | { action: 'resolve-escalation'; resolution: string };

export async function escalation(
  ctx: CaseContext,
  p: Principal,
  caseId: string,
  expectedVersion: number,
  input: Input,
  trace: TraceContext,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadCase(trx, caseId);
    if (!loaded) throw notFoundProblem();
    requireAccess(p, loaded, 'read');
    const refusal = checkExecution(p, loaded, input.action);
    if (refusal) throw refusal;
    if (loaded.row.version !== expectedVersion) throw staleWrite();
    await bumpCase(trx, caseId, expectedVersion);
    const key = await openCaseKey(trx, ctx.masterKey, caseId);
    const now = nowUtc();
    if (input.action === 'escalate') {
      const id = newId();
      await trx
        .insertInto('case_escalations')
        .values({
          id,
          case_id: caseId,
          escalated_by_user_id: p.userId,
          escalated_at: now,
          reason_enc: seal(key, 'case_escalations', 'reason', id, input.reason),
          resolved_at: null,
          resolved_by_user_id: null,
          resolution_enc: null,
        })
        .execute();
      await recordEvent(trx, key, caseId, {
        type: 'escalated',
        article: '11.3d',
        actorUserId: p.userId,
      });
      await notify(trx, {
        userIds: await activeUsersWithRole(trx, 'manager'),
        kind: 'case.escalated',
        caseId,
        link: `/casussen/${caseId}`,
      });
    } else {
      const openId = loaded.execution.openEscalationId as string; // checked: the case is escalated
      await trx
        .updateTable('case_escalations')
        .set({
          resolved_at: now,
          resolved_by_user_id: p.userId,
          resolution_enc: seal(key, 'case_escalations', 'resolution', openId, input.resolution),
        })
        .where('id', '=', openId)
        .execute();
      await recordEvent(trx, key, caseId, {
        type: 'escalation-resolved',
        article: '11.3d',
        actorUserId: p.userId,
      });
    }
    await appendProcessing(
      trx,
      await caseEntries(trx, ctx, key, {
        name: `case.${input.action}`,
        operation: 'update',
        activity: 'uitvoering-monitoring',
        caseId,
        controllerPartyId: loaded.row.registering_party_id,
        principal: p,
        trace,
      }),
    );
    return {
      id: caseId,
      caseNumber: loaded.row.case_number,
      status: loaded.row.status,
      version: expectedVersion + 1,
    };
  });
}
