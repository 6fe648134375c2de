/**
 * The sealed content of one case for its detail view (detail-query.ts), in one UNION ALL of
 * indexed lookups instead of four statements: persons, timeline events (filtered by audience in
 * SQL: the procesregisseur's own notes only for the procesregisseur's view), the assessment
 * thread and the triage outcome. Columns are cast to text so both dialects unite them; `k` names
 * the kind of each row. Ordering is done by the caller (a few rows per case).
 */
import { sql } from 'kysely';
import { type Params, preparedQuery } from '../../platform/db/prepared-query.js';

export interface DetailRow {
  k: 'person' | 'event' | 'question' | 'triage';
  a: string | null;
  b: string | null;
  c: string | null;
  d: string | null;
  e: string | null;
  f: string | null;
  g: string | null;
}

/** `audience` is 'case' for everyone, 'procesregisseur' to add the procesregisseur's own events. */
export const detailRowsQuery = preparedQuery((_db, p: Params<{ id: string; audience: string }>) => {
  const id = p.id;
  return sql<DetailRow>`
    select 'person' as k, cast(id as text) as a, cast(position as text) as b, name_enc as c,
           bsn_enc as d, birth_date_enc as e, address_enc as f, cast(null as text) as g
      from case_persons where case_id = ${id}
    union all
    select 'event', cast(id as text), at, type, article, cast(actor_user_id as text), note_enc, null
      from case_events where case_id = ${id} and (audience = 'case' or audience = ${p.audience})
    union all
    select 'question', cast(id as text), at, cast(author_user_id as text), text_enc, null, null, null
      from case_questions where case_id = ${id}
    union all
    select 'triage', route, goal_enc, themes_enc, party_ids, advice_enc,
           cast(decided_by_user_id as text), decided_at
      from case_triage_outcomes where case_id = ${id}`;
});

const byAtThenId = (x: DetailRow, y: DetailRow) =>
  (x.b ?? '') < (y.b ?? '') ? -1 : (x.b ?? '') > (y.b ?? '') ? 1 : (x.a ?? '') < (y.a ?? '') ? -1 : 1;

/** The rows of each kind, in the order the view shows them. */
export function splitDetailRows(rows: DetailRow[]) {
  const of = (k: DetailRow['k']) => rows.filter((r) => r.k === k);
  return {
    persons: of('person').sort((x, y) => Number(x.b) - Number(y.b)),
    events: of('event').sort(byAtThenId),
    questions: of('question').sort(byAtThenId),
    triage: of('triage')[0],
  };
}
