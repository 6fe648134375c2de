/**
 * Who may do what in de-escalation (Art. 1.10, 8.4d). Proposing, approving and cancelling are
 * decided by the pure state machine (the assigned procesregisseur and the coordinator; two
 * approvals by two different users). The scrub that follows is the procesregisseur's: it decides
 * per dossier element what is still necessary (Art. 1.10; AVG art. 5.1c).
 */
import type { Principal } from '../../../platform/auth/principal.js';
import { ProblemError } from '../../../platform/http/problem.js';
import { isAssigned, isCoordinator } from '../execution/policy.js';
import { refusalProblem } from '../policy.js';
import { type Command, decide } from '../rules/state-machine.js';
import type { LoadedCase } from '../state.js';
import { stateOf } from '../state.js';

export const deescalationActions = ['propose', 'approve', 'cancel', 'scrub'] as const;
export type DeescalationAction = (typeof deescalationActions)[number];

/** Whether the approved de-escalation still waits for its scrub. */
export interface ScrubState {
  pending: boolean;
}

function commandFor(p: Principal, action: Exclude<DeescalationAction, 'scrub'>): Command {
  const actor = { userId: p.userId, partyId: p.partyId, roles: p.roles };
  if (action === 'propose') return { type: 'propose-deescalation', actor };
  if (action === 'approve') return { type: 'approve-deescalation', actor };
  return { type: 'cancel-deescalation', actor };
}

/** Art. 1.10: only the assigned procesregisseur and the case coordinator decide on de-escalation. */
export function checkDeescalationRole(p: Principal, c: LoadedCase): ProblemError | null {
  // The state machine's coordinator is a user id; the case's coordinator must also still see the case.
  if (!isAssigned(p, c) && !isCoordinator(p, c))
    return new ProblemError(
      'forbidden',
      'procesregisseur en casuscoördinator besluiten over afschaling (Art. 1.10)',
    );
  return null;
}

/**
 * A proposal, approval or cancellation sent with an outdated If-Match: the case or its proposal
 * changed since the page was loaded (412, problem code `precondition-failed`; Art. 1.10 needs
 * both approvals to be given on the proposal as it stands).
 */
export const staleDeescalation = () =>
  new ProblemError(
    'precondition-failed',
    'De casus is intussen gewijzigd; laad de pagina opnieuw. Het voorstel tot afschaling of de instemming is niet vastgelegd (Art. 1.10).',
  );

export function checkDeescalation(
  p: Principal,
  c: LoadedCase,
  action: DeescalationAction,
  scrub: ScrubState,
): ProblemError | null {
  if (action === 'scrub') {
    if (!isAssigned(p, c))
      return new ProblemError('forbidden', 'de procesregisseur schoont het dossier (Art. 1.10)');
    const actor = { userId: p.userId, partyId: p.partyId, roles: p.roles };
    const decision = decide({ ...stateOf(c), scrubPending: scrub.pending }, { type: 'scrub', actor });
    return decision.ok ? null : refusalProblem(decision);
  }
  const role = checkDeescalationRole(p, c);
  if (role) return role;
  const decision = decide(stateOf(c), commandFor(p, action));
  return decision.ok ? null : refusalProblem(decision);
}

export function deescalationPermissions(
  p: Principal,
  c: LoadedCase,
  scrub: ScrubState,
): DeescalationAction[] {
  return deescalationActions.filter((a) => checkDeescalation(p, c, a, scrub) === null);
}
