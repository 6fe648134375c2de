/**
 * Art. 20 (accession) as a state machine: a request through a Partneroverleg member (20.2) →
 * the Stuurgroep secretary informs all parties beforehand (20.3) → each active party consents
 * (20.4: all are needed) → the Stuurgroep decides (4.5c, 20.4) → the organisation and the chair
 * of the Stuurgroep sign Bijlage 1 (20.4) → the party is active. Only the last step activates it.
 */
import { type Actor, type ConsentAnswer, canSpeakFor, isSecretary, tally } from './consent.js';
import { allowed, refuse, type Verdict } from './refusal.js';

export const accessionStatuses = ['requested', 'notified', 'approved', 'refused', 'acceded'] as const;
export type AccessionStatus = (typeof accessionStatuses)[number];
export const signers = ['organisation', 'chair'] as const;
export type Signer = (typeof signers)[number];

export interface AccessionState {
  status: AccessionStatus;
  /** The acceding party: it is not asked for consent. */
  partyId: string;
  /** The parties active now, other than the acceding one. */
  activeParties: readonly string[];
  consents: ReadonlyMap<string, ConsentAnswer>;
  signed: ReadonlySet<Signer>;
}

export type AccessionCommand =
  | { type: 'notify'; actor: Actor }
  | { type: 'consent'; actor: Actor; consent: boolean }
  | { type: 'decide'; actor: Actor; outcome: 'approved' | 'refused' }
  | { type: 'sign'; actor: Actor; signer: Signer };

const onlySecretary = refuse(
  'not-allowed',
  'alleen de secretaris van de Stuurgroep voert de toetreding uit',
  '20.3',
);

/** Whether the command may be carried out now; the caller applies it. */
export function decideAccession(s: AccessionState, c: AccessionCommand): Verdict {
  switch (c.type) {
    case 'notify':
      if (!isSecretary(c.actor)) return onlySecretary;
      if (s.status !== 'requested')
        return refuse('wrong-phase', 'de partijen zijn al op de hoogte gebracht', '20.3');
      return allowed;
    case 'consent':
      if (!canSpeakFor(c.actor, c.actor.partyId ?? '', s.activeParties))
        return refuse(
          'not-allowed',
          'alleen een afgevaardigde van een actieve partij stemt in, voor de eigen partij',
          '20.4',
        );
      if (s.status === 'requested')
        return refuse('wrong-phase', 'de partijen worden eerst door de secretaris geïnformeerd', '20.3');
      if (s.status !== 'notified')
        return refuse('wrong-phase', 'de Stuurgroep heeft al beslist over deze toetreding', '20.4');
      return allowed;
    case 'decide': {
      if (!isSecretary(c.actor)) return onlySecretary;
      if (s.status === 'requested')
        return refuse('wrong-phase', 'de partijen worden eerst geïnformeerd', '20.3');
      if (s.status !== 'notified') return refuse('wrong-phase', 'hierover is al beslist', '20.4');
      const t = tally(s.activeParties, s.consents);
      if (c.outcome === 'approved' && !t.complete)
        return refuse(
          'wrong-phase',
          `goedkeuring vraagt het akkoord van alle partijen: ${t.missing.length} ontbreken, ${t.refused.length} weigerden`,
          '20.4',
        );
      return allowed;
    }
    case 'sign':
      if (!isSecretary(c.actor)) return onlySecretary;
      if (s.status !== 'approved')
        return refuse(
          'wrong-phase',
          'Bijlage 1 wordt pas na goedkeuring door de Stuurgroep ondertekend',
          '20.4',
        );
      if (s.signed.has(c.signer)) return refuse('wrong-phase', 'deze handtekening is al vastgelegd', '20.4');
      return allowed;
  }
}

/** The status after an allowed command. Both signatures make the party a party (Art. 20.4). */
export function nextStatus(s: AccessionState, c: AccessionCommand): AccessionStatus {
  if (c.type === 'notify') return 'notified';
  if (c.type === 'decide') return c.outcome;
  if (c.type === 'sign')
    return new Set([...s.signed, c.signer]).size === signers.length ? 'acceded' : s.status;
  return s.status;
}
