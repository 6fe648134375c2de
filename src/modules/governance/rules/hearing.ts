/**
 * The hearing rule (Art. 5.5 Stuurgroep, 7.2 Partneroverleg): a member party that is absent is
 * asked for written input on the decisions on the agenda; without it, a decision that can
 * substantially affect that party is not taken — it is held (aangehouden) — until the party has
 * been heard. A party counts as present when a member who holds its vote, or a member of it, is
 * present, or when the party it mandated to decide is present (Art. 6.7, Bijlage 3). No I/O.
 */
import type { MandateLink } from './votes.js';

export interface HearingInput {
  /** Parties with a vote in the body (own or via a mandate): its members in the sense of 5.5/7.2. */
  memberPartyIds: readonly string[];
  /** Parties present in person (a member of the party, or holding its vote, attended). */
  presentPartyIds: readonly string[];
  /** Effective mandates to decide in this body. */
  mandates: readonly MandateLink[];
  /** Parties the decision can substantially affect ("in belangrijke mate kunnen treffen"). */
  affectedPartyIds: readonly string[];
  /** Parties that gave written input on this decision, or have since been heard. */
  heardPartyIds: readonly string[];
}

export interface HearingResult {
  held: boolean;
  /** The affected absent member parties without written input, sorted: the decision waits for them. */
  waitingFor: string[];
}

/** Present in person, or represented by a present mandatee. */
export function representedParties(
  present: readonly string[],
  mandates: readonly MandateLink[],
): Set<string> {
  const set = new Set(present);
  for (const m of mandates) if (present.includes(m.mandateePartyId)) set.add(m.mandatorPartyId);
  return set;
}

export function hearing(input: HearingInput): HearingResult {
  const represented = representedParties(input.presentPartyIds, input.mandates);
  const waitingFor = [...new Set(input.affectedPartyIds)]
    .filter((p) => input.memberPartyIds.includes(p))
    .filter((p) => !represented.has(p) && !input.heardPartyIds.includes(p))
    .sort();
  return { held: waitingFor.length > 0, waitingFor };
}
