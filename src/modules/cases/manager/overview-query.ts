/**
 * The manager's view of the house (Art. 11.1, 11.3; domain.md §2–3): counts and metadata only —
 * cases per phase, per registering party and per month of registration, open actions past their
 * due date, dossiers waiting for their scrub, and the escalated cases (case number, phase, dates).
 * No persons and no texts, so nothing here is personal data and nothing is logged; an escalated
 * case itself is opened through GET /cases/{id} (Art. 11.3d), which is logged.
 * Drafts (concept) are the registering user's alone and are not counted.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { executionPhases } from '../execution/rules.js';
import type { CaseStatus } from '../rules/state-machine.js';

export async function managerOverview(db: Kysely<Database>, today: string) {
  const counted = db.selectFrom('cases').where('status', '!=', 'concept');
  const byPhase = await counted
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .orderBy('status')
    .execute();
  const byParty = await counted
    .select(['registering_party_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('registering_party_id')
    .orderBy('registering_party_id')
    .execute();
  // substr works alike on SQLite and PostgreSQL; timestamps are ISO-8601 UTC text.
  const month = sql<string>`substr(submitted_at, 1, 7)`;
  const byMonth = await counted
    .where('submitted_at', 'is not', null)
    .select((eb) => [month.as('month'), eb.fn.countAll<number>().as('n')])
    .groupBy(month)
    .orderBy('month')
    .execute();
  const overdue = await db
    .selectFrom('case_actions')
    .innerJoin('cases', 'cases.id', 'case_actions.case_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('case_actions.status', 'in', ['open', 'in_progress'])
    .where('case_actions.due_date', '<', today)
    .where('cases.status', 'in', [...executionPhases])
    .executeTakeFirstOrThrow();
  const scrubPending = await db
    .selectFrom('case_deescalations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'approved')
    .where('scrubbed_at', 'is', null)
    .executeTakeFirstOrThrow();
  const escalated = await db
    .selectFrom('case_escalations')
    .innerJoin('cases', 'cases.id', 'case_escalations.case_id')
    .select([
      'cases.id',
      'cases.case_number',
      'cases.status',
      'cases.protocol_key',
      'cases.submitted_at',
      'case_escalations.escalated_at',
    ])
    .where('case_escalations.resolved_at', 'is', null)
    .orderBy('case_escalations.escalated_at')
    .execute();
  return {
    byPhase: byPhase.map((r) => ({ status: r.status as CaseStatus, count: Number(r.n) })),
    byRegisteringParty: byParty.map((r) => ({ partyId: r.registering_party_id, count: Number(r.n) })),
    byMonth: byMonth.map((r) => ({ month: String(r.month), count: Number(r.n) })),
    overdueActions: Number(overdue.n),
    scrubPending: Number(scrubPending.n),
    escalated: escalated.map((r) => ({
      caseId: r.id,
      caseNumber: r.case_number,
      status: r.status as CaseStatus,
      protocolKey: r.protocol_key,
      submittedAt: r.submitted_at,
      escalatedAt: r.escalated_at,
    })),
  };
}
