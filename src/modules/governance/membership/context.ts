/**
 * What every membership route needs about its caller and the parties: the caller as an Actor for
 * the pure rules (roles, party, whether they hold a seat in a governance body), and the parties
 * active right now (Art. 20.4, 19.1, 21.2 count only those).
 */
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Database } from '../../../platform/db/schema.js';
import { ProblemError } from '../../../platform/http/problem.js';
import type { Actor } from './rules/consent.js';
import type { Refusal } from './rules/refusal.js';

export type Db = Kysely<Database>;
export type Caller = Actor & { userId: string };

export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new ProblemError('unauthenticated', 'Log in om dit te doen.');
  return request.principal;
}

/** A party's delegate: a user of that party with a seat in a body (Art. 4.3, 6.3, 6.4, 10.1). */
export async function callerOf(db: Db, p: Principal): Promise<Caller> {
  const seat =
    p.partyId === null
      ? undefined
      : await db
          .selectFrom('body_memberships')
          .select('id')
          .where('user_id', '=', p.userId)
          .executeTakeFirst();
  return { userId: p.userId, roles: p.roles, partyId: p.partyId, isDelegate: seat !== undefined };
}

export async function activePartyIds(db: Db, except?: string): Promise<string[]> {
  let q = db.selectFrom('parties').select('id').where('status', '=', 'active');
  if (except) q = q.where('id', '!=', except);
  return (await q.execute()).map((r) => r.id);
}

/**
 * Who may read the governance records of membership (accessions, covenant versions, withdrawals,
 * exclusions, statements): the Stuurgroep secretary, the manager and the parties' delegates, who
 * are the contact persons for these matters (Art. 10.1). Everyone else: 404.
 */
export const isGovernanceReader = (c: Caller) =>
  c.roles.includes('secretaris') || c.roles.includes('manager') || c.isDelegate;

export const hidden = () =>
  new ProblemError('not-found', 'De gevraagde bron bestaat niet of u heeft er geen toegang toe.');

export function requireReader(c: Caller): void {
  if (!isGovernanceReader(c)) throw hidden();
}

/** A refusal of a pure rule as a problem: 403 not allowed, 409 wrong phase, 400 invalid; cites the article. */
export function refusalProblem(r: Refusal): ProblemError {
  const detail = `${r.reason} (Art. ${r.article})`;
  if (r.code === 'not-allowed') return new ProblemError('forbidden', detail);
  if (r.code === 'wrong-phase') return new ProblemError('conflict', detail);
  return new ProblemError('validation', detail);
}

export function enforce(v: { ok: true } | Refusal): void {
  if (!v.ok) throw refusalProblem(v);
}

/** Today's calendar date in UTC (YYYY-MM-DD). */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** Bumps the row version or fails with 412 (If-Match). */
export function checkBumped(result: { numUpdatedRows: bigint }, stale: () => Error): void {
  if (Number(result.numUpdatedRows) !== 1) throw stale();
}
