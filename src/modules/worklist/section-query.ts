/**
 * The worklist queries that several roles share, so each role file states only whose items they
 * are: overdue actions (Art. 13.2, as execution/overdue-query.ts defines them) and de-escalations
 * waiting for an approval (Art. 1.10, 8.4d). The caller narrows the base query to its own cases.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { executionPhases } from '../cases/execution/rules.js';
import { caseLink, spec } from './section.js';

/** Literal, not bound: matches the partial index case_actions_unfinished_due_case (0036). */
export const unfinished = sql<boolean>`ca.status in ('open', 'in_progress')`;

const overdueActions = (db: Kysely<Database>, today: string) =>
  db
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
    .where('cases.status', 'in', [...executionPhases]);

type OverdueQuery = ReturnType<typeof overdueActions>;

/** Unfinished actions past their due date in cases in execution, narrowed to the caller's. */
export const overdueActionsSection = (
  db: Kysely<Database>,
  today: string,
  narrow: (q: OverdueQuery) => OverdueQuery,
) =>
  spec({
    key: 'overdue-actions',
    at: 'due',
    query: narrow(overdueActions(db, today)),
    orderBy: (q) => q.orderBy('ca.due_date').orderBy('ca.id'),
    link: caseLink,
  });

const pendingDeescalations = (db: Kysely<Database>) =>
  db
    .selectFrom('case_deescalations as d')
    .innerJoin('cases', 'cases.id', 'd.case_id')
    .select([
      'cases.id as case_id',
      'cases.case_number',
      'cases.status',
      'd.proposed_at as at',
      'd.id as ref_id',
    ])
    // Literal, not bound: matches the partial indexes on pending de-escalations (0033, 0036).
    .where(sql<boolean>`d.status = 'pending'`);

type DeescalationQuery = ReturnType<typeof pendingDeescalations>;

/** Pending de-escalations, narrowed to those waiting for the caller's approval. */
export const deescalationsSection = (
  db: Kysely<Database>,
  narrow: (q: DeescalationQuery) => DeescalationQuery,
) =>
  spec({
    key: 'deescalations',
    at: 'since',
    query: narrow(pendingDeescalations(db)),
    orderBy: (q) => q.orderBy('d.proposed_at').orderBy('d.id'),
    link: caseLink,
  });
