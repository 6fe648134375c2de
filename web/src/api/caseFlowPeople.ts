/**
 * Who is who in a case, without names (the case API hands out user ids only: data minimisation).
 * The people the house already knows for each party are the ones who worked on the case for it:
 * the registering professional, whoever answered a bevraging, the participants of earlier
 * conferences; each is described by what they did ("melder", "beantwoordde de bevraging"). When
 * planning a conference, the procesregisseur names participants from the server's candidates (the
 * active professionals of each admitted party, by name, Art. 8.2); `namedCandidates` puts the ones
 * the case already knows first, with what they did.
 */

export type PersonKind =
  | 'you'
  | 'registering'
  | 'procesregisseur'
  | 'answered'
  | 'participant'
  | 'coordinator';

export interface KnownPerson {
  userId: string;
  partyId: string | null;
  kind: PersonKind;
}

export interface PeopleSources {
  me?: string | undefined;
  registeringUserId: string;
  registeringPartyId: string;
  procesregisseurIds: readonly string[];
  coordinator: { userId: string; partyId: string } | null;
  answers: readonly { partyId: string; answeredByUserId: string }[];
  participants: readonly { partyId: string; userId: string }[];
}

/** Everyone the case knows, each once, with the most telling description of what they did. */
export function knownPeople(s: PeopleSources): KnownPerson[] {
  const out = new Map<string, KnownPerson>();
  const add = (userId: string, partyId: string | null, kind: PersonKind) => {
    if (!out.has(userId)) out.set(userId, { userId, partyId, kind: userId === s.me ? 'you' : kind });
  };
  if (s.coordinator) add(s.coordinator.userId, s.coordinator.partyId, 'coordinator');
  add(s.registeringUserId, s.registeringPartyId, 'registering');
  for (const a of s.answers) add(a.answeredByUserId, a.partyId, 'answered');
  for (const p of s.participants) add(p.userId, p.partyId, 'participant');
  for (const id of s.procesregisseurIds) add(id, null, 'procesregisseur');
  return [...out.values()];
}

/** The professionals known per party: the candidates to name for a conference (Art. 8.2). */
export function candidatesByParty(people: readonly KnownPerson[]): Map<string, KnownPerson[]> {
  const out = new Map<string, KnownPerson[]>();
  for (const p of people) {
    if (p.partyId === null) continue;
    out.set(p.partyId, [...(out.get(p.partyId) ?? []), p]);
  }
  return out;
}

export interface NamedCandidate {
  userId: string;
  displayName: string;
  /** What they did in this case, if anything (the description beside the name). */
  known: KnownPerson | undefined;
}

/** The candidates per party, by name; those the case already knows for that party first. */
export function namedCandidates(
  parties: readonly { partyId: string; professionals: readonly { userId: string; displayName: string }[] }[],
  people: readonly KnownPerson[],
): Map<string, NamedCandidate[]> {
  const out = new Map<string, NamedCandidate[]>();
  for (const party of parties) {
    const list = party.professionals.map((p) => ({
      userId: p.userId,
      displayName: p.displayName,
      known: people.find((k) => k.userId === p.userId && k.partyId === party.partyId),
    }));
    const known = list.filter((c) => c.known !== undefined);
    out.set(party.partyId, [...known, ...list.filter((c) => c.known === undefined)]);
  }
  return out;
}
