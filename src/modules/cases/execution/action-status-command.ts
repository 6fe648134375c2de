/**
 * Changing an action's status (Art. 8.5, 13.2): the coordinator, or a participant of the party
 * that owns the action. Guarded by the action's own version (If-Match), recorded in the action's
 * status history and on the case timeline, and logged per person — all in one transaction.
 */
import type { Principal } from '../../../platform/auth/principal.js';
import { openCaseKey } from '../../../platform/crypto/case-keys.js';
import { staleWrite } from '../../../platform/http/etag.js';
import { ProblemError } from '../../../platform/http/problem.js';
import { newId, nowUtc } from '../../../platform/ids.js';
import { appendProcessing, type TraceContext } from '../../../platform/processing-log/index.js';
import type { CaseContext } from '../context.js';
import { recordEvent } from '../events.js';
import { notFoundProblem, requireAccess } from '../policy.js';
import { seal } from '../sealing.js';
import { loadCase } from '../state.js';
import { caseEntries } from './log.js';
import { actionActor } from './policy.js';
import { type ActionStatus, checkStatusChange, executionPhases } from './rules.js';

export interface StatusInput {
  status: ActionStatus;
  note?: string | undefined;
}

export async function changeActionStatus(
  ctx: CaseContext,
  p: Principal,
  caseId: string,
  actionId: string,
  expectedVersion: number,
  input: StatusInput,
  trace: TraceContext,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadCase(trx, caseId);
    if (!loaded) throw notFoundProblem();
    requireAccess(p, loaded, 'read');
    const action = await trx
      .selectFrom('case_actions')
      .selectAll()
      .where('id', '=', actionId)
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    if (!action) throw notFoundProblem();
    const from = action.status as ActionStatus;
    const verdict = checkStatusChange(actionActor(p, loaded, action.owner_party_id), from, input.status);
    if (!verdict.ok)
      throw new ProblemError(
        verdict.code === 'not-allowed' ? 'forbidden' : 'validation',
        `${verdict.reason} (Art. ${verdict.article})`,
      );
    if (!(executionPhases as readonly string[]).includes(loaded.row.status))
      throw new ProblemError('conflict', 'acties worden bijgewerkt tijdens de uitvoering (Art. 8.5)');
    if (action.version !== expectedVersion) throw staleWrite();
    const now = nowUtc();
    const moved = await trx
      .updateTable('case_actions')
      .set({ status: input.status, version: expectedVersion + 1, updated_at: now })
      .where('id', '=', actionId)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) throw staleWrite();
    const key = await openCaseKey(trx, ctx.masterKey, caseId);
    const changeId = newId();
    await trx
      .insertInto('case_action_status_changes')
      .values({
        id: changeId,
        action_id: actionId,
        case_id: caseId,
        from_status: from,
        to_status: input.status,
        changed_by_user_id: p.userId,
        at: now,
        note_enc: input.note ? seal(key, 'case_action_status_changes', 'note', changeId, input.note) : null,
      })
      .execute();
    await recordEvent(trx, key, caseId, {
      type: 'action-status-changed',
      article: '13.2',
      actorUserId: p.userId,
      note: `${from} → ${input.status}`,
    });
    await appendProcessing(
      trx,
      await caseEntries(trx, ctx, key, {
        name: 'case.action.status',
        operation: 'update',
        activity: 'uitvoering-monitoring',
        caseId,
        controllerPartyId: action.owner_party_id,
        principal: p,
        trace,
      }),
    );
    return { id: actionId, status: input.status, version: expectedVersion + 1 };
  });
}
