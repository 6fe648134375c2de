/**
 * Who decides, in writing, on disclosing an item to a third party, and who may ask for it (pure).
 *
 * Art. 9.2: only "after prior written consent of the controller ... that originally provided the
 * information". Art. 10.1: a party's delegates in the case conference are its contact persons.
 * So the decider for a party's item is a professional of that party (Art. 15.1: the controller)
 * who either has a role in the case (registering professional, named participant, case
 * coordinator) or provided the item personally — not just any colleague of the party. For the
 * house's own notes (provider kind 'house'), the case's assigned procesregisseur decides (Art.
 * 12.1, 14.1: the house's staff act under the centrumgemeente's responsibility).
 *
 * The requester is "a participant": someone with a role in the case through which they take part
 * in the exchange — registering professional, named participant, case coordinator, or the
 * assigned procesregisseur — and who can see every item requested (visibility.ts); the rest is 404.
 */

export const requesterRelations = ['registering', 'participant', 'coordinator', 'assigned'] as const;
/** The relations through which a party's professional decides on its items (not 'assigned'). */
export const caseRoleRelations = ['registering', 'participant', 'coordinator'] as const;

export interface DeciderItem {
  providerKind: 'party' | 'house';
  controllerPartyId: string;
  providedByUserId: string;
}

export interface Actor {
  userId: string;
  partyId: string | null;
  roles: readonly string[];
  /** The actor's relation to the case (cases/policy.ts relationOf), or null. */
  relation: string | null;
}

export function mayRequest(a: Actor): boolean {
  return (requesterRelations as readonly (string | null)[]).includes(a.relation);
}

/** Art. 9.2, 10.1, 15.1: whether the actor may give or refuse the controller's written consent. */
export function mayDecide(item: DeciderItem, a: Actor): boolean {
  if (item.providerKind === 'house') return a.relation === 'assigned';
  if (!a.roles.includes('professional') || a.partyId !== item.controllerPartyId) return false;
  return (
    a.userId === item.providedByUserId ||
    (caseRoleRelations as readonly (string | null)[]).includes(a.relation)
  );
}
