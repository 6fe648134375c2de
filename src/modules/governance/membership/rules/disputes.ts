/**
 * Disputes about how a role-holder carries out their tasks go to the body or person the covenant
 * names, may be taken one step up, and end with a recorded resolution:
 * - about a case coordinator → the procesregisseur, who may refer it to the Partneroverleg (13.4);
 * - about a procesregisseur → the manager, who may refer it to the Stuurgroep (12.4);
 * - about the manager → the Stuurgroep (11.4).
 * A body's resolution is recorded by its secretary (Art. 4.6, 6.9).
 */
import type { Actor } from './consent.js';
import { allowed, refuse, type Verdict } from './refusal.js';

export const disputeSubjects = ['casuscoordinator', 'procesregisseur', 'manager'] as const;
export type DisputeSubject = (typeof disputeSubjects)[number];
export const forums = ['procesregisseur', 'manager', 'partneroverleg', 'stuurgroep'] as const;
export type Forum = (typeof forums)[number];
export type DisputeStatus = 'open' | 'resolved';

/** The ladder per subject, with the article that sets it. */
export const ladders: Record<DisputeSubject, { forums: readonly Forum[]; article: string }> = {
  casuscoordinator: { forums: ['procesregisseur', 'partneroverleg'], article: '13.4' },
  procesregisseur: { forums: ['manager', 'stuurgroep'], article: '12.4' },
  manager: { forums: ['stuurgroep'], article: '11.4' },
};

/** Who acts for a forum: the person in that role, or the secretary for a body. */
export const handlerRole: Record<Forum, string> = {
  procesregisseur: 'procesregisseur',
  manager: 'manager',
  partneroverleg: 'secretaris',
  stuurgroep: 'secretaris',
};

const raisers = ['professional', 'procesregisseur', 'manager', 'secretaris'];

export interface DisputeState {
  subject: DisputeSubject;
  /** Index into the subject's ladder. */
  level: number;
  status: DisputeStatus;
  raisedBy: string;
}

export const forumOf = (s: Pick<DisputeState, 'subject' | 'level'>): Forum => {
  const forum = ladders[s.subject].forums[s.level];
  if (!forum) throw new RangeError('geen forum op dit niveau');
  return forum;
};

const handles = (actor: Actor, forum: Forum) => actor.roles.includes(handlerRole[forum]);

/** The raiser, and whoever handles (or handled) the dispute, may see it; others get 404. */
export function canSee(actor: Actor & { userId: string }, s: DisputeState): boolean {
  if (actor.userId === s.raisedBy) return true;
  return ladders[s.subject].forums.slice(0, s.level + 1).some((f) => handles(actor, f));
}

export function checkRaise(actor: Actor, subject: DisputeSubject): Verdict {
  if (!actor.roles.some((r) => raisers.includes(r)))
    return refuse(
      'not-allowed',
      'alleen partijen en medewerkers van het huis leggen een geschil voor',
      ladders[subject].article,
    );
  // The person a dispute is about does not judge it: the manager does not raise one about the manager.
  if (subject === 'manager' && actor.roles.includes('manager'))
    return refuse('not-allowed', 'een geschil over de Manager gaat naar de Stuurgroep', '11.4');
  return allowed;
}

export function checkEscalate(actor: Actor, s: DisputeState): Verdict {
  const { article, forums: ladder } = ladders[s.subject];
  if (!handles(actor, forumOf(s)))
    return refuse('not-allowed', 'alleen wie het geschil behandelt, legt het hoger voor', article);
  if (s.status !== 'open') return refuse('wrong-phase', 'dit geschil is al beslecht', article);
  if (s.level + 1 >= ladder.length)
    return refuse('wrong-phase', 'het convenant kent geen hogere instantie voor dit geschil', article);
  return allowed;
}

export function checkResolve(actor: Actor, s: DisputeState): Verdict {
  const { article } = ladders[s.subject];
  if (!handles(actor, forumOf(s)))
    return refuse('not-allowed', 'alleen wie het geschil behandelt, beslecht het', article);
  if (s.status !== 'open') return refuse('wrong-phase', 'dit geschil is al beslecht', article);
  return allowed;
}
