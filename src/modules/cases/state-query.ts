/**
 * The two statements that load a case for the policy and the state machine (state.ts): its row,
 * and every relation that decides who sees it and what may happen next, in one UNION ALL of small
 * indexed lookups — assigned procesregisseurs (Art. 12.1), named participants and invited parties
 * of conferences that are not cancelled (Art. 8.2, 12.2e), the planned and held conferences, the
 * coordinator (Art. 13), what the privacy protocol admits (Art. 15.3), the open escalation,
 * the pending de-escalation and the approved ones (scrub still due?) (Art. 11.3d, 1.10). One statement instead of ten: every request that
 * touches a case starts here (the case benchmark, docs/benchmarks.md). Columns are cast to text
 * so that both dialects unite uuid and text columns; `k` names the kind of each row.
 */
import { sql } from 'kysely';
import { type Params, preparedQuery } from '../../platform/db/prepared-query.js';

/** The case row with its wrapped data key (left join: a shredded or missing key is the caller's error). */
export const caseRowQuery = preparedQuery((db, p: Params<{ id: string }>) =>
  db
    .selectFrom('cases')
    // By the value, not the column: case_keys.case_id is text, cases.id a uuid on PostgreSQL.
    .leftJoin('case_keys as k', (j) => j.on('k.case_id', '=', p.id))
    .selectAll('cases')
    .select(['k.wrapped_key as key_wrapped', 'k.shredded_at as key_shredded_at'])
    .where('cases.id', '=', p.id),
);

export interface RelationRow {
  k:
    | 'regie'
    | 'participant'
    | 'invited'
    | 'conference'
    | 'coordinator'
    | 'protocol'
    | 'escalation'
    | 'deescalation'
    | 'approved';
  a: string | null;
  b: string | null;
  c: string | null;
  d: string | null;
  e: string | null;
}

export const relationsQuery = preparedQuery((_db, p: Params<{ id: string }>) => {
  const id = p.id;
  return sql<RelationRow>`
    select 'regie' as k, cast(user_id as text) as a, assigned_at as b, reason_enc as c,
           cast(null as text) as d, cast(null as text) as e
      from case_procesregisseurs where case_id = ${id}
    union all
    select 'participant', cast(cp.user_id as text), cast(cp.party_id as text),
           cast(cp.conference_id as text), null, null
      from case_conference_participants cp
      join case_conferences cc on cc.id = cp.conference_id
     where cp.case_id = ${id} and cc.status <> 'cancelled'
    union all
    select distinct 'invited', cast(ip.party_id as text), null, null, null, null
      from case_conference_parties ip
      join case_conferences cc on cc.id = ip.conference_id
     where cc.case_id = ${id} and cc.status <> 'cancelled'
    union all
    select 'conference', cast(id as text), status, held_at, null, null
      from case_conferences where case_id = ${id} and status in ('planned', 'held')
    union all
    select 'coordinator', cast(user_id as text), cast(party_id as text), null, null, null
      from case_coordinators where case_id = ${id}
    union all
    select 'protocol', cast(pp.admits_all as text), cast(ppp.party_id as text), null, null, null
      from cases c
      join privacy_protocols pp on pp.key = c.protocol_key
      left join privacy_protocol_parties ppp on ppp.protocol_id = pp.id and pp.admits_all = 0
     where c.id = ${id}
    union all
    select 'escalation', cast(id as text), null, null, null, null
      from case_escalations where case_id = ${id} and resolved_at is null
    union all
    select 'deescalation', cast(id as text), cast(proposed_by_user_id as text), proposed_at,
           cast(procesregisseur_user_id as text), cast(coordinator_user_id as text)
      from case_deescalations where case_id = ${id} and status = 'pending'
    union all
    select 'approved', cast(id as text), scrubbed_at, proposed_at, null, null
      from case_deescalations where case_id = ${id} and status = 'approved'`;
});
