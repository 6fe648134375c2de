/**
 * Changing which information items an action of the plan is based on (Art. 8.4b, 13.2, 16.2):
 * the coordinator or the assigned procesregisseur, during execution (policy.ts). The items listed
 * must be ones the caller may see and whose providers allow their use in the action plan now —
 * any other id is answered as one that does not exist (404), a disallowed one with 409
 * (information/action-plan.ts) — and replace the citations the caller can see; citations of items
 * the caller cannot see stay. Guarded by the action's version (If-Match); the change and its
 * processing-log entries (the action's, and per cited or uncited item its provider's, the
 * controller) commit in one transaction, and nothing is stored when any check fails. No timeline
 * event: it would tell those who may not see an item that the plan's basis changed.
 */
import type { Principal } from '../../../platform/auth/principal.js';
import { openCaseKey } from '../../../platform/crypto/case-keys.js';
import { staleWrite } from '../../../platform/http/etag.js';
import { nowUtc } from '../../../platform/ids.js';
import { appendProcessing, type TraceContext } from '../../../platform/processing-log/index.js';
import { citationEntries, replaceCitations } from '../../information/action-plan.js';
import type { CaseContext } from '../context.js';
import { notFoundProblem, requireAccess } from '../policy.js';
import { loadCase } from '../state.js';
import { caseEntries } from './log.js';
import { checkCitationChange } from './policy.js';

export async function changeActionCitations(
  ctx: CaseContext,
  p: Principal,
  caseId: string,
  actionId: string,
  expectedVersion: number,
  itemIds: readonly string[],
  trace: TraceContext,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadCase(trx, caseId);
    if (!loaded) throw notFoundProblem();
    requireAccess(p, loaded, 'read');
    const action = await trx
      .selectFrom('case_actions')
      .select(['id', 'status', 'version', 'owner_party_id'])
      .where('id', '=', actionId)
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    if (!action) throw notFoundProblem();
    const refusal = checkCitationChange(p, loaded);
    if (refusal) throw refusal;
    if (action.version !== expectedVersion) throw staleWrite();
    const now = nowUtc();
    const changed = await replaceCitations(trx, p, loaded, actionId, itemIds, now);
    const moved = await trx
      .updateTable('case_actions')
      .set({ version: expectedVersion + 1, updated_at: now })
      .where('id', '=', actionId)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) throw staleWrite();
    const key = await openCaseKey(trx, ctx.masterKey, caseId);
    const spec = {
      name: 'case.action.citations',
      operation: 'update' as const,
      activity: 'uitvoering-monitoring' as const,
      caseId,
      principal: p,
      trace,
    };
    await appendProcessing(trx, [
      ...(await caseEntries(trx, ctx, key, { ...spec, controllerPartyId: action.owner_party_id })),
      ...(await citationEntries(trx, ctx, key, { ...spec, caseStatus: loaded.row.status }, changed)),
    ]);
    return { id: actionId, status: action.status, version: expectedVersion + 1 };
  });
}
