/**
 * Overdue actions for worklists and dashboards (Art. 12.2g, 13.2; issue 5 §9 "Mijn taken"): due
 * date passed, neither done nor cancelled, in a case being carried out. Filtered in SQL to the
 * caller's own: every action of the cases they coordinate, are assigned to as procesregisseur, or
 * (as manager) that are escalated; and their own party's actions in cases they take part in.
 * Always within the cases they may see (visibility-sql.ts). Metadata only: no texts, no persons.
 */
import { type ExpressionBuilder, type Kysely, type SqlBool, sql } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Database } from '../../../platform/db/schema.js';
import type { Cursor } from '../../../platform/http/pagination.js';
import { assignedTo, casesVisibleTo } from '../visibility-sql.js';
import { type ActionStatus, daysOverdue, executionPhases } from './rules.js';

type Eb = ExpressionBuilder<Database, 'cases' | 'case_actions'>;

function mine(eb: Eb, p: Principal) {
  const ors = [];
  const visible = eb as unknown as ExpressionBuilder<Database, 'cases'>;
  if (p.roles.includes('procesregisseur')) ors.push(assignedTo(visible, p.userId));
  if (p.roles.includes('manager'))
    ors.push(
      eb.exists(
        eb
          .selectFrom('case_escalations')
          .select('case_escalations.id')
          .whereRef('case_escalations.case_id', '=', 'cases.id')
          .where('case_escalations.resolved_at', 'is', null),
      ),
    );
  if (p.roles.includes('professional') && p.partyId !== null) {
    const partyId = p.partyId;
    ors.push(
      eb.exists(
        eb
          .selectFrom('case_coordinators')
          .select('case_coordinators.user_id')
          .whereRef('case_coordinators.case_id', '=', 'cases.id')
          .where('case_coordinators.user_id', '=', p.userId)
          .where('case_coordinators.party_id', '=', partyId),
      ),
    );
    ors.push(
      eb.and([
        eb('case_actions.owner_party_id', '=', partyId),
        eb.exists(
          eb
            .selectFrom('case_conference_participants as cp')
            .innerJoin('case_conferences as cc', 'cc.id', 'cp.conference_id')
            .select('cp.user_id')
            .whereRef('cp.case_id', '=', 'cases.id')
            .where('cp.user_id', '=', p.userId)
            .where('cp.party_id', '=', partyId)
            .where('cc.status', '!=', 'cancelled'),
        ),
      ]),
    );
  }
  return ors.length ? eb.or(ors) : sql<SqlBool>`1 = 0`;
}

export async function overdueActions(
  db: Kysely<Database>,
  p: Principal,
  today: string,
  opts: { caseId?: string; limit: number; after?: Cursor | undefined },
) {
  let q = db
    .selectFrom('case_actions')
    .innerJoin('cases', 'cases.id', 'case_actions.case_id')
    .select([
      'case_actions.id as action_id',
      'case_actions.case_id',
      'cases.case_number',
      'case_actions.owner_party_id',
      'case_actions.due_date',
      'case_actions.status',
    ])
    .where('case_actions.status', 'in', ['open', 'in_progress'])
    .where('case_actions.due_date', '<', today)
    .where('cases.status', 'in', [...executionPhases])
    .where((eb) => casesVisibleTo(eb as unknown as ExpressionBuilder<Database, 'cases'>, p))
    .where((eb) => mine(eb, p));
  if (opts.caseId) q = q.where('case_actions.case_id', '=', opts.caseId);
  const after = opts.after;
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('case_actions.due_date', '>', after.k),
        eb.and([eb('case_actions.due_date', '=', after.k), eb('case_actions.id', '>', after.id)]),
      ]),
    );
  const rows = await q
    .orderBy('case_actions.due_date')
    .orderBy('case_actions.id')
    .limit(opts.limit + 1)
    .execute();
  return rows.map((r) => ({
    caseId: r.case_id,
    caseNumber: r.case_number,
    actionId: r.action_id,
    ownerPartyId: r.owner_party_id,
    dueDate: r.due_date,
    status: r.status as ActionStatus,
    daysOverdue: daysOverdue(r.due_date, today),
  }));
}
