/**
 * Who may see and do what on a case (domain.md §4 need to know; Art. 1.7, 8.2, 12, 13, 15.3). A
 * case is visible only through a role in it: its registering professional, its assigned
 * procesregisseur, any procesregisseur while it waits to be picked up, the informatiecentrum while
 * it is in triage, a named participant of a conference that is not cancelled, or its case
 * coordinator; a professional only while the case's privacy protocol admits their party. Everyone
 * else gets 404. visibility-sql.ts is the SQL twin of `relationOf`: change both together.
 * Transitions are decided by the pure state machine; this file adds visibility and the
 * non-transition actions.
 */
import type { Principal } from '../../platform/auth/principal.js';
import { ProblemError } from '../../platform/http/problem.js';
import { checkPlan as checkPlanConference } from './conference/access.js';
import type { CaseRelation } from './relations.js';
import { type Command, decide, needsProcesregie, type Refusal } from './rules/state-machine.js';
import type { CaseAction } from './schemas.js';
import { admits, type LoadedCase, stateOf } from './state.js';
import { checkTriageWork } from './triage/access.js';

export type { CaseRelation };

const isProcesregisseur = (p: Principal) => p.roles.includes('procesregisseur');

/** The relation of a professional through their party, while the protocol admits it (Art. 15.3). */
function professionalRelation(p: Principal, c: LoadedCase): CaseRelation | null {
  const partyId = p.partyId;
  if (!p.roles.includes('professional') || partyId === null || !admits(c, partyId)) return null;
  if (p.userId === c.row.registering_user_id && partyId === c.row.registering_party_id) return 'registering';
  if (c.coordinator?.userId === p.userId && c.coordinator.partyId === partyId) return 'coordinator';
  if (c.participants.some((x) => x.userId === p.userId && x.partyId === partyId)) return 'participant';
  return null;
}

/** The caller's relation to the case, or null when they have none (→ 404). */
export function relationOf(p: Principal | null, c: LoadedCase): CaseRelation | null {
  if (!p) return null;
  const viaParty = professionalRelation(p, c);
  if (viaParty) return viaParty;
  if (isProcesregisseur(p) && c.procesregisseurIds.includes(p.userId)) return 'assigned';
  if (isProcesregisseur(p) && c.row.status === 'aangemeld') return 'to-pick-up';
  // Art. 1.14: the informatiecentrum collects the information for the triage.
  if (p.roles.includes('informatiecentrum') && c.row.status === 'in_triage') return 'informatiecentrum';
  // Art. 11.3d: the manager's powers on escalation; otherwise counts and metadata only.
  if (p.roles.includes('manager') && c.execution.escalated) return 'escalated-manager';
  return null;
}

export const notFoundProblem = () =>
  new ProblemError('not-found', 'De gevraagde bron bestaat niet of u heeft er geen toegang toe.');

/**
 * The gate before any action: 404 without a relation. A procesregisseur may address by id, to take
 * it over (Art. 12.1: an explicit, logged assignment), a case that still needs procesregie: an open
 * case, or a de-escalated one whose scrub is still due (Art. 1.10); the state machine decides. A
 * draft or a closed dossier stays hidden: not even its existence is confirmed to others.
 */
export function requireAccess(p: Principal | null, c: LoadedCase, action: CaseAction | 'read'): void {
  if (relationOf(p, c) !== null) return;
  if (action === 'take-over' && p && isProcesregisseur(p) && needsProcesregie(stateOf(c))) return;
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
    'decide-triage': { type: 'decide-triage', actor, route: 'advice', partyIds: [] },
    'plan-follow-up': { type: 'plan-follow-up', actor },
  };
  const command = commands[action];
  return command ? decide(stateOf(c), command).ok : false;
}

/** The actions the caller may take now, for the UI to hide what the server would refuse. */
export function permissionsFor(p: Principal, c: LoadedCase, actions: readonly CaseAction[]): CaseAction[] {
  return actions.filter((a) => {
    if (a === 'edit') return checkEdit(p, c) === null;
    if (a === 'ask') return checkAsk(p, c) === null;
    if (a === 'request-information') return checkTriageWork(p, c) === null;
    if (a === 'plan-conference') return checkPlanConference(p, c) === null;
    if (a === 'withdraw' && relationOf(p, c) !== 'registering') return false;
    return dryRun(p, c, a);
  });
}
