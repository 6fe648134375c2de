/**
 * The house staff's sections of "Mijn taken": for the manager, the escalated cases and their
 * overdue actions (Art. 11.3d: the manager's powers start with an escalation, and so does their
 * view of the case; as execution/overdue-query.ts defines it); for the
 * informatiecentrum, the cases in triage for which it collects information (Art. 1.14, 14.1).
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { executionPhases } from '../cases/execution/rules.js';
import { caseLink, spec } from './section.js';
import { unfinished } from './section-query.js';

export function managerSections(db: Kysely<Database>, today: string) {
  return [
    spec({
      key: 'escalations',
      at: 'since',
      query: db
        .selectFrom('case_escalations as e')
        .innerJoin('cases', 'cases.id', 'e.case_id')
        .select([
          'cases.id as case_id',
          'cases.case_number',
          'cases.status',
          'e.escalated_at as at',
          'e.id as ref_id',
        ])
        .where('e.resolved_at', 'is', null),
      orderBy: (q) => q.orderBy('e.escalated_at').orderBy('e.id'),
      link: caseLink,
    }),
    spec({
      key: 'overdue-actions',
      at: 'due',
      query: db
        .selectFrom('case_actions as ca')
        .innerJoin('cases', 'cases.id', 'ca.case_id')
        .innerJoin('case_escalations as e', (j) =>
          j.onRef('e.case_id', '=', 'cases.id').on('e.resolved_at', 'is', null),
        )
        .select([
          'cases.id as case_id',
          'cases.case_number',
          'cases.status',
          'ca.due_date as at',
          'ca.id as ref_id',
        ])
        .where(unfinished)
        .where('ca.due_date', '<', today)
        .where('cases.status', 'in', [...executionPhases]),
      orderBy: (q) => q.orderBy('ca.due_date').orderBy('ca.id'),
      link: caseLink,
    }),
  ];
}

export function informatiecentrumSections(db: Kysely<Database>) {
  return [
    spec({
      key: 'triage',
      at: 'since',
      query: db
        .selectFrom('cases')
        .select([
          'cases.id as case_id',
          'cases.case_number',
          'cases.status',
          'cases.submitted_at as at',
          sql<string | null>`null`.as('ref_id'),
        ])
        .where('cases.status', '=', 'in_triage'),
      orderBy: (q) => q.orderBy('cases.created_at').orderBy('cases.id'),
      link: caseLink,
    }),
  ];
}
