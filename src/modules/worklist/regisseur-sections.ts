/**
 * The procesregisseur's sections of "Mijn taken" (Art. 12.1–12.2, 13.3, 1.10): registrations
 * waiting to be picked up (any procesregisseur sees them, Art. 12.2a), assessments assigned to me,
 * conferences I run, overdue actions in my cases, and de-escalations waiting for my approval.
 * Each is one indexed query; "mine" is the assignment (case_procesregisseurs), the same relation
 * that makes a case visible to a procesregisseur (visibility-sql.ts).
 */
import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import type { Database } from '../../platform/db/schema.js';
import { executionPhases } from '../cases/execution/rules.js';
import { assignedTo } from '../cases/visibility-sql.js';
import { caseLink, spec } from './section.js';

const noRef = sql<string | null>`null`.as('ref_id');
/** Literal, not bound: matches the partial index case_actions_unfinished_due (0019). */
export const unfinished = sql<boolean>`ca.status in ('open', 'in_progress')`;

export function regisseurSections(db: Kysely<Database>, p: Principal, now: string, today: string) {
  const me = p.userId;
  // The assignment, on the joined cases row (an eb over more tables is one over 'cases' too).
  const assigned = (eb: unknown) => assignedTo(eb as ExpressionBuilder<Database, 'cases'>, me);

  return [
    spec({
      key: 'new-registrations',
      at: 'since',
      query: db
        .selectFrom('cases')
        .select([
          'cases.id as case_id',
          'cases.case_number',
          'cases.status',
          'cases.submitted_at as at',
          noRef,
        ])
        .where('cases.status', '=', 'aangemeld'),
      orderBy: (q) => q.orderBy('cases.created_at').orderBy('cases.id'),
      link: caseLink,
    }),
    spec({
      key: 'assessments',
      at: 'since',
      query: db
        .selectFrom('cases')
        .select([
          'cases.id as case_id',
          'cases.case_number',
          'cases.status',
          'cases.submitted_at as at',
          noRef,
        ])
        .where('cases.status', '=', 'in_beoordeling')
        .where((eb) => assigned(eb)),
      orderBy: (q) => q.orderBy('cases.created_at').orderBy('cases.id'),
      link: caseLink,
    }),
    spec({
      key: 'conferences',
      at: 'starts',
      query: db
        .selectFrom('case_conferences as cc')
        .innerJoin('cases', 'cases.id', 'cc.case_id')
        .select([
          'cases.id as case_id',
          'cases.case_number',
          'cases.status',
          'cc.starts_at as at',
          'cc.id as ref_id',
        ])
        .where('cc.status', '=', 'planned')
        .where('cc.starts_at', '>=', now)
        .where((eb) => assigned(eb)),
      orderBy: (q) => q.orderBy('cc.starts_at').orderBy('cc.id'),
      link: caseLink,
    }),
    spec({
      key: 'overdue-actions',
      at: 'due',
      query: db
        .selectFrom('case_actions as ca')
        .innerJoin('cases', 'cases.id', 'ca.case_id')
        .select([
          'cases.id as case_id',
          'cases.case_number',
          'cases.status',
          'ca.due_date as at',
          'ca.id as ref_id',
        ])
        .where(unfinished)
        .where('ca.due_date', '<', today)
        .where('cases.status', 'in', [...executionPhases])
        .where((eb) => assigned(eb)),
      orderBy: (q) => q.orderBy('ca.due_date').orderBy('ca.id'),
      link: caseLink,
    }),
    spec({
      key: 'deescalations',
      at: 'since',
      query: db
        .selectFrom('case_deescalations as d')
        .innerJoin('cases', 'cases.id', 'd.case_id')
        .select([
          'cases.id as case_id',
          'cases.case_number',
          'cases.status',
          'd.proposed_at as at',
          'd.id as ref_id',
        ])
        .where('d.status', '=', 'pending')
        .where('d.procesregisseur_user_id', 'is', null)
        // Art. 1.10: two different people approve; the coordinator's approver cannot also approve here.
        .where((eb) =>
          eb.or([eb('d.coordinator_user_id', 'is', null), eb('d.coordinator_user_id', '!=', me)]),
        )
        .where((eb) => assigned(eb)),
      orderBy: (q) => q.orderBy('d.proposed_at').orderBy('d.id'),
      link: caseLink,
    }),
  ];
}
