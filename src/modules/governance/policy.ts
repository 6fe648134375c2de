/**
 * Who may see and do what in governance (Art. 4.6, 5.7, 6.9, 7.5, 18.2). Meetings and their
 * documents are not public: only the body's members (any seat: member, chair, secretary) see them,
 * everyone else gets 404. The body's secretary — a house employee with the role `secretaris` and
 * the secretary's seat in that body — organises meetings, the agenda, attendance, minutes and
 * decisions (Art. 4.6, 6.9). Votes are cast by voting members (not the secretary, not staff).
 */
import { ProblemError } from '../../platform/http/problem.js';
import type { GovActor } from './context.js';

export const hidden = () =>
  new ProblemError('not-found', 'De gevraagde bron bestaat niet of u heeft er geen toegang toe.');

export const isMember = (a: GovActor, bodyId: string) => a.seats.has(bodyId);

/** Art. 4.6, 6.9: the secretary of this body. */
export const isSecretary = (a: GovActor, bodyId: string) =>
  a.seats.get(bodyId)?.role === 'secretary' && a.principal.roles.includes('secretaris');

/** A member who may vote: a party's member or chair (not the secretary, not house staff). */
export const isVoter = (a: GovActor, bodyId: string) => {
  const seat = a.seats.get(bodyId);
  return (
    seat !== undefined &&
    seat.role !== 'secretary' &&
    a.principal.partyId !== null &&
    seat.votesFor.length > 0
  );
};

/** 404 unless the caller sits in the body (Art. 5.7, 7.5). */
export function requireMember(a: GovActor, bodyId: string): void {
  if (!isMember(a, bodyId)) throw hidden();
}

/** 404 for non-members, 403 for members who are not the secretary (Art. 4.6, 6.9). */
export function requireSecretary(a: GovActor, bodyId: string): void {
  requireMember(a, bodyId);
  if (!isSecretary(a, bodyId))
    throw new ProblemError('forbidden', 'alleen de secretaris van dit orgaan doet dit (Art. 4.6, 6.9)');
}

/** Any secretary of any body (for documents that belong to the house, such as the annual plan). */
export const isAnySecretary = (a: GovActor) => [...a.seats.keys()].some((b) => isSecretary(a, b));

export const isManager = (a: GovActor) => a.principal.roles.includes('manager');

/** Governance documents of the house (annual plan, report, finances): members of any body and the manager. */
export const isGovernanceReader = (a: GovActor) => a.seats.size > 0 || isManager(a);

export function requireGovernanceReader(a: GovActor): void {
  if (!isGovernanceReader(a)) throw hidden();
}
