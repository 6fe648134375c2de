/**
 * Art. 19: no party communicates about the cooperation to third parties without the prior
 * consent of the other parties (19.1); the manager coordinates communication to third parties and
 * is the house's spokesperson (19.2, 11.3f). A statement is proposed, the active parties consent,
 * and only then does the manager release it, as spokesperson.
 */
import { type Actor, type ConsentAnswer, canSpeakFor, isManager, isSecretary, tally } from './consent.js';
import { allowed, refuse, type Verdict } from './refusal.js';

export const statementStatuses = ['proposed', 'released', 'withdrawn'] as const;
export type StatementStatus = (typeof statementStatuses)[number];

export interface StatementState {
  status: StatementStatus;
  activeParties: readonly string[];
  consents: ReadonlyMap<string, ConsentAnswer>;
}

export function checkPropose(actor: Actor): Verdict {
  if (!isManager(actor) && !isSecretary(actor))
    return refuse('not-allowed', 'de Manager coördineert de communicatie naar derden', '19.2');
  return allowed;
}

export function checkStatementConsent(actor: Actor, s: StatementState): Verdict {
  if (!canSpeakFor(actor, actor.partyId ?? '', s.activeParties))
    return refuse(
      'not-allowed',
      'alleen een afgevaardigde van een actieve partij stemt in, voor de eigen partij',
      '19.1',
    );
  if (s.status !== 'proposed')
    return refuse('wrong-phase', 'deze verklaring is niet meer in voorbereiding', '19.1');
  return allowed;
}

export function checkRelease(actor: Actor, s: StatementState): Verdict {
  if (!isManager(actor)) return refuse('not-allowed', 'de Manager treedt op als woordvoerder', '19.2');
  if (s.status !== 'proposed')
    return refuse('wrong-phase', 'deze verklaring is niet meer in voorbereiding', '19.1');
  const t = tally(s.activeParties, s.consents);
  if (!t.complete)
    return refuse(
      'wrong-phase',
      `naar buiten pas na instemming van alle partijen: ${t.missing.length} ontbreken, ${t.refused.length} weigerden`,
      '19.1',
    );
  return allowed;
}
