/**
 * The assessment thread (Art. 12.2a: the procesregisseur assesses in consultation with the
 * registering party): questions and answers between the assigned procesregisseur and the
 * registering professional, sealed with the case key and logged per person in one transaction.
 */
import type { Principal } from '../../platform/auth/principal.js';
import { openCaseKey } from '../../platform/crypto/case-keys.js';
import { newId, nowUtc } from '../../platform/ids.js';
import { appendProcessing, type TraceContext } from '../../platform/processing-log/index.js';
import type { CaseContext } from './context.js';
import { checkAsk, notFoundProblem, requireAccess } from './policy.js';
import { entriesFor, subjectsOf } from './processing.js';
import { seal, unsealOrNull } from './sealing.js';
import { loadCase } from './state.js';

export async function addQuestion(
  ctx: CaseContext,
  principal: Principal,
  caseId: string,
  text: string,
  trace: TraceContext,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadCase(trx, caseId);
    if (!loaded) throw notFoundProblem();
    requireAccess(principal, loaded, 'ask');
    const refusal = checkAsk(principal, loaded);
    if (refusal) throw refusal;
    const key = await openCaseKey(trx, ctx.masterKey, caseId);
    const id = newId();
    const at = nowUtc();
    await trx
      .insertInto('case_questions')
      .values({
        id,
        case_id: caseId,
        author_user_id: principal.userId,
        at,
        text_enc: seal(key, 'case_questions', 'text', id, text),
      })
      .execute();
    const persons = await trx
      .selectFrom('case_persons')
      .select(['id', 'bsn_enc'])
      .where('case_id', '=', caseId)
      .orderBy('position')
      .execute();
    const bsns = persons.map((p) => unsealOrNull(key, 'case_persons', 'bsn', p.id, p.bsn_enc));
    const spec = {
      name: 'case.question',
      operation: 'create' as const,
      activity: 'beoordeling',
      caseId,
      controllerPartyId: loaded.row.registering_party_id,
      principal,
      trace,
    };
    await appendProcessing(trx, await entriesFor(trx, spec, subjectsOf(ctx.log, bsns)));
    return { id, at, authorUserId: principal.userId, text };
  });
}
