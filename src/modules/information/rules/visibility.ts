/**
 * Who may see an information item (Art. 16.2: the providing party decides how others may use its
 * information; Art. 12.2f: reading before the conference only when the procesregisseur assessed it
 * and the provider approved; domain.md §4 need to know). One pure rule, `visibilityReason`, decides
 * for every read path — list, detail, attachment, scrub list, exports — and `items-sql.ts` is its
 * SQL twin for lists: change both together (test/property/information-visibility.test.ts compares
 * the API with an independent model of this rule).
 *
 * - The provider always sees its own items, also when expired or withdrawn. For a party's item
 *   that is a professional of that party (the controller, Art. 15.1, 16.2) whose party the case's
 *   privacy protocol still admits (Art. 15.3) and who provided the item personally or has a role
 *   in the case (registering professional, named participant, coordinator) — not every colleague
 *   of the party (domain.md §4 need to know; the same circle as disclosure/rules/decider.ts). For
 *   a note of the house itself, the case's assigned procesregisseur(s).
 * - Withdrawn or expired items are visible to the provider only (Art. 16.2: immediate effect).
 * - The assigned procesregisseur sees every live item (Art. 12.2f: they assess what may be read).
 * - The other people with a role in the case — the registering professional, named conference
 *   participants, the case coordinator — see an item when its visibility admits them
 *   ('all-participants'; 'named-parties' when their party is named; never 'procesregisseur-only'),
 *   and, before the case's first conference is held, only when reading beforehand was approved.
 * - Nobody else: the informatiecentrum, a procesregisseur not assigned to the case, the manager on
 *   escalation and functioneel beheer see no items (they have no role in the exchange, Art. 15.1).
 */
import type { InformationVisibility, PreConference } from '../../../platform/db/schema.js';

/** The case relations (cases/relations.ts) through which a person takes part in the exchange. */
export const participantRelations = ['registering', 'participant', 'coordinator'] as const;

export interface ItemConditions {
  providerKind: 'party' | 'house';
  providerPartyId: string;
  /** The professional who provided the item personally (for a triage answer: who answered). */
  providedByUserId: string;
  visibility: InformationVisibility;
  namedPartyIds: readonly string[];
  preConference: PreConference;
  expiresAt: string | null;
  withdrawnAt: string | null;
}

export interface Viewer {
  userId: string;
  partyId: string | null;
  roles: readonly string[];
}

/** The case as seen from the viewer: their relation (policy.ts `relationOf`) and its phase. */
export interface CaseView {
  relation: string | null;
  /** Whether a conference of the case has been held (Art. 12.2f: "voorafgaand aan het Casusoverleg"). */
  firstConferenceHeld: boolean;
  /** Whether the case's privacy protocol (still) admits the viewer's party (Art. 15.3). */
  partyAdmitted: boolean;
}

export type VisibleBecause = 'provider' | 'procesregisseur' | 'all-participants' | 'named-party';

/**
 * Whether the viewer acts for the item's provider, with the provider's view and rights (Art. 15.1,
 * 16.2): a professional of the providing party, admitted by the protocol (Art. 15.3), who provided
 * the item personally or has a role in the case (need to know).
 */
export function isProvider(item: ItemConditions, viewer: Viewer, view: CaseView): boolean {
  if (item.providerKind === 'house') return view.relation === 'assigned';
  if (!viewer.roles.includes('professional') || viewer.partyId !== item.providerPartyId) return false;
  if (!view.partyAdmitted) return false;
  return (
    viewer.userId === item.providedByUserId ||
    (participantRelations as readonly (string | null)[]).includes(view.relation)
  );
}

/** Withdrawn, or past its expiry date: from then on only the provider sees it (Art. 16.2). */
export const isLive = (item: ItemConditions, now: string) =>
  item.withdrawnAt === null && (item.expiresAt === null || item.expiresAt > now);

/** Why the viewer may see the item, or null when they may not (then it does not exist for them). */
export function visibilityReason(
  item: ItemConditions,
  viewer: Viewer,
  view: CaseView,
  now: string,
): VisibleBecause | null {
  if (isProvider(item, viewer, view)) return 'provider';
  if (!isLive(item, now)) return null;
  if (view.relation === 'assigned') return 'procesregisseur';
  if (!(participantRelations as readonly (string | null)[]).includes(view.relation)) return null;
  // Art. 12.2f: before the first conference only what the provider approved for reading beforehand.
  if (!view.firstConferenceHeld && item.preConference !== 'approved') return null;
  if (item.visibility === 'all-participants') return 'all-participants';
  if (
    item.visibility === 'named-parties' &&
    viewer.partyId !== null &&
    item.namedPartyIds.includes(viewer.partyId)
  )
    return 'named-party';
  return null;
}

/** Art. 16.2, 12.2f: whether the viewer may learn of the item at all (title, content, existence). */
export const canSee = (item: ItemConditions, viewer: Viewer, view: CaseView, now: string): boolean =>
  visibilityReason(item, viewer, view, now) !== null;
