/**
 * Asking for a follow-up conference (Art. 1.9, 8.6) through the state machine's `plan-follow-up`:
 * the assigned procesregisseur or the case coordinator moves the case back to overleg_gepland;
 * the procesregisseur then plans the conference as the first one (Art. 12.2e). Guarded by the
 * case version (If-Match); the event and the processing-log entries commit with it.
 */
import type { Principal } from '../../../platform/auth/principal.js';
import { openCaseKey } from '../../../platform/crypto/case-keys.js';
import { staleWrite } from '../../../platform/http/etag.js';
import { nowUtc } from '../../../platform/ids.js';
import { appendProcessing, type TraceContext } from '../../../platform/processing-log/index.js';
import { notify } from '../../notifications/notify.js';
import type { CaseContext } from '../context.js';
import { recordEvent } from '../events.js';
import { moveCase } from '../move.js';
import { notFoundProblem, refusalProblem, requireAccess } from '../policy.js';
import { caseSubjects, entriesFor } from '../processing.js';
import { decide } from '../rules/state-machine.js';
import { loadCase, stateOf } from '../state.js';

export async function planFollowUp(
  ctx: CaseContext,
  p: Principal,
  caseId: string,
  expectedVersion: number,
  reason: string | undefined,
  trace: TraceContext,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadCase(trx, caseId);
    if (!loaded) throw notFoundProblem();
    requireAccess(p, loaded, 'plan-follow-up');
    if (loaded.row.version !== expectedVersion) throw staleWrite();
    const actor = { userId: p.userId, partyId: p.partyId, roles: p.roles };
    const decision = decide(stateOf(loaded), { type: 'plan-follow-up', actor });
    if (!decision.ok) throw refusalProblem(decision);
    const version = await moveCase(trx, caseId, expectedVersion, decision.state.status, nowUtc());
    const key = await openCaseKey(trx, ctx.masterKey, caseId);
    await recordEvent(trx, key, caseId, {
      type: 'follow-up-requested',
      article: decision.article,
      actorUserId: p.userId,
      ...(reason ? { note: reason } : {}),
    });
    const spec = {
      name: 'case.plan-follow-up',
      operation: 'update' as const,
      activity: 'uitvoering-monitoring',
      caseId,
      controllerPartyId: loaded.row.registering_party_id,
      principal: p,
      trace,
    };
    await appendProcessing(trx, await entriesFor(trx, spec, await caseSubjects(trx, ctx.log, key, caseId)));
    await notify(trx, {
      userIds: loaded.procesregisseurIds.filter((u) => u !== p.userId),
      kind: 'case.follow-up-requested',
      caseId,
      link: `/casussen/${caseId}`,
    });
    return { id: caseId, caseNumber: loaded.row.case_number, status: decision.state.status, version };
  });
}
