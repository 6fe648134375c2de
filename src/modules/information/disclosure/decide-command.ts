/**
 * The controller's written decision on one item of a disclosure request (Art. 9.2: prior written
 * consent of the party that provided the information), and the requester's cancelling of a
 * request. `checkDecision` is the gate the route runs before asking for re-authentication, and the
 * command runs again inside its transaction: 404 for what the caller may not see, 403 for a
 * request they see but an item they may not decide on, 409 when the request no longer allows it.
 * One refusal ends the request (rules/decisions.ts); when the last approval arrives, or a refusal,
 * the requester is notified. Guarded by the request's version (If-Match).
 */
import type { Kysely } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.js';
import { openCaseKey } from '../../../platform/crypto/case-keys.js';
import type { Database } from '../../../platform/db/schema.js';
import { staleWrite } from '../../../platform/http/etag.js';
import { ProblemError } from '../../../platform/http/problem.js';
import { nowUtc } from '../../../platform/ids.js';
import { appendProcessing, type TraceContext } from '../../../platform/processing-log/index.js';
import type { CaseContext } from '../../cases/context.js';
import { recordEvent } from '../../cases/events.js';
import { notFoundProblem } from '../../cases/policy.js';
import { seal } from '../../cases/sealing.js';
import { notify } from '../../notifications/notify.js';
import { caseScope, deciderItem, visibleDisclosure, visibleItems } from './load.js';
import { disclosureEntries } from './log.js';
import { mayDecide } from './rules/decider.js';
import { cancelRefusal, decisionRefusal, statusOf } from './rules/decisions.js';
import type { DisclosureDecisionInput } from './schemas.js';
import { disclosureView, itemKeysOf } from './view.js';

/** The gate of a decision: the request and item as the caller may see them, or the problem. */
export async function checkDecision(
  db: Kysely<Database>,
  p: Principal,
  caseId: string,
  id: string,
  itemId: string,
) {
  const s = await caseScope(db, p, caseId);
  const d = await visibleDisclosure(db, s, id);
  const entry = visibleItems(s, d, nowUtc()).find((i) => i.item.id === itemId);
  if (!entry) throw notFoundProblem();
  if (!mayDecide(deciderItem(entry), s.actor))
    throw new ProblemError(
      'forbidden',
      'alleen de verstrekkende partij (met een rol in de casus) beslist over verstrekking (Art. 9.2)',
    );
  const refusal = decisionRefusal(d.row.status, entry.link.decision);
  if (refusal) throw new ProblemError('conflict', refusal);
  return { s, d, entry };
}

export async function decideItem(
  ctx: CaseContext,
  p: Principal,
  caseId: string,
  id: string,
  itemId: string,
  expectedVersion: number,
  input: DisclosureDecisionInput,
  trace: TraceContext,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const { s, d, entry } = await checkDecision(trx, p, caseId, id, itemId);
    if (d.row.version !== expectedVersion) throw staleWrite();
    const key = await openCaseKey(trx, ctx.masterKey, caseId);
    const now = nowUtc();
    const reasoning = seal(key, 'disclosure_request_items', 'reasoning', `${id}:${itemId}`, input.reasoning);
    const link = {
      ...entry.link,
      decision: input.decision,
      reasoning_enc: reasoning,
      decided_by_user_id: p.userId,
      decided_at: now,
      item_version: entry.item.version,
    };
    await trx
      .updateTable('disclosure_request_items')
      .set({
        decision: link.decision,
        reasoning_enc: link.reasoning_enc,
        decided_by_user_id: link.decided_by_user_id,
        decided_at: link.decided_at,
        item_version: link.item_version,
      })
      .where('request_id', '=', id)
      .where('item_id', '=', itemId)
      .where('decision', '=', 'pending')
      .execute();
    const items = d.items.map((i) => (i.item.id === itemId ? { ...i, link } : i));
    const status = statusOf(items.map((i) => i.link.decision));
    const moved = await trx
      .updateTable('disclosure_requests')
      .set({ status, updated_at: now, version: expectedVersion + 1 })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) throw staleWrite();
    await recordEvent(trx, key, caseId, {
      type: input.decision === 'approved' ? 'disclosure-item-approved' : 'disclosure-item-refused',
      article: '9.2',
      actorUserId: p.userId,
    });
    if (status !== 'pending')
      await notify(trx, {
        userIds: [d.row.requested_by_user_id],
        kind: status === 'approved' ? 'disclosure.approved' : 'disclosure.refused',
        caseId,
        link: `/casussen/${caseId}/verstrekkingen/${id}`,
      });
    const spec = {
      name: `disclosure.${input.decision === 'approved' ? 'approve' : 'refuse'}`,
      operation: 'update' as const,
      caseId,
      principal: p,
      trace,
    };
    const logItems = [{ controllerPartyId: link.controller_party_id, personIds: entry.item.personIds }];
    await appendProcessing(trx, await disclosureEntries(trx, ctx, key, spec, logItems));
    const row = { ...d.row, status, updated_at: now, version: expectedVersion + 1 };
    const shown = { row, items };
    return disclosureView(key, s, shown, now, await itemKeysOf(trx, key, caseId, [shown]));
  });
}

export async function cancelDisclosure(
  ctx: CaseContext,
  p: Principal,
  caseId: string,
  id: string,
  expectedVersion: number,
  reason: string,
  trace: TraceContext,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const s = await caseScope(trx, p, caseId);
    const d = await visibleDisclosure(trx, s, id);
    if (d.row.requested_by_user_id !== p.userId)
      throw new ProblemError('forbidden', 'alleen de aanvrager trekt een verzoek tot verstrekking in');
    if (d.row.version !== expectedVersion) throw staleWrite();
    const refusal = cancelRefusal(d.row.status);
    if (refusal) throw new ProblemError('conflict', refusal);
    const key = await openCaseKey(trx, ctx.masterKey, caseId);
    const now = nowUtc();
    const moved = await trx
      .updateTable('disclosure_requests')
      .set({ status: 'cancelled', updated_at: now, version: expectedVersion + 1 })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) throw staleWrite();
    await recordEvent(trx, key, caseId, {
      type: 'disclosure-cancelled',
      article: '9.2',
      actorUserId: p.userId,
      // The reason may name the recipient: only for the procesregisseur's eyes.
      audience: 'procesregisseur',
      note: reason,
    });
    const spec = { name: 'disclosure.cancel', operation: 'update' as const, caseId, principal: p, trace };
    const logItems = d.items.map((i) => ({
      controllerPartyId: i.link.controller_party_id,
      personIds: i.item.personIds,
    }));
    await appendProcessing(trx, await disclosureEntries(trx, ctx, key, spec, logItems));
    const row = { ...d.row, status: 'cancelled' as const, updated_at: now, version: expectedVersion + 1 };
    const shown = { row, items: d.items };
    return disclosureView(key, s, shown, now, await itemKeysOf(trx, key, caseId, [shown]));
  });
}
