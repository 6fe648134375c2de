/**
 * Who may see and do what on a case (domain.md §4 need to know; Art. 1.7, 12.1, 12.2a). A case is
 * visible only through a role in it: its registering professional, its assigned procesregisseur,
 * or any procesregisseur while it waits to be picked up. Everyone else gets 404. Transitions are
 * decided by the pure state machine; this file only adds visibility and the non-transition actions.
 */
import type { Principal } from '../../platform/auth/principal.js';
import { ProblemError } from '../../platform/http/problem.js';
import { type Command, decide, type Refusal } from './rules/state-machine.js';
import type { CaseAction } from './schemas.js';
import { type LoadedCase, stateOf } from './state.js';

export type CaseRelation = 'registering' | 'assigned' | 'to-pick-up';

const isProcesregisseur = (p: Principal) => p.roles.includes('procesregisseur');

/** The caller's relation to the case, or null when they have none (→ 404). */
export function relationOf(p: Principal | null, c: LoadedCase): CaseRelation | null {
  if (!p) return null;
  const { row } = c;
  if (
    p.userId === row.registering_user_id &&
    p.partyId === row.registering_party_id &&
    p.roles.includes('professional')
  )
    return 'registering';
  if (isProcesregisseur(p) && c.procesregisseurIds.includes(p.userId)) return 'assigned';
  if (isProcesregisseur(p) && row.status === 'aangemeld') return 'to-pick-up';
  return null;
}

export const notFoundProblem = () =>
  new ProblemError('not-found', 'De gevraagde bron bestaat niet of u heeft er geen toegang toe.');

/**
 * The gate before any action: 404 without a relation. A procesregisseur may address an open case
 * by id to take it over (Art. 12.1: an explicit, logged assignment); the state machine decides.
 */
export function requireAccess(p: Principal | null, c: LoadedCase, action: CaseAction | 'read'): void {
  if (relationOf(p, c) !== null) return;
  // A draft is the registering user's alone: not even its existence is confirmed to others.
  if (action === 'take-over' && p && isProcesregisseur(p) && c.row.status !== 'concept') return;
  throw notFoundProblem();
}

export function refusalProblem(r: Refusal): ProblemError {
  const detail = `${r.reason} (Art. ${r.article})`;
  if (r.code === 'not-allowed') return new ProblemError('forbidden', detail);
  if (r.code === 'wrong-phase') return new ProblemError('conflict', detail);
  return new ProblemError('validation', detail);
}

/** Art. 1.7: only the registering professional edits, and only a draft. */
export function checkEdit(p: Principal, c: LoadedCase): ProblemError | null {
  if (relationOf(p, c) !== 'registering')
    return new ProblemError('forbidden', 'alleen de melder wijzigt een concept (Art. 1.7)');
  if (c.row.status !== 'concept')
    return new ProblemError('conflict', 'alleen een concept kan worden gewijzigd (Art. 1.7)');
  return null;
}

/** Art. 12.2a: the assessment is held in consultation with the registering party. */
export function checkAsk(p: Principal, c: LoadedCase): ProblemError | null {
  const rel = relationOf(p, c);
  if (rel !== 'registering' && rel !== 'assigned')
    return new ProblemError('forbidden', 'alleen procesregisseur en melder overleggen (Art. 12.2a)');
  if (c.row.status !== 'in_beoordeling')
    return new ProblemError('conflict', 'vragen horen bij de beoordeling (Art. 12.2a)');
  return null;
}

/** A dry run of the command the action stands for, with placeholder texts. */
function dryRun(p: Principal, c: LoadedCase, action: CaseAction): boolean {
  const actor = { userId: p.userId, partyId: p.partyId, roles: p.roles };
  const text = 'x';
  const commands: Partial<Record<CaseAction, Command>> = {
    submit: { type: 'submit', actor },
    withdraw: { type: 'withdraw', actor, reason: text },
    'pick-up': { type: 'pick-up', actor },
    'take-over': { type: 'take-over', actor, reason: text },
    accept: { type: 'accept', actor, reasoning: text },
    reject: { type: 'reject', actor, reason: text, advice: text },
  };
  const command = commands[action];
  return command ? decide(stateOf(c), command).ok : false;
}

/** The actions the caller may take now, for the UI to hide what the server would refuse. */
export function permissionsFor(p: Principal, c: LoadedCase, actions: readonly CaseAction[]): CaseAction[] {
  return actions.filter((a) => {
    if (a === 'edit') return checkEdit(p, c) === null;
    if (a === 'ask') return checkAsk(p, c) === null;
    if (a === 'withdraw' && relationOf(p, c) !== 'registering') return false;
    return dryRun(p, c, a);
  });
}
