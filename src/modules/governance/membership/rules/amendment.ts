/**
 * Art. 21: amendments are decided by the Stuurgroep and confirmed in writing (21.1); an amended
 * covenant is signed again by every party (21.2); a party that finds an amendment unacceptable may
 * withdraw in writing as of the moment the amended covenant enters into force (21.3).
 */
import { type Actor, isSecretary } from './consent.js';
import { allowed, refuse, type Verdict } from './refusal.js';

export interface AmendmentInput {
  /** Date of the Stuurgroep decision (21.1). */
  decidedOn: string;
  /** Written confirmation: the decision's reference (21.1: oral arrangements have no force). */
  reference: string;
  entryIntoForce: string;
}

export function checkAmendment(actor: Actor, a: AmendmentInput): Verdict {
  if (!isSecretary(actor))
    return refuse('not-allowed', 'de secretaris van de Stuurgroep legt wijzigingen vast', '21.1');
  if (a.reference.trim().length === 0)
    return refuse(
      'invalid',
      'een wijziging geldt alleen als de Stuurgroep haar schriftelijk bevestigt',
      '21.1',
    );
  if (a.entryIntoForce < a.decidedOn)
    return refuse(
      'invalid',
      'een wijziging treedt niet in werking vóór het besluit van de Stuurgroep',
      '21.1',
    );
  return allowed;
}

/** Art. 21.2: the secretary records each party's renewed signature, once, for an active party. */
export function checkResign(actor: Actor, partyActive: boolean, alreadySigned: boolean): Verdict {
  if (!isSecretary(actor))
    return refuse('not-allowed', 'de secretaris legt de hernieuwde ondertekening vast', '21.2');
  if (!partyActive) return refuse('wrong-phase', 'alleen een actieve partij ondertekent opnieuw', '21.2');
  if (alreadySigned) return refuse('wrong-phase', 'deze partij heeft deze versie al ondertekend', '21.2');
  return allowed;
}

export interface SigningProgress {
  signed: number;
  needed: number;
  complete: boolean;
}

/** Signatures that count: those of parties active now (Art. 21.2 "door Partijen"). */
export function signingProgress(
  activeParties: readonly string[],
  signedBy: ReadonlySet<string>,
): SigningProgress {
  const signed = activeParties.filter((p) => signedBy.has(p)).length;
  return { signed, needed: activeParties.length, complete: signed === activeParties.length };
}
