/**
 * The case flow as a pure state machine (domain.md §3). `decide` checks who may do what in which
 * phase and returns the next state, or a refusal naming the article that forbids it. No I/O: the
 * case module persists what this decides.
 *
 *   concept ─▶ aangemeld ─▶ in_beoordeling ─▶ in_triage ─▶ overleg_gepland ─▶ in_uitvoering ─▶ afgeschaald ─▶ verwijderd
 *                  │              │                │                                ▲   │
 *                  └ ingetrokken  └ afgewezen      └ afgesloten_zonder_overleg      └───┘ vervolgoverleg
 */
import type { Role } from '../../../platform/auth/principal.js';

export const caseStatuses = [
  'concept',
  'aangemeld',
  'in_beoordeling',
  'afgewezen',
  'ingetrokken',
  'in_triage',
  'afgesloten_zonder_overleg',
  'overleg_gepland',
  'in_uitvoering',
  'afgeschaald',
  'verwijderd',
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** Closed phases: the dossier waits for the retention engine. */
export const closedStatuses: readonly CaseStatus[] = [
  'afgewezen',
  'ingetrokken',
  'afgesloten_zonder_overleg',
  'afgeschaald',
];

export interface Actor {
  userId: string;
  partyId: string | null;
  roles: readonly Role[];
}

/** The retention engine acts as the system, never as a person. */
export const SYSTEM = 'system' as const;

export interface CaseState {
  status: CaseStatus;
  registeringUserId: string;
  registeringPartyId: string;
  procesregisseurIds: string[];
  participantPartyIds: string[];
  coordinator: { userId: string; partyId: string } | null;
  escalated: boolean;
  /** A pending de-escalation: who proposed it and who approved it so far, per required role. */
  deescalation: { proposedBy: string; procesregisseur: string | null; coordinator: string | null } | null;
  /** Set when the case was de-escalated: the two different users who decided it (Art. 1.10). */
  deescalatedBy: { procesregisseur: string; coordinator: string } | null;
  /**
   * Art. 1.10: de-escalated, but the dossier has not been scrubbed yet, so it has no closing
   * moment and no retention date. Until the scrub it still needs a procesregisseur (Art. 12.1).
   */
  scrubPending: boolean;
}

export type Command =
  | { type: 'submit'; actor: Actor }
  | { type: 'withdraw'; actor: Actor; reason: string }
  | { type: 'pick-up'; actor: Actor }
  | { type: 'take-over'; actor: Actor; reason: string }
  | { type: 'accept'; actor: Actor; reasoning: string }
  | { type: 'reject'; actor: Actor; reason: string; advice: string }
  | { type: 'decide-triage'; actor: Actor; route: 'conference' | 'advice' | 'referral'; partyIds: string[] }
  | {
      type: 'hold-conference';
      actor: Actor;
      coordinator: { userId: string; partyId: string };
      planAdopted: boolean;
      deescalationCriteria: string;
    }
  | { type: 'plan-follow-up'; actor: Actor }
  | { type: 'escalate'; actor: Actor; reason: string }
  | { type: 'propose-deescalation'; actor: Actor }
  | { type: 'approve-deescalation'; actor: Actor }
  | { type: 'cancel-deescalation'; actor: Actor }
  | { type: 'scrub'; actor: Actor }
  | { type: 'remove'; actor: typeof SYSTEM };

export type Refusal = {
  ok: false;
  code: 'not-allowed' | 'wrong-phase' | 'invalid';
  reason: string;
  article: string;
};
export type Decision = { ok: true; state: CaseState; article: string } | Refusal;

const refuse = (code: Refusal['code'], reason: string, article: string): Refusal => ({
  ok: false,
  code,
  reason,
  article,
});
const ok = (state: CaseState, article: string): Decision => ({ ok: true, state, article });

const isProcesregisseur = (a: Actor) => a.roles.includes('procesregisseur');
const isAssigned = (s: CaseState, a: Actor) =>
  isProcesregisseur(a) && s.procesregisseurIds.includes(a.userId);
const isCoordinator = (s: CaseState, a: Actor) => s.coordinator?.userId === a.userId;
const blank = (text: string) => text.trim().length === 0;

export function newCase(registering: Actor & { partyId: string }): CaseState {
  return {
    status: 'concept',
    registeringUserId: registering.userId,
    registeringPartyId: registering.partyId,
    procesregisseurIds: [],
    participantPartyIds: [],
    coordinator: null,
    escalated: false,
    deescalation: null,
    deescalatedBy: null,
    scrubPending: false,
  };
}

/**
 * Art. 12.1: a case that still needs its procesregisseur — any phase after the registration was
 * picked up and before it closed, and a de-escalated case whose scrub is still due (Art. 1.10:
 * without the scrub the dossier never closes, so another procesregisseur must be able to finish
 * it). Drafts, new registrations (picked up, not taken over) and closed dossiers are not.
 */
export function needsProcesregie(s: Pick<CaseState, 'status' | 'scrubPending'>): boolean {
  if (s.status === 'afgeschaald') return s.scrubPending;
  return !closedStatuses.includes(s.status) && !['concept', 'aangemeld', 'verwijderd'].includes(s.status);
}

export function decide(s: CaseState, c: Command): Decision {
  if (s.status === 'verwijderd') return refuse('wrong-phase', 'de casus is verwijderd', '1.10');
  switch (c.type) {
    case 'submit':
      if (s.status !== 'concept')
        return refuse('wrong-phase', 'alleen een concept kan worden aangemeld', '1.7');
      if (c.actor.userId !== s.registeringUserId)
        return refuse('not-allowed', 'alleen de melder meldt aan', '1.7');
      return ok({ ...s, status: 'aangemeld' }, '1.7');

    case 'withdraw':
      // The registering party may withdraw until triage starts.
      if (s.status !== 'aangemeld' && s.status !== 'in_beoordeling' && s.status !== 'concept') {
        return refuse('wrong-phase', 'intrekken kan alleen vóór de triage', '1.7');
      }
      if (c.actor.partyId !== s.registeringPartyId || !c.actor.roles.includes('professional')) {
        return refuse('not-allowed', 'alleen de aanmeldende partij trekt in', '1.7');
      }
      if (blank(c.reason)) return refuse('invalid', 'geef een reden', '1.7');
      return ok({ ...s, status: 'ingetrokken' }, '1.7');

    case 'pick-up':
      if (s.status !== 'aangemeld')
        return refuse('wrong-phase', 'alleen een nieuwe aanmelding wordt opgepakt', '12.2a');
      if (!isProcesregisseur(c.actor))
        return refuse('not-allowed', 'alleen een procesregisseur beoordeelt', '12.2a');
      return ok({ ...s, status: 'in_beoordeling', procesregisseurIds: [c.actor.userId] }, '12.2a');

    case 'take-over':
      if (!needsProcesregie(s)) {
        return refuse(
          'wrong-phase',
          'overnemen kan alleen bij een lopende casus of een afgeschaalde casus die nog geschoond moet worden',
          '12.1',
        );
      }
      if (!isProcesregisseur(c.actor))
        return refuse('not-allowed', 'alleen een procesregisseur neemt over', '12.1');
      if (isAssigned(s, c.actor)) return refuse('invalid', 'u voert de procesregie al', '12.1');
      if (blank(c.reason)) return refuse('invalid', 'geef een reden voor de overname', '12.1');
      return ok({ ...s, procesregisseurIds: [...s.procesregisseurIds, c.actor.userId] }, '12.1');

    case 'accept':
      if (s.status !== 'in_beoordeling')
        return refuse('wrong-phase', 'alleen een aanmelding in beoordeling wordt aanvaard', '12.2a');
      if (!isAssigned(s, c.actor))
        return refuse('not-allowed', 'alleen de toegewezen procesregisseur beslist', '12.2a');
      if (blank(c.reasoning)) return refuse('invalid', 'leg de afweging vast', '12.2a');
      return ok({ ...s, status: 'in_triage' }, '12.2a');

    case 'reject':
      if (s.status !== 'in_beoordeling')
        return refuse('wrong-phase', 'alleen een aanmelding in beoordeling wordt afgewezen', '12.2a');
      if (!isAssigned(s, c.actor))
        return refuse('not-allowed', 'alleen de toegewezen procesregisseur beslist', '12.2a');
      if (blank(c.reason) || blank(c.advice))
        return refuse('invalid', 'geef een reden en een advies aan de melder', '12.2a');
      return ok({ ...s, status: 'afgewezen' }, '12.2a');

    case 'decide-triage':
      if (s.status !== 'in_triage') return refuse('wrong-phase', 'de triage loopt niet', '1.8');
      if (!isAssigned(s, c.actor))
        return refuse('not-allowed', 'de toegewezen procesregisseur legt de uitkomst vast', '12.2b');
      if (c.route !== 'conference') return ok({ ...s, status: 'afgesloten_zonder_overleg' }, '1.8');
      if (c.partyIds.length === 0)
        return refuse('invalid', 'kies de partijen voor het casusoverleg', '12.2e');
      return ok({ ...s, status: 'overleg_gepland', participantPartyIds: [...new Set(c.partyIds)] }, '12.2d');

    case 'hold-conference':
      if (s.status !== 'overleg_gepland')
        return refuse('wrong-phase', 'er is geen casusoverleg gepland', '8.1');
      if (!isAssigned(s, c.actor))
        return refuse('not-allowed', 'de toegewezen procesregisseur legt het overleg vast', '12.2e');
      if (!s.participantPartyIds.includes(c.coordinator.partyId)) {
        return refuse(
          'invalid',
          'de casuscoördinator is een deelnemer van een van de partijen aan tafel',
          '8.4a',
        );
      }
      if (!c.planAdopted) return refuse('invalid', 'het overleg stelt een plan van aanpak vast', '8.4b');
      if (blank(c.deescalationCriteria))
        return refuse('invalid', 'het overleg bepaalt de criteria voor afschaling', '8.4d');
      return ok({ ...s, status: 'in_uitvoering', coordinator: c.coordinator }, '8.4');

    case 'plan-follow-up':
      if (s.status !== 'in_uitvoering')
        return refuse('wrong-phase', 'een vervolgoverleg volgt op de uitvoering', '1.9');
      if (!isAssigned(s, c.actor) && !isCoordinator(s, c.actor))
        return refuse('not-allowed', 'procesregisseur of casuscoördinator', '8.6');
      return ok({ ...s, status: 'overleg_gepland', deescalation: null }, '1.9');

    case 'escalate':
      if (s.status !== 'in_uitvoering' && s.status !== 'overleg_gepland')
        return refuse('wrong-phase', 'opschalen kan tijdens de aanpak', '11.3d');
      if (!isAssigned(s, c.actor) && !isCoordinator(s, c.actor))
        return refuse('not-allowed', 'procesregisseur of casuscoördinator schaalt op', '11.3d');
      if (blank(c.reason)) return refuse('invalid', 'geef de reden van opschaling', '11.3d');
      return ok({ ...s, escalated: true }, '11.3d');

    case 'propose-deescalation':
      if (s.status !== 'in_uitvoering')
        return refuse('wrong-phase', 'afschalen kan tijdens de uitvoering', '1.10');
      if (s.deescalation) return refuse('invalid', 'er ligt al een voorstel tot afschaling', '1.10');
      if (!isAssigned(s, c.actor) && !isCoordinator(s, c.actor))
        return refuse('not-allowed', 'procesregisseur of casuscoördinator stelt voor', '1.10');
      return ok(
        { ...s, deescalation: { proposedBy: c.actor.userId, procesregisseur: null, coordinator: null } },
        '1.10',
      );

    case 'approve-deescalation': {
      const pending = s.deescalation;
      if (s.status !== 'in_uitvoering' || !pending)
        return refuse('wrong-phase', 'er ligt geen voorstel tot afschaling', '1.10');
      const asRegisseur = isAssigned(s, c.actor);
      const asCoordinator = isCoordinator(s, c.actor);
      if (!asRegisseur && !asCoordinator)
        return refuse('not-allowed', 'procesregisseur en casuscoördinator besluiten samen', '1.10');
      // Art. 1.10: two decisions, by two different people — one cannot fill both places.
      if ([pending.procesregisseur, pending.coordinator].includes(c.actor.userId)) {
        return refuse('invalid', 'u heeft al ingestemd; de ander moet ook instemmen', '1.10');
      }
      const next = { ...pending };
      if (asRegisseur && next.procesregisseur === null) next.procesregisseur = c.actor.userId;
      else if (asCoordinator && next.coordinator === null) next.coordinator = c.actor.userId;
      else return refuse('invalid', 'deze instemming is al gegeven', '1.10');
      if (next.procesregisseur && next.coordinator) {
        return ok(
          {
            ...s,
            status: 'afgeschaald',
            deescalation: null,
            deescalatedBy: { procesregisseur: next.procesregisseur, coordinator: next.coordinator },
            scrubPending: true,
          },
          '1.10',
        );
      }
      return ok({ ...s, deescalation: next }, '1.10');
    }

    case 'cancel-deescalation':
      if (!s.deescalation) return refuse('wrong-phase', 'er ligt geen voorstel tot afschaling', '1.10');
      if (!isAssigned(s, c.actor) && !isCoordinator(s, c.actor))
        return refuse('not-allowed', 'procesregisseur of casuscoördinator', '1.10');
      return ok({ ...s, deescalation: null }, '1.10');

    case 'scrub':
      if (s.status !== 'afgeschaald' || !s.scrubPending)
        return refuse('wrong-phase', 'er is geen afgeschaald dossier te schonen', '1.10');
      if (!isAssigned(s, c.actor))
        return refuse('not-allowed', 'de procesregisseur schoont het dossier', '1.10');
      return ok({ ...s, scrubPending: false }, '1.10');

    case 'remove':
      // A de-escalated dossier closes with its scrub; only then does its retention period run.
      if (!closedStatuses.includes(s.status) || s.scrubPending)
        return refuse('wrong-phase', 'alleen een gesloten dossier wordt verwijderd', '1.10');
      return ok({ ...s, status: 'verwijderd' }, '1.10');
  }
}
