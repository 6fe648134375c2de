/**
 * A disclosure request as the caller sees it (Art. 9.2): its sealed texts opened with the case
 * key and the item titles with each item's own key (issue 6 §5), only the items the caller may
 * see, and the caller's permissions — decide per item (the controller's decider), export and
 * cancel (the requester) — so the UI hides what would be refused. `shownView` opens only what it
 * is given: a list page (page.ts) hands it just the page's requests and their visible items.
 */
import type { Kysely } from 'kysely';
import { type ItemKeyRing, itemKeyRing } from '../../../platform/crypto/item-keys.js';
import type { Database, DisclosureRequestTable } from '../../../platform/db/schema.js';
import { unseal, unsealOrNull } from '../../cases/sealing.js';
import {
  type CaseScope,
  type DisclosureItem,
  deciderItem,
  type LoadedDisclosure,
  visibleItems,
} from './load.js';
import { mayDecide, mayRequest } from './rules/decider.js';
import { cancelRefusal, decisionRefusal } from './rules/decisions.js';
import type { DisclosureView } from './schemas.js';

/** The keys of the items of these requests, read in one query (issue 6 §5). */
export const itemKeysOf = (
  db: Kysely<Database>,
  key: Buffer,
  caseId: string,
  ds: readonly LoadedDisclosure[],
): Promise<ItemKeyRing> =>
  itemKeyRing(
    db,
    key,
    caseId,
    ds.flatMap((d) => d.items.map((i) => i.item.id)),
  );

/** A request ready to be shown: its row, the items the caller may see (in order), and the export's test. */
export interface ShownDisclosure {
  row: DisclosureRequestTable;
  shown: DisclosureItem[];
  /** Every item of the request — also those the caller may not see — has its controller's approval. */
  allApproved: boolean;
}

/** Art. 9.2: the export needs every controller's consent — every item of the request approved. */
export const allApproved = (decisions: readonly string[]): boolean =>
  decisions.length > 0 && decisions.every((d) => d === 'approved');

export function disclosureView(
  key: Buffer,
  s: CaseScope,
  d: LoadedDisclosure,
  now: string,
  itemKeys: ItemKeyRing,
): DisclosureView {
  return shownView(
    key,
    s,
    {
      row: d.row,
      shown: visibleItems(s, d, now),
      allApproved: allApproved(d.items.map((i) => i.link.decision)),
    },
    itemKeys,
  );
}

/** Opens the request's texts and the titles of exactly the items in `d.shown`. */
export function shownView(
  key: Buffer,
  s: CaseScope,
  d: ShownDisclosure,
  itemKeys: ItemKeyRing,
): DisclosureView {
  const r = d.row;
  const o = (column: string, sealed: string) => unseal(key, 'disclosure_requests', column, r.id, sealed);
  const requester = r.requested_by_user_id === s.actor.userId && mayRequest(s.actor);
  return {
    id: r.id,
    caseId: r.case_id,
    reference: r.reference,
    status: r.status,
    recipient: o('recipient', r.recipient_enc),
    purpose: o('purpose', r.purpose_enc),
    legalBasis: o('legal_basis', r.legal_basis_enc),
    requestedByUserId: r.requested_by_user_id,
    requestedByPartyId: r.requested_by_party_id,
    createdAt: r.created_at,
    exportCount: r.export_count,
    firstExportedAt: r.first_exported_at,
    items: d.shown.map((i) => ({
      itemId: i.item.id,
      title: unseal(itemKeys.keyOf(i.item.id), 'information_items', 'title', i.item.id, i.item.title_enc),
      // Art. 9.2, 15.2: the decider sees under which law the item falls (only for items shown).
      regime: i.item.regime,
      controllerPartyId: i.link.controller_party_id,
      decision: i.link.decision,
      reasoning: unsealOrNull(
        key,
        'disclosure_request_items',
        'reasoning',
        `${r.id}:${i.item.id}`,
        i.link.reasoning_enc,
      ),
      decidedByUserId: i.link.decided_by_user_id,
      decidedAt: i.link.decided_at,
      permissions:
        mayDecide(deciderItem(i), s.actor) && decisionRefusal(r.status, i.link.decision) === null
          ? ['decide' as const]
          : [],
    })),
    version: r.version,
    permissions: [
      ...(requester && r.status === 'approved' && d.allApproved ? ['export' as const] : []),
      ...(requester && cancelRefusal(r.status) === null ? ['cancel' as const] : []),
    ],
  };
}
