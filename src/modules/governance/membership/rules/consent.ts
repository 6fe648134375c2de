/**
 * Consent of "all parties" (Art. 20.4 accession, Art. 19.1 external communication): every party
 * that is active now must have agreed; one refusal blocks. Who records a party's consent: a
 * delegate of that party in a governance body (its contact person, Art. 10.1), for its own party.
 */
export interface Actor {
  roles: readonly string[];
  /** The actor's party; null for the house's own staff. */
  partyId: string | null;
  /** Holds a seat in the Stuurgroep, Partneroverleg or annual meeting (Art. 4.3, 6.3, 6.4, 10.1). */
  isDelegate: boolean;
}

export type ConsentAnswer = boolean;

export interface ConsentTally {
  /** Active parties that have not answered. */
  missing: string[];
  /** Active parties that refused. */
  refused: string[];
  /** Everyone needed agreed. */
  complete: boolean;
}

/** Answers of parties that are no longer active do not count; only the active parties are needed. */
export function tally(
  activeParties: readonly string[],
  answers: ReadonlyMap<string, ConsentAnswer>,
): ConsentTally {
  const missing = activeParties.filter((p) => !answers.has(p));
  const refused = activeParties.filter((p) => answers.get(p) === false);
  return { missing, refused, complete: missing.length === 0 && refused.length === 0 };
}

/** A delegate of an active party speaks for that party only (Art. 10.1). */
export const canSpeakFor = (actor: Actor, partyId: string, activeParties: readonly string[]) =>
  actor.partyId === partyId && actor.isDelegate && activeParties.includes(partyId);

export const isSecretary = (actor: Actor) => actor.roles.includes('secretaris');
export const isManager = (actor: Actor) => actor.roles.includes('manager');
