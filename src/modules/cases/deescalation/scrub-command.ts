/**
 * The scrub and the closing of a de-escalated case (Art. 1.10; AVG art. 5.1c and 5.1e): the
 * procesregisseur decides for every element of the dossier to remove or keep it (keeping needs a
 * reason); removed contents are deleted in this transaction; the decisions are recorded; and the
 * case closes: closed_at on the case and its dossier, from which the retention engine counts the
 * privacy protocol's retention period before it removes the case entirely.
 */
import type { Principal } from '../../../platform/auth/principal.js';
import { openCaseKey } from '../../../platform/crypto/case-keys.js';
import { staleWrite } from '../../../platform/http/etag.js';
import { ProblemError } from '../../../platform/http/problem.js';
import { newId, nowUtc } from '../../../platform/ids.js';
import { appendProcessing, type TraceContext } from '../../../platform/processing-log/index.js';
import { removeHiddenItems } from '../../information/scrub-source.js';
import type { CaseContext } from '../context.js';
import { recordEvent } from '../events.js';
import { caseEntries } from '../execution/log.js';
import { notFoundProblem, requireAccess } from '../policy.js';
import { seal } from '../sealing.js';
import { loadCase } from '../state.js';
import { type ElementType, listElements, sources } from './elements.js';
import { checkDeescalation } from './policy.js';
import { checkDecisions, type Decision, retentionUntil } from './rules.js';
import { approvedDeescalation } from './scrub-state.js';

export async function scrubAndClose(
  ctx: CaseContext,
  p: Principal,
  caseId: string,
  expectedVersion: number,
  decisions: (Decision & { type: ElementType })[],
  trace: TraceContext,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadCase(trx, caseId);
    if (!loaded) throw notFoundProblem();
    requireAccess(p, loaded, 'read');
    const approved = await approvedDeescalation(trx, caseId);
    const refusal = checkDeescalation(p, loaded, 'scrub', approved);
    if (refusal) throw refusal;
    if (loaded.row.version !== expectedVersion) throw staleWrite();
    const key = await openCaseKey(trx, ctx.masterKey, caseId);
    const elements = await listElements(trx, key, caseId);
    const wrong = checkDecisions(elements, decisions);
    if (wrong) throw new ProblemError('validation', `${wrong} (Art. 1.10)`);

    // Logged before removal, so that the entries still name every person whose data is scrubbed.
    const entries = await caseEntries(trx, ctx, key, {
      name: 'case.scrub',
      operation: 'remove',
      activity: 'afschaling',
      caseId,
      controllerPartyId: loaded.row.registering_party_id,
      principal: p,
      trace,
    });
    const now = nowUtc();
    for (const d of decisions) {
      const id = newId();
      await trx
        .insertInto('case_scrub_decisions')
        .values({
          id,
          case_id: caseId,
          deescalation_id: approved.id as string,
          element_type: d.type,
          element_id: d.id,
          decision: d.decision,
          reason_enc:
            d.decision === 'keep' ? seal(key, 'case_scrub_decisions', 'reason', id, d.reason ?? '') : null,
          decided_by_user_id: p.userId,
          decided_at: now,
        })
        .execute();
      if (d.decision === 'remove') await sources[d.type].remove(trx, key, caseId, d.id, ctx.ledgerPath);
    }
    // Issue 6 (Art. 1.10, 16.2): withdrawn or expired items of parties, never listed, go as well.
    await removeHiddenItems(trx, caseId, now, ctx.ledgerPath);

    const protocol = await trx
      .selectFrom('privacy_protocols')
      .select('retention_months')
      .where('key', '=', loaded.row.protocol_key)
      .executeTakeFirstOrThrow();
    const until = retentionUntil(now, protocol.retention_months);
    await trx
      .updateTable('case_deescalations')
      .set({ scrubbed_at: now, scrubbed_by_user_id: p.userId, retention_until: until })
      .where('id', '=', approved.id as string)
      .execute();
    const moved = await trx
      .updateTable('cases')
      .set({ closed_at: now, updated_at: now, version: expectedVersion + 1 })
      .where('id', '=', caseId)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) throw staleWrite();
    await trx.updateTable('dossiers').set({ closed_at: now }).where('id', '=', caseId).execute();
    await recordEvent(trx, key, caseId, { type: 'scrubbed', article: '1.10', actorUserId: p.userId });
    await appendProcessing(trx, entries);
    const removed = decisions.filter((d) => d.decision === 'remove').length;
    return {
      id: caseId,
      caseNumber: loaded.row.case_number,
      status: loaded.row.status,
      version: expectedVersion + 1,
      retentionUntil: until,
      removed,
      kept: decisions.length - removed,
    };
  });
}
