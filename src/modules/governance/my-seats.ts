/**
 * The caller's own place in governance, so the web app can show only what they take part in
 * instead of guessing from 404s: their seats (body, role, the parties whose vote they cast, Art.
 * 4.3, 5.4, 6.3, 6.4), per seat whether they run the body's meetings (the secretary, Art. 4.6,
 * 6.9) and may vote, and which governance records the existing policies let them read. Every
 * answer comes from the same rules the governance routes enforce; nothing about other users.
 */
import type { FastifyRequest } from 'fastify';
import { actorOf, type Db } from './context.js';
import { canRead as readsFinances } from './finance-routes.js';
import { callerOf, isGovernanceReader as readsMembershipRecords } from './membership/context.js';
import { checkRaise } from './membership/rules/disputes.js';
import { isSecretary, isVoter, isGovernanceReader as readsAnnualDocuments } from './policy.js';

export const myGovernancePermissions = [
  /** Accessions, covenant versions, withdrawals and exclusions, statements (Art. 10.1, 19–21). */
  'read-membership-records',
  /** The annual plan and report (Art. 4.4, 6.4). */
  'read-annual-documents',
  /** The finances of the house (Art. 18.2). */
  'read-finances',
  /** Laying a dispute about a role holder before its forum (Art. 11.4, 12.4, 13.4). */
  'raise-disputes',
] as const;
export type MyGovernancePermission = (typeof myGovernancePermissions)[number];

/** Stuurgroep, Partneroverleg, annual meeting: the covenant's order; other keys after, by name. */
const BODY_ORDER = ['stuurgroep', 'partneroverleg', 'jaarvergadering'];
const rank = (key: string) => {
  const i = BODY_ORDER.indexOf(key);
  return i === -1 ? BODY_ORDER.length : i;
};

export async function myGovernance(db: Db, request: FastifyRequest) {
  const actor = await actorOf(db, request);
  const bodyIds = [...actor.seats.keys()];
  const bodies = bodyIds.length
    ? await db.selectFrom('bodies').select(['id', 'key', 'name']).where('id', 'in', bodyIds).execute()
    : [];
  const partyIds = [...new Set([...actor.seats.values()].flatMap((s) => s.votesFor))];
  const parties = new Map(
    (partyIds.length
      ? await db.selectFrom('parties').select(['id', 'name']).where('id', 'in', partyIds).execute()
      : []
    ).map((p) => [p.id, p.name]),
  );
  const items = bodies
    .sort((a, b) => rank(a.key) - rank(b.key) || a.name.localeCompare(b.name, 'nl'))
    .map((body) => {
      const seat = actor.seats.get(body.id);
      const votesFor = (seat?.votesFor ?? [])
        .map((id) => ({ id, name: parties.get(id) ?? '' }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
      return {
        body,
        role: seat?.role ?? 'member',
        votesFor,
        mayVote: isVoter(actor, body.id),
        mayManageMeetings: isSecretary(actor, body.id),
      };
    });
  const caller = await callerOf(db, actor.principal);
  const permissions: MyGovernancePermission[] = [];
  if (readsMembershipRecords(caller)) permissions.push('read-membership-records');
  if (readsAnnualDocuments(actor)) permissions.push('read-annual-documents');
  if (await readsFinances(db, actor)) permissions.push('read-finances');
  if (checkRaise(caller, 'casuscoordinator').ok) permissions.push('raise-disputes');
  return { items, permissions };
}
