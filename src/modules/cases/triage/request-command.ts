/**
 * Information requests in the triage (Art. 1.8, 12.2b): the procesregisseur or informatiecentrum
 * asks an admitted, active party a sealed question with a deadline; a professional of that party
 * answers (involved or not, a summary, the information) — the answer becomes that party's
 * information item, sealed with the case key, and the request records only who answered and when
 * (Art. 16.2, backlog 18); an open request can be cancelled with a reason. Each write commits with its timeline event, its processing-log
 * entries and its notifications in one transaction, guarded by the request's version (If-Match).
 */
import type { Principal } from '../../../platform/auth/principal.js';
import { openCaseKey } from '../../../platform/crypto/case-keys.js';
import type { InformationRegime } from '../../../platform/db/schema.js';
import { staleWrite } from '../../../platform/http/etag.js';
import { ProblemError } from '../../../platform/http/problem.js';
import { newId, nowUtc } from '../../../platform/ids.js';
import { appendProcessing, type TraceContext } from '../../../platform/processing-log/index.js';
import { itemFromTriageAnswer } from '../../information/triage-answer.js';
import { notify } from '../../notifications/notify.js';
import type { CaseContext } from '../context.js';
import { recordEvent } from '../events.js';
import { checkAdmittedParties, invalidField, professionalsOf } from '../party-admission.js';
import { notFoundProblem, requireAccess } from '../policy.js';
import { caseSubjects, entriesFor } from '../processing.js';
import { seal } from '../sealing.js';
import { loadCase } from '../state.js';
import { checkTriageWork, houseToday, requestForParty } from './access.js';
import { type RequestView, requestView } from './request-view.js';
import { deadlineProblem } from './rules.js';

export interface RequestInput {
  partyId: string;
  question: string;
  deadline: string;
}

export async function sendRequest(
  ctx: CaseContext,
  p: Principal,
  caseId: string,
  input: RequestInput,
  trace: TraceContext,
): Promise<RequestView> {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadCase(trx, caseId);
    if (!loaded) throw notFoundProblem();
    requireAccess(p, loaded, 'read');
    const refusal = checkTriageWork(p, loaded);
    if (refusal) throw refusal;
    await checkAdmittedParties(trx, loaded, [{ partyId: input.partyId, field: 'partyId' }]);
    const late = deadlineProblem(input.deadline, await houseToday(trx));
    if (late) throw invalidField('deadline', late);

    const key = await openCaseKey(trx, ctx.masterKey, caseId);
    const id = newId();
    const now = nowUtc();
    const row = {
      id,
      case_id: caseId,
      party_id: input.partyId,
      asked_by_user_id: p.userId,
      question_enc: seal(key, 'case_information_requests', 'question', id, input.question),
      deadline: input.deadline,
      status: 'open' as const,
      involved: null,
      summary_enc: null,
      information_enc: null,
      answered_by_user_id: null,
      answered_at: null,
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await trx.insertInto('case_information_requests').values(row).execute();
    await recordEvent(trx, key, caseId, {
      type: 'information-requested',
      article: '12.2b',
      actorUserId: p.userId,
      audience: 'procesregisseur',
    });
    const spec = {
      name: 'case.information-request.create',
      operation: 'create' as const,
      activity: 'triage',
      caseId,
      controllerPartyId: loaded.row.registering_party_id,
      principal: p,
      trace,
    };
    await appendProcessing(trx, await entriesFor(trx, spec, await caseSubjects(trx, ctx.log, key, caseId)));
    await notify(trx, {
      userIds: await professionalsOf(trx, input.partyId),
      kind: 'case.information-requested',
      caseId,
      link: `/bevragingen/${id}`,
    });
    return requestView(key, row, await houseToday(trx));
  });
}

export interface AnswerInput {
  involved: boolean;
  summary: string;
  information?: string | null | undefined;
  /** The legal regime of the answer's item (Art. 15.2); `gewoon` when not given. */
  regime?: InformationRegime | undefined;
}

export async function answerRequest(
  ctx: CaseContext,
  p: Principal,
  requestId: string,
  expectedVersion: number,
  input: AnswerInput,
  trace: TraceContext,
): Promise<{ id: string; version: number }> {
  return ctx.db.transaction().execute(async (trx) => {
    const req = await requestForParty(trx, p, requestId);
    if (req.version !== expectedVersion) throw staleWrite();
    if (req.status !== 'open') throw new ProblemError('conflict', 'dit verzoek is al beantwoord (Art. 1.8)');
    if (req.case_status !== 'in_triage')
      throw new ProblemError('conflict', 'de triage van deze casus is afgerond (Art. 1.8)');
    const key = await openCaseKey(trx, ctx.masterKey, req.case_id);
    const now = nowUtc();
    // Backlog 18 (Art. 16.2): no copy of the content on the request — involved, summary and
    // information live only in the item below, under the conditions its provider sets.
    const moved = await trx
      .updateTable('case_information_requests')
      .set({
        status: 'answered',
        answered_by_user_id: p.userId,
        answered_at: now,
        updated_at: now,
        version: expectedVersion + 1,
      })
      .where('id', '=', requestId)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) throw staleWrite();
    // Issue 6 (Art. 16.2): the answer is an information item of the answering party,
    // procesregisseur-only until that party sets other conditions (information/triage-answer.ts),
    // under the legal regime the answering professional chose (Art. 15.2).
    await itemFromTriageAnswer(trx, key, {
      caseId: req.case_id,
      requestId,
      partyId: req.party_id,
      userId: p.userId,
      ...input,
    });
    await recordEvent(trx, key, req.case_id, {
      type: 'information-answered',
      article: '1.8',
      actorUserId: p.userId,
      audience: 'procesregisseur',
    });
    // Art. 16.2: the answering party provides this information and is its controller.
    const spec = {
      name: 'case.information-request.answer',
      operation: 'create' as const,
      activity: 'triage',
      caseId: req.case_id,
      controllerPartyId: req.party_id,
      principal: p,
      trace,
    };
    await appendProcessing(
      trx,
      await entriesFor(trx, spec, await caseSubjects(trx, ctx.log, key, req.case_id)),
    );
    const regie = await trx
      .selectFrom('case_procesregisseurs')
      .select('user_id')
      .where('case_id', '=', req.case_id)
      .execute();
    await notify(trx, {
      userIds: [req.asked_by_user_id, ...regie.map((r) => r.user_id)],
      kind: 'case.information-answered',
      caseId: req.case_id,
      link: `/casussen/${req.case_id}`,
    });
    return { id: requestId, version: expectedVersion + 1 };
  });
}

export async function cancelRequest(
  ctx: CaseContext,
  p: Principal,
  caseId: string,
  requestId: string,
  expectedVersion: number,
  reason: string,
  trace: TraceContext,
): Promise<RequestView> {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadCase(trx, caseId);
    if (!loaded) throw notFoundProblem();
    requireAccess(p, loaded, 'read');
    const refusal = checkTriageWork(p, loaded);
    if (refusal) throw refusal;
    const req = await trx
      .selectFrom('case_information_requests')
      .selectAll()
      .where('id', '=', requestId)
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    if (!req) throw notFoundProblem();
    if (req.version !== expectedVersion) throw staleWrite();
    if (req.status !== 'open')
      throw new ProblemError('conflict', 'alleen een open verzoek wordt ingetrokken');
    const now = nowUtc();
    const moved = await trx
      .updateTable('case_information_requests')
      .set({ status: 'cancelled', updated_at: now, version: expectedVersion + 1 })
      .where('id', '=', requestId)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) throw staleWrite();
    const key = await openCaseKey(trx, ctx.masterKey, caseId);
    await recordEvent(trx, key, caseId, {
      type: 'information-request-cancelled',
      article: '12.2b',
      actorUserId: p.userId,
      audience: 'procesregisseur',
      note: reason,
    });
    const spec = {
      name: 'case.information-request.cancel',
      operation: 'update' as const,
      activity: 'triage',
      caseId,
      controllerPartyId: loaded.row.registering_party_id,
      principal: p,
      trace,
    };
    await appendProcessing(trx, await entriesFor(trx, spec, await caseSubjects(trx, ctx.log, key, caseId)));
    return requestView(
      key,
      { ...req, status: 'cancelled', updated_at: now, version: expectedVersion + 1 },
      await houseToday(trx),
    );
  });
}
