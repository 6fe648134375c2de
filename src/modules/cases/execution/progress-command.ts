/**
 * The coordinator's progress report to the procesregisseur (Art. 13.3, 12.2g): sealed with the
 * case key, put on the timeline for the procesregisseur, and logged per person in one transaction.
 */
import type { Principal } from '../../../platform/auth/principal.js';
import { openCaseKey } from '../../../platform/crypto/case-keys.js';
import { newId, nowUtc } from '../../../platform/ids.js';
import { appendProcessing, type TraceContext } from '../../../platform/processing-log/index.js';
import type { CaseContext } from '../context.js';
import { recordEvent } from '../events.js';
import { notFoundProblem, requireAccess } from '../policy.js';
import { seal } from '../sealing.js';
import { loadCase } from '../state.js';
import { caseEntries } from './log.js';
import { checkExecution } from './policy.js';

export async function addProgressReport(
  ctx: CaseContext,
  p: Principal,
  caseId: string,
  text: string,
  trace: TraceContext,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadCase(trx, caseId);
    if (!loaded) throw notFoundProblem();
    requireAccess(p, loaded, 'read');
    const refusal = checkExecution(p, loaded, 'report-progress');
    if (refusal) throw refusal;
    const key = await openCaseKey(trx, ctx.masterKey, caseId);
    const id = newId();
    const at = nowUtc();
    await trx
      .insertInto('case_progress_reports')
      .values({
        id,
        case_id: caseId,
        author_user_id: p.userId,
        at,
        text_enc: seal(key, 'case_progress_reports', 'text', id, text),
      })
      .execute();
    await recordEvent(trx, key, caseId, {
      type: 'progress-reported',
      article: '13.3',
      actorUserId: p.userId,
      audience: 'procesregisseur',
    });
    await appendProcessing(
      trx,
      await caseEntries(trx, ctx, key, {
        name: 'case.progress-report',
        operation: 'create',
        activity: 'uitvoering-monitoring',
        caseId,
        controllerPartyId: p.partyId ?? loaded.row.registering_party_id,
        principal: p,
        trace,
      }),
    );
    return { id, at, authorUserId: p.userId, text };
  });
}
