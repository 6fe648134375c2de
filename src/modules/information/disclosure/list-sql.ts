/**
 * The SQL twin of `seesRequest` (load.ts, Art. 9.2): one predicate over `disclosure_requests` that
 * holds exactly for the requests the actor may see — their own, every request of the case for its
 * assigned procesregisseur, and those with an item the actor may decide on (rules/decider.ts
 * `mayDecide`) — so that the list is paged over visible requests only and an invisible request
 * never leaves the database. Change both together; test/integration/information-disclosure-
 * paging.test.ts compares the paged API with `seesRequest` for every caller.
 *
 * @example
 *   db.selectFrom('disclosure_requests').selectAll()
 *     .where('case_id', '=', caseId)
 *     .where((eb) => disclosuresVisibleTo(eb, s.actor))
 */
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { type Actor, caseRoleRelations } from './rules/decider.js';

type Eb = ExpressionBuilder<Database, 'disclosure_requests'>;

export function disclosuresVisibleTo(eb: Eb, a: Actor): Expression<SqlBool> {
  // The assigned procesregisseur sees every request of the case (and decides on the house's notes).
  if (a.relation === 'assigned') return sql<SqlBool>`1 = 1`;
  const ors: Expression<SqlBool>[] = [eb('disclosure_requests.requested_by_user_id', '=', a.userId)];
  // Art. 9.2, 10.1, 15.1: a professional of the controller party of one of its items, who has a
  // role in the case or provided that item personally (mayDecide). An item that no longer exists
  // does not count (load.ts keeps only links whose item exists).
  if (a.roles.includes('professional') && a.partyId !== null) {
    const takesPart = (caseRoleRelations as readonly (string | null)[]).includes(a.relation);
    let decides = eb
      .selectFrom('disclosure_request_items as l')
      .innerJoin('information_items as i', 'i.id', 'l.item_id')
      .select('l.item_id')
      .whereRef('l.request_id', '=', 'disclosure_requests.id')
      .where('i.provider_kind', '=', 'party')
      .where('l.controller_party_id', '=', a.partyId);
    if (!takesPart) decides = decides.where('i.provided_by_user_id', '=', a.userId);
    ors.push(eb.exists(decides));
  }
  return eb.or(ors);
}
