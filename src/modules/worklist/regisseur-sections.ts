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
import { assignedTo } from '../cases/visibility-sql.js';
import { caseLink, spec } from './section.js';
import { deescalationsSection, overdueActionsSection } from './section-query.js';

const noRef = sql<string | null>`null`.as('ref_id');

export function regisseurSections(db: Kysely<Database>, p: Principal, now: string, today: string) {
  const me = p.userId;
  // The assignment, on the joined cases row (an eb over more tables is one over 'cases' too).
  // On the section's own case_id where it has one: the count then walks an index that carries it
  // and never reads a cases row (0036-worklist-indexes).
  const assigned = (eb: unknown, caseIdRef: Parameters<typeof assignedTo>[2] = 'cases.id') =>
    assignedTo(eb as ExpressionBuilder<Database, 'cases'>, me, caseIdRef);

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
        // Literal, not bound: matches the partial index case_conferences_planned_starts (0036).
        .where(sql<boolean>`cc.status = 'planned'`)
        .where('cc.starts_at', '>=', now)
        .where((eb) => assigned(eb, 'cc.case_id')),
      orderBy: (q) => q.orderBy('cc.starts_at').orderBy('cc.id'),
      link: caseLink,
    }),
    overdueActionsSection(db, today, (q) => q.where((eb) => assigned(eb, 'ca.case_id'))),
    deescalationsSection(db, (q) =>
      q
        .where('d.procesregisseur_user_id', 'is', null)
        // Art. 1.10: two different people approve; the coordinator's approver cannot also approve here.
        .where((eb) =>
          eb.or([eb('d.coordinator_user_id', 'is', null), eb('d.coordinator_user_id', '!=', me)]),
        )
        .where((eb) => assigned(eb, 'd.case_id')),
    ),
  ];
}
