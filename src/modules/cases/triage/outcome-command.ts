/**
 * Recording the triage outcome (Art. 1.8, 12.2b–d) through the state machine's `decide-triage`:
 * a case conference with the parties to involve (only active parties the case's protocol admits,
 * Art. 12.2e, 15.3), or advice only / a referral elsewhere, which closes the case without a
 * conference. Goal, themes and advice are sealed. Requests still open are cancelled: the triage no
 * longer waits for them. The registering professional is told (Art. 12.2a: the registering party
 * hears the outcome). One transaction, guarded by the case version (If-Match).
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
import { checkAdmittedParties, invalidField } from '../party-admission.js';
import { notFoundProblem, refusalProblem, requireAccess } from '../policy.js';
import { caseSubjects, entriesFor } from '../processing.js';
import { decide } from '../rules/state-machine.js';
import { seal } from '../sealing.js';
import { loadCase, stateOf } from '../state.js';
import { outcomeProblem } from './rules.js';
import type { TriageDecision } from './schemas.js';

export async function decideTriage(
  ctx: CaseContext,
  p: Principal,
  caseId: string,
  expectedVersion: number,
  input: TriageDecision,
  trace: TraceContext,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadCase(trx, caseId);
    if (!loaded) throw notFoundProblem();
    requireAccess(p, loaded, 'decide-triage');
    if (loaded.row.version !== expectedVersion) throw staleWrite();
    const partyIds = [...new Set(input.partyIds)];
    const actor = { userId: p.userId, partyId: p.partyId, roles: p.roles };
    const decision = decide(stateOf(loaded), {
      type: 'decide-triage',
      actor,
      route: input.route,
      partyIds,
    });
    const missing = outcomeProblem({ ...input, partyIds });
    // Who and when first (403/409), then what (400).
    if (!decision.ok && decision.code !== 'invalid') throw refusalProblem(decision);
    if (missing) throw invalidField(...missing);
    if (!decision.ok) throw refusalProblem(decision);
    await checkAdmittedParties(
      trx,
      loaded,
      partyIds.map((partyId, i) => ({ partyId, field: `partyIds[${i}]` })),
    );

    const now = nowUtc();
    const version = await moveCase(trx, caseId, expectedVersion, decision.state.status, now);
    const key = await openCaseKey(trx, ctx.masterKey, caseId);
    const s = (column: string, value: string) => seal(key, 'case_triage_outcomes', column, caseId, value);
    await trx
      .insertInto('case_triage_outcomes')
      .values({
        case_id: caseId,
        route: input.route,
        goal_enc: s('goal', input.goal),
        themes_enc: s('themes', JSON.stringify(input.themes)),
        party_ids: JSON.stringify(partyIds),
        advice_enc: input.advice ? s('advice', input.advice) : null,
        decided_by_user_id: p.userId,
        decided_at: now,
      })
      .execute();
    const cancelled = await trx
      .updateTable('case_information_requests')
      .set((eb) => ({ status: 'cancelled', updated_at: now, version: eb('version', '+', 1) }))
      .where('case_id', '=', caseId)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(cancelled.numUpdatedRows) > 0)
      await recordEvent(trx, key, caseId, {
        type: 'information-requests-closed',
        article: '1.8',
        actorUserId: p.userId,
        audience: 'procesregisseur',
      });
    await recordEvent(trx, key, caseId, {
      type: `triage-${input.route}`,
      article: decision.article,
      actorUserId: p.userId,
      ...(input.advice ? { note: input.advice } : {}),
    });
    const spec = {
      name: 'case.decide-triage',
      operation: 'update' as const,
      activity: 'triage',
      caseId,
      controllerPartyId: loaded.row.registering_party_id,
      principal: p,
      trace,
    };
    await appendProcessing(trx, await entriesFor(trx, spec, await caseSubjects(trx, ctx.log, key, caseId)));
    await notify(trx, {
      userIds: [loaded.row.registering_user_id],
      kind: 'case.triage-decided',
      caseId,
      link: `/casussen/${caseId}`,
    });
    return { id: caseId, caseNumber: loaded.row.case_number, status: decision.state.status, version };
  });
}
