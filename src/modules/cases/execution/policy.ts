/**
 * Who may do what in execution and escalation (Art. 8.5, 11.3d, 12.2g, 13; domain.md §4). The
 * case's 404 gate stays policy.ts's `relationOf`; this file answers the finer questions for those
 * who see the case: the coordinator updates actions and reports progress to the procesregisseur;
 * a party's participants update their own party's actions; the coordinator or the procesregisseur
 * changes which information items an action cites (Art. 16.2); the assigned procesregisseur or the
 * coordinator escalates to the manager; the manager (or the procesregisseur) closes an escalation.
 */
import type { Principal } from '../../../platform/auth/principal.js';
import { ProblemError } from '../../../platform/http/problem.js';
import { refusalProblem, relationOf } from '../policy.js';
import { decide } from '../rules/state-machine.js';
import { admits, type LoadedCase, stateOf } from '../state.js';
import { executionPhases, type StatusChangeActor } from './rules.js';

export const executionActions = [
  'report-progress',
  'read-progress',
  'escalate',
  'resolve-escalation',
] as const;
export type ExecutionAction = (typeof executionActions)[number];

/** What the caller may do with one action of the plan (the action's `permissions`). */
export const actionPermissions = ['update-status', 'cancel', 'change-citations'] as const;
export type ActionPermission = (typeof actionPermissions)[number];

const sees = (p: Principal, c: LoadedCase) => relationOf(p, c) !== null;

/** Art. 13.1: the appointed coordinator, a professional of an admitted party. */
export function isCoordinator(p: Principal, c: LoadedCase): boolean {
  return (
    sees(p, c) &&
    p.roles.includes('professional') &&
    p.partyId !== null &&
    c.coordinator?.userId === p.userId &&
    c.coordinator.partyId === p.partyId
  );
}

export function isAssigned(p: Principal, c: LoadedCase): boolean {
  return p.roles.includes('procesregisseur') && c.procesregisseurIds.includes(p.userId);
}

export function isEscalatedManager(p: Principal, c: LoadedCase): boolean {
  return p.roles.includes('manager') && c.execution.escalated;
}

/** Art. 8.5: a named participant (or the coordinator) of the party that owns an action. */
export function actionActor(p: Principal, c: LoadedCase, ownerPartyId: string): StatusChangeActor {
  const partyId = p.partyId;
  const professional = p.roles.includes('professional') && partyId !== null && admits(c, partyId);
  const ofOwnerParty =
    professional &&
    partyId === ownerPartyId &&
    (c.participants.some((x) => x.userId === p.userId && x.partyId === partyId) ||
      c.coordinator?.userId === p.userId);
  return { isCoordinator: isCoordinator(p, c), ofOwnerParty };
}

const inExecution = (c: LoadedCase) => (executionPhases as readonly string[]).includes(c.row.status);

export function checkExecution(p: Principal, c: LoadedCase, action: ExecutionAction): ProblemError | null {
  switch (action) {
    case 'report-progress':
      if (!isCoordinator(p, c))
        return new ProblemError(
          'forbidden',
          'alleen de casuscoördinator rapporteert de voortgang (Art. 13.3)',
        );
      if (!inExecution(c))
        return new ProblemError(
          'conflict',
          'voortgang wordt gerapporteerd tijdens de uitvoering (Art. 13.3)',
        );
      return null;
    case 'read-progress':
      // Art. 13.3: reported to the procesregisseur; the manager on escalation (Art. 11.3d).
      if (isCoordinator(p, c) || isAssigned(p, c) || isEscalatedManager(p, c)) return null;
      return new ProblemError(
        'forbidden',
        'voortgangsrapportages zijn voor coördinator en procesregisseur (Art. 13.3)',
      );
    case 'escalate': {
      const actor = { userId: p.userId, partyId: p.partyId, roles: p.roles };
      const decision = decide(stateOf(c), { type: 'escalate', actor, reason: 'x' });
      if (!decision.ok) return refusalProblem(decision);
      if (c.execution.escalated)
        return new ProblemError('conflict', 'de casus is al opgeschaald (Art. 11.3d)');
      return null;
    }
    case 'resolve-escalation':
      if (!isEscalatedManager(p, c) && !isAssigned(p, c))
        return new ProblemError(
          'forbidden',
          'de manager of de procesregisseur sluit de opschaling af (Art. 11.3d)',
        );
      if (!c.execution.escalated)
        return new ProblemError('conflict', 'de casus is niet opgeschaald (Art. 11.3d)');
      return null;
  }
}

/**
 * Art. 8.4b, 13.2, 16.2: which information items an action is based on is part of the plan: the
 * coordinator, who supervises the plan, or the assigned procesregisseur, who recorded it, changes
 * it during execution. Which items may be cited is the provider's call (information/action-plan.ts).
 */
export function checkCitationChange(p: Principal, c: LoadedCase): ProblemError | null {
  if (!isCoordinator(p, c) && !isAssigned(p, c))
    return new ProblemError(
      'forbidden',
      'de casuscoördinator of de procesregisseur wijzigt de onderbouwing van een actie (Art. 13.2)',
    );
  if (!inExecution(c))
    return new ProblemError(
      'conflict',
      'het plan van aanpak wordt bijgewerkt tijdens de uitvoering (Art. 8.5)',
    );
  return null;
}

export function executionPermissions(p: Principal, c: LoadedCase): ExecutionAction[] {
  return executionActions.filter((a) => checkExecution(p, c, a) === null);
}

/** Escalations (reasons) are read by those who may escalate or resolve, and the manager on escalation. */
export function mayReadEscalations(p: Principal, c: LoadedCase): boolean {
  return isCoordinator(p, c) || isAssigned(p, c) || isEscalatedManager(p, c);
}
