/**
 * How votes are counted, stated once (domain.md §5; Art. 5.4, 7.1, 6.7, Bijlage 3). One vote per
 * party; a delegate may cast the votes of parties that mandated its party; staff (manager,
 * procesregisseur, secretary) advise but do not vote (Art. 4.3h–i, 6.3b–d); a proposal is adopted
 * when more votes are for than against; abstentions do not count; a tie is not adopted.
 * The covenant sets no quorum (Art. 5.4, 7.1 ask only a majority of votes cast): absent parties are
 * protected by the hearing rule instead (Art. 5.5, 7.2, see hearing.ts). No I/O.
 */

export type Choice = 'for' | 'against' | 'abstain';

/** One vote as cast: the party whose vote it is, and the party of the member who cast it. */
export interface Ballot {
  partyId: string;
  choice: Choice;
  /** Party of the casting member; null for house staff, who do not vote. */
  castByPartyId: string | null;
}

/** An effective mandate to decide: the mandatee party casts the mandator party's vote (Art. 6.7). */
export interface MandateLink {
  mandatorPartyId: string;
  mandateePartyId: string;
}

export interface CountInput {
  /** Parties that hold a vote of their own in the body (seats and voting memberships). */
  votingPartyIds: readonly string[];
  ballots: readonly Ballot[];
  mandates: readonly MandateLink[];
}

export type Outcome = 'adopted' | 'rejected' | 'tie';

export interface Tally {
  for: number;
  against: number;
  abstain: number;
  /** The vote counted per party, at most one each. */
  counted: { partyId: string; choice: Choice; via: 'own' | 'mandate' }[];
  /** Ballots that were not counted, with the reason and article. */
  refused: { partyId: string; reason: string }[];
  outcome: Outcome;
  /** Every counted vote is for or an abstention, and at least one is for. */
  unanimous: boolean;
}

type Verdict = { ok: true; via: 'own' | 'mandate' } | { ok: false; reason: string };

/** Whether a ballot may count: own vote of a voting party, or the vote of a party that mandated the caster's party. */
export function entitlement(b: Ballot, input: Pick<CountInput, 'votingPartyIds' | 'mandates'>): Verdict {
  if (b.castByPartyId === null)
    return { ok: false, reason: 'medewerkers van het huis adviseren maar stemmen niet (Art. 4.3, 6.3)' };
  if (b.castByPartyId === b.partyId) {
    return input.votingPartyIds.includes(b.partyId)
      ? { ok: true, via: 'own' }
      : { ok: false, reason: 'deze partij heeft geen stem in dit orgaan (Art. 4.3, 6.3)' };
  }
  // Mandates do not chain: only the mandatee's own voting member casts the mandator's vote.
  const mandated = input.mandates.some(
    (m) => m.mandatorPartyId === b.partyId && m.mandateePartyId === b.castByPartyId,
  );
  if (mandated && input.votingPartyIds.includes(b.castByPartyId)) return { ok: true, via: 'mandate' };
  return { ok: false, reason: 'stem voor een andere partij vraagt haar mandaat (Art. 6.7, Bijlage 3)' };
}

/**
 * Counts the ballots. Per party one vote: the party's own vote prevails over a vote cast for it
 * under a mandate (Bijlage 3: the power stays with the mandator); two differing votes of the same
 * kind for one party are a conflict and count for neither side. The result does not depend on the
 * order of the ballots.
 */
export function countVotes(input: CountInput): Tally {
  const refused: Tally['refused'] = [];
  const byParty = new Map<string, { own: Set<Choice>; mandate: Set<Choice> }>();
  for (const b of input.ballots) {
    const v = entitlement(b, input);
    if (!v.ok) {
      refused.push({ partyId: b.partyId, reason: v.reason });
      continue;
    }
    const slot = byParty.get(b.partyId) ?? { own: new Set<Choice>(), mandate: new Set<Choice>() };
    slot[v.via].add(b.choice);
    byParty.set(b.partyId, slot);
  }
  const counted: Tally['counted'] = [];
  for (const partyId of [...byParty.keys()].sort()) {
    const slot = byParty.get(partyId) as { own: Set<Choice>; mandate: Set<Choice> };
    const via = slot.own.size > 0 ? 'own' : 'mandate';
    const choices = [...slot[via]];
    if (choices.length === 1) counted.push({ partyId, choice: choices[0] as Choice, via });
    else
      refused.push({
        partyId,
        reason: 'tegenstrijdige stemmen voor één partij: één stem per partij (Art. 5.4)',
      });
  }
  const n = (c: Choice) => counted.filter((x) => x.choice === c).length;
  const tally = { for: n('for'), against: n('against'), abstain: n('abstain') };
  const outcome: Outcome =
    tally.for > tally.against ? 'adopted' : tally.for < tally.against ? 'rejected' : 'tie';
  return { ...tally, counted, refused, outcome, unanimous: tally.for > 0 && tally.against === 0 };
}

/** Art. 5.4, 7.1: consensus is sought; it cannot be recorded while any party voted against. */
export function consensusProblem(consensus: boolean, tally: Tally): string | null {
  return consensus && tally.against > 0
    ? 'consensus kan niet worden vastgelegd als een partij tegen stemde (Art. 5.4, 7.1)'
    : null;
}
