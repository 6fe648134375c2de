/**
 * An item as the caller sees it (Art. 16.2): its texts unsealed with the item's own key (or the
 * case key for an item stored before item keys, platform/crypto/item-keys.ts), its conditions,
 * why the caller sees it ("waarom zie ik dit?") and what the caller may do with it, so that the UI
 * hides what the server would refuse.
 */
import { unseal } from '../cases/sealing.js';
import type { ItemRow } from './access.js';
import { conditionsOf } from './access.js';
import { type CaseView, isLive, isProvider, type Viewer, type VisibleBecause } from './rules/visibility.js';
import type { ItemAction, ItemSummary } from './schemas.js';

/** Art. 12.2f, 16.2: the actions the caller may take on the item now. */
export function itemPermissions(item: ItemRow, viewer: Viewer, view: CaseView, now: string): ItemAction[] {
  const c = conditionsOf(item);
  const out: ItemAction[] = [];
  const withdrawn = item.withdrawn_at !== null;
  const provider = isProvider(c, viewer, view);
  if (provider && !withdrawn) out.push('change-conditions', 'withdraw', 'add-attachment');
  if (view.relation === 'assigned' && !withdrawn && isLive(c, now)) out.push('assess-pre-conference');
  if (provider && !withdrawn && item.pre_conference === 'requested') out.push('approve-pre-conference');
  return out;
}

/** `itemKey`: the key sealing this item's content (`ItemKeyRing.keyOf`). */
export function summaryOf(
  itemKey: Buffer,
  item: ItemRow,
  reason: VisibleBecause,
  permissions: ItemAction[],
  attachmentCount: number,
  now: string,
): ItemSummary {
  return {
    id: item.id,
    caseId: item.case_id,
    providerKind: item.provider_kind,
    providerPartyId: item.provider_party_id,
    providedByUserId: item.provided_by_user_id,
    fromInformationRequestId: item.source_request_id,
    title: unseal(itemKey, 'information_items', 'title', item.id, item.title_enc),
    regime: item.regime,
    visibility: item.visibility,
    namedPartyIds: item.namedPartyIds,
    useInActionPlan: item.use_in_action_plan === 1,
    preConference: item.pre_conference,
    expiresAt: item.expires_at,
    withdrawnAt: item.withdrawn_at,
    expired: item.expires_at !== null && item.expires_at <= now,
    personIds: item.personIds,
    createdAt: item.created_at,
    updatedAt: item.updated_at,
    version: item.version,
    visibleBecause: reason,
    permissions,
    attachmentCount,
  };
}
