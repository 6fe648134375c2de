/**
 * The "next triage" list (domain.md §3, Art. 1.8): the cases in triage that the caller sees (the
 * one visibility predicate), each with its triage moment from the configured weekly schedule and
 * the state of its information requests. No personal data: case number, protocol and counts only,
 * so nothing is logged. Bounded: a house has dozens of cases in triage at a time, not thousands.
 */
import { sql } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.js';
import { ProblemError } from '../../../platform/http/problem.js';
import type { CaseContext } from '../context.js';
import { casesVisibleTo } from '../visibility-sql.js';
import { houseClock } from './access.js';
import { localDate, nextTriageMoment } from './rules.js';

const MAX = 500;

export async function nextTriage(ctx: CaseContext, p: Principal, now = new Date()) {
  if (!p.roles.includes('procesregisseur') && !p.roles.includes('informatiecentrum'))
    throw new ProblemError('not-found', 'De gevraagde bron bestaat niet of u heeft er geen toegang toe.');
  const { timeZone, schedule } = await houseClock(ctx.db);
  const today = localDate(now, timeZone);
  const count = (status: string, overdue = false) =>
    sql<number>`(select count(*) from case_information_requests r where r.case_id = cases.id and r.status = ${status}${
      overdue ? sql` and r.deadline < ${today}` : sql``
    })`;
  const rows = await ctx.db
    .selectFrom('cases')
    .select(['id', 'case_number', 'protocol_key', 'submitted_at'])
    .select([
      count('open').as('open_requests'),
      count('answered').as('answered_requests'),
      count('open', true).as('overdue_requests'),
    ])
    .where('status', '=', 'in_triage')
    .where((eb) => casesVisibleTo(eb, p))
    .orderBy('submitted_at')
    .orderBy('id')
    .limit(MAX)
    .execute();
  const items = rows.map((r) => ({
    id: r.id,
    caseNumber: r.case_number,
    protocolKey: r.protocol_key,
    submittedAt: r.submitted_at,
    triageAt: nextTriageMoment(
      r.submitted_at ? new Date(r.submitted_at) : null,
      now,
      schedule,
      timeZone,
    ).toISOString(),
    openRequests: Number(r.open_requests),
    answeredRequests: Number(r.answered_requests),
    overdueRequests: Number(r.overdue_requests),
  }));
  items.sort((a, b) => a.triageAt.localeCompare(b.triageAt) || a.caseNumber.localeCompare(b.caseNumber));
  return { items };
}
