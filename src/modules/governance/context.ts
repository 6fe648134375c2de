/**
 * What the governance routes share: the database, the house's time zone and meeting cadence
 * (domain.md §7: configuration, not code), and the caller as a governance actor — the bodies they
 * sit in, in which role, and the parties whose vote they hold (identity/membership-routes.ts).
 */
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import type { Database } from '../../platform/db/schema.js';
import type { AppDeps } from '../../platform/http/app.js';
import { ProblemError } from '../../platform/http/problem.js';
import type { Cadence } from './rules/cadence.js';

export type Db = Kysely<Database>;

export interface GovContext {
  db: Db;
}

export const govContext = (deps: AppDeps): GovContext => ({ db: deps.db.kysely });

export const tags = ['bestuur'];

export interface Seat {
  role: 'member' | 'chair' | 'secretary';
  votesFor: string[];
}

/** The caller with their seats per body id. */
export interface GovActor {
  principal: Principal;
  seats: Map<string, Seat>;
}

export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new ProblemError('unauthenticated', 'Log in om dit te doen.');
  return request.principal;
}

export async function actorOf(db: Db, request: FastifyRequest): Promise<GovActor> {
  const principal = principalOf(request);
  const rows = await db
    .selectFrom('body_memberships')
    .leftJoin('body_membership_votes', 'body_membership_votes.membership_id', 'body_memberships.id')
    .select(['body_memberships.body_id', 'body_memberships.role', 'body_membership_votes.party_id'])
    .where('body_memberships.user_id', '=', principal.userId)
    .execute();
  const seats = new Map<string, Seat>();
  for (const r of rows) {
    const seat = seats.get(r.body_id) ?? { role: r.role, votesFor: [] };
    if (r.party_id) seat.votesFor.push(r.party_id);
    seats.set(r.body_id, seat);
  }
  return { principal, seats };
}

export async function houseSettings(db: Db): Promise<{ timezone: string; cadence: Cadence }> {
  const row = await db.selectFrom('house').select(['timezone', 'cadence_json']).executeTakeFirstOrThrow();
  return { timezone: row.timezone, cadence: JSON.parse(row.cadence_json) as Cadence };
}

export async function bodyById(db: Db, id: string) {
  return db.selectFrom('bodies').select(['id', 'key', 'name']).where('id', '=', id).executeTakeFirst();
}

export async function bodyByKey(db: Db, key: string) {
  return db.selectFrom('bodies').select(['id', 'key', 'name']).where('key', '=', key).executeTakeFirst();
}

/** Today's date (YYYY-MM-DD) in the house's time zone. */
export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}
