/**
 * Facts about a body that the rules need, read from the house configuration (seats) and the
 * memberships: which parties hold a vote in it (Art. 4.3, 6.3, 6.4), who its members are, and the
 * mandates in force in it (Art. 6.7, Bijlage 3).
 */
import type { Db } from './context.js';
import { decisionLinks, type Mandate, type MandateScope } from './rules/mandates.js';
import type { MandateLink } from './rules/votes.js';

/** Parties with a vote of their own: voting seats of a party, and parties whose vote a member holds. */
export async function votingPartyIds(db: Db, bodyId: string): Promise<string[]> {
  const seats = await db
    .selectFrom('body_seats')
    .select('party_id')
    .where('body_id', '=', bodyId)
    .where('votes', '=', 1)
    .where('party_id', 'is not', null)
    .execute();
  const held = await db
    .selectFrom('body_membership_votes')
    .innerJoin('body_memberships', 'body_memberships.id', 'body_membership_votes.membership_id')
    .select('body_membership_votes.party_id')
    .where('body_memberships.body_id', '=', bodyId)
    .execute();
  return [...new Set([...seats, ...held].map((r) => r.party_id as string))].sort();
}

/** Every member of a body (user ids), with their party and the parties whose vote they hold. */
export async function membersOf(db: Db, bodyId: string) {
  const rows = await db
    .selectFrom('body_memberships')
    .innerJoin('users', 'users.id', 'body_memberships.user_id')
    .leftJoin('body_membership_votes', 'body_membership_votes.membership_id', 'body_memberships.id')
    .select([
      'users.id',
      'users.display_name',
      'users.party_id',
      'body_memberships.role',
      'body_membership_votes.party_id as votes_for',
    ])
    .where('body_memberships.body_id', '=', bodyId)
    .orderBy('users.display_name')
    .execute();
  const byUser = new Map<
    string,
    { userId: string; name: string; partyId: string | null; role: string; votesFor: string[] }
  >();
  for (const r of rows) {
    const m = byUser.get(r.id) ?? {
      userId: r.id,
      name: r.display_name,
      partyId: r.party_id,
      role: r.role,
      votesFor: [],
    };
    if (r.votes_for) m.votesFor.push(r.votes_for);
    byUser.set(r.id, m);
  }
  return [...byUser.values()];
}

export function toMandate(r: {
  id: string;
  body_id: string;
  mandator_party_id: string;
  mandatee_party_id: string;
  scope_json: string;
  confirmed_on: string | null;
  valid_from: string;
  valid_until: string | null;
  revoked_on: string | null;
}): Mandate {
  return {
    id: r.id,
    bodyId: r.body_id,
    mandatorPartyId: r.mandator_party_id,
    mandateePartyId: r.mandatee_party_id,
    scope: JSON.parse(r.scope_json) as MandateScope[],
    confirmedOn: r.confirmed_on,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    revokedOn: r.revoked_on,
  };
}

export async function mandatesOf(db: Db, bodyId?: string): Promise<Mandate[]> {
  let q = db.selectFrom('governance_mandates').selectAll();
  if (bodyId) q = q.where('body_id', '=', bodyId);
  return (await q.execute()).map(toMandate);
}

/** Mandates to decide in force in the body on `day`. */
export async function linksOn(db: Db, bodyId: string, day: string): Promise<MandateLink[]> {
  return decisionLinks(await mandatesOf(db, bodyId), bodyId, day);
}
