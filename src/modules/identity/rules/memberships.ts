/**
 * Rules for governance memberships (domain.md §5): one vote per party in a body, so a party's
 * vote is held by at most one member (Art. 5.4, 7.1); staff and secretaries advise but do not vote
 * (Art. 4.3h–i, 6.3b–d); a body has at most one chair (Art. 4.3a). Casting another party's vote
 * needs that party's mandate (Art. 6.7, Bijlage 3); the mandate register arrives with governance.
 */
export interface MembershipInput {
  bodyId: string;
  role: 'member' | 'chair' | 'secretary';
  votesForPartyIds: string[];
}

export interface OtherHolding {
  userId: string;
  bodyId: string;
  role: MembershipInput['role'];
  votesForPartyIds: string[];
}

export function membershipProblems(
  userId: string,
  userPartyId: string | null,
  wanted: MembershipInput[],
  others: OtherHolding[],
): string[] {
  const problems: string[] = [];
  const seenBodies = new Set<string>();
  for (const m of wanted) {
    if (seenBodies.has(m.bodyId)) problems.push(`orgaan ${m.bodyId} staat dubbel`);
    seenBodies.add(m.bodyId);
    if (new Set(m.votesForPartyIds).size !== m.votesForPartyIds.length)
      problems.push('een partij staat dubbel bij de stemmen');
    if (userPartyId === null && m.votesForPartyIds.length > 0) {
      problems.push('medewerkers van het huis adviseren maar stemmen niet (Art. 4.3, 6.3)');
    }
    if (m.role === 'secretary' && m.votesForPartyIds.length > 0)
      problems.push('de secretaris stemt niet (Art. 4.3i, 6.3d)');
    if (m.role === 'secretary' && userPartyId !== null)
      problems.push('de secretaris is een medewerker van het huis (Art. 4.3i, 6.5)');
    const inBody = others.filter((o) => o.bodyId === m.bodyId && o.userId !== userId);
    if (m.role === 'chair' && inBody.some((o) => o.role === 'chair'))
      problems.push('dit orgaan heeft al een voorzitter');
    for (const party of m.votesForPartyIds) {
      if (inBody.some((o) => o.votesForPartyIds.includes(party))) {
        problems.push(
          `de stem van partij ${party} wordt in dit orgaan al door een ander lid uitgebracht (Art. 5.4)`,
        );
      }
    }
  }
  return problems;
}
