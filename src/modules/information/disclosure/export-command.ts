/**
 * Producing the disclosure (Art. 9.2, 19.1): only the requester, only once every item has its
 * controller's written approval on the item's current content (rules/decisions.ts), and only while
 * the requester may still see every item. The PDF (pdf.ts) carries recipient, purpose, legal basis,
 * date and reference on every page. Each production is a 'verstrekking' logged per item with its
 * controller, recorded on the timeline, and told to the controllers' deciders.
 */
import type { Principal } from '../../../platform/auth/principal.js';
import { openCaseKey } from '../../../platform/crypto/case-keys.js';
import { itemKeyRing } from '../../../platform/crypto/item-keys.js';
import { ProblemError } from '../../../platform/http/problem.js';
import { nowUtc } from '../../../platform/ids.js';
import { appendProcessing, type TraceContext } from '../../../platform/processing-log/index.js';
import type { CaseContext } from '../../cases/context.js';
import { recordEvent } from '../../cases/events.js';
import { unseal } from '../../cases/sealing.js';
import { notify } from '../../notifications/notify.js';
import { houseToday } from '../subject-requests/log.js';
import { decidersOf } from './deciders.js';
import { caseScope, visibleDisclosure, visibleItems } from './load.js';
import { disclosureEntries } from './log.js';
import { disclosurePdf } from './pdf.js';
import { mayRequest } from './rules/decider.js';
import { exportRefusal } from './rules/decisions.js';

export async function exportDisclosure(
  ctx: CaseContext,
  p: Principal,
  caseId: string,
  id: string,
  trace: TraceContext,
): Promise<{ pdf: Uint8Array; filename: string }> {
  return ctx.db.transaction().execute(async (trx) => {
    const s = await caseScope(trx, p, caseId);
    const d = await visibleDisclosure(trx, s, id);
    if (d.row.requested_by_user_id !== p.userId || !mayRequest(s.actor))
      throw new ProblemError(
        'forbidden',
        'alleen de aanvrager, met een rol in de casus, verstrekt (Art. 9.2)',
      );
    const now = nowUtc();
    const refusal = exportRefusal(
      d.row.status,
      d.items.map((i) => ({
        decision: i.link.decision,
        approvedVersion: i.link.item_version,
        currentVersion: i.item.version,
        withdrawn: i.item.withdrawn_at !== null,
        expired: i.item.expires_at !== null && i.item.expires_at <= now,
      })),
    );
    if (refusal) throw new ProblemError('conflict', refusal);
    if (visibleItems(s, d, now).length !== d.items.length)
      throw new ProblemError('conflict', 'u mag niet meer alle stukken van dit verzoek inzien (Art. 16.2)');

    const key = await openCaseKey(trx, ctx.masterKey, caseId);
    const o = (table: string, column: string, rowId: string, sealed: string) =>
      unseal(key, table, column, rowId, sealed);
    // Item texts are sealed with each item's own key (issue 6 §5).
    const itemKeys = await itemKeyRing(
      trx,
      key,
      caseId,
      d.items.map((i) => i.item.id),
    );
    const oi = (column: string, itemId: string, sealed: string) =>
      unseal(itemKeys.keyOf(itemId), 'information_items', column, itemId, sealed);
    const parties = new Map(
      (
        await trx
          .selectFrom('parties')
          .select(['id', 'name'])
          .where(
            'id',
            'in',
            d.items.map((i) => i.link.controller_party_id),
          )
          .execute()
      ).map((r) => [r.id, r.name]),
    );
    const pdf = await disclosurePdf({
      reference: d.row.reference,
      caseNumber: s.loaded.row.case_number,
      recipient: o('disclosure_requests', 'recipient', id, d.row.recipient_enc),
      purpose: o('disclosure_requests', 'purpose', id, d.row.purpose_enc),
      legalBasis: o('disclosure_requests', 'legal_basis', id, d.row.legal_basis_enc),
      date: await houseToday(trx),
      items: d.items.map((i) => ({
        title: oi('title', i.item.id, i.item.title_enc),
        body: oi('body', i.item.id, i.item.body_enc),
        regime: i.item.regime,
        controller: parties.get(i.link.controller_party_id) ?? i.link.controller_party_id,
        decidedAt: i.link.decided_at ?? '',
      })),
    });
    await trx
      .updateTable('disclosure_requests')
      .set((eb) => ({
        export_count: eb('export_count', '+', 1),
        first_exported_at: d.row.first_exported_at ?? now,
        updated_at: now,
      }))
      .where('id', '=', id)
      .execute();
    await recordEvent(trx, key, caseId, {
      type: 'disclosure-exported',
      article: '9.2',
      actorUserId: p.userId,
    });
    await notify(trx, {
      userIds: d.items.flatMap((i) => decidersOf(s.loaded, i)),
      kind: 'disclosure.exported',
      caseId,
      link: `/casussen/${caseId}/verstrekkingen/${id}`,
    });
    const spec = { name: 'disclosure.export', operation: 'disclose' as const, caseId, principal: p, trace };
    const logItems = d.items.map((i) => ({
      controllerPartyId: i.link.controller_party_id,
      personIds: i.item.personIds,
    }));
    await appendProcessing(trx, await disclosureEntries(trx, ctx, key, spec, logItems));
    return { pdf, filename: `verstrekking-${d.row.reference}.pdf` };
  });
}
