/**
 * Closing a decision: the hearing rule first (Art. 5.5, 7.2: held while an affected absent member
 * party has given no written input), then the counting rule (domain.md §5) with the mandates in
 * force on the meeting's date and who attended. A consensus recorded against a vote against is
 * refused (Art. 5.4, 7.1). An adopted annual plan or report takes its decision's outcome (4.4, 6.4).
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { ProblemError } from '../../platform/http/problem.js';
import { nowUtc } from '../../platform/ids.js';
import { linksOn, membersOf, votingPartyIds } from './bodies.js';
import type { Db } from './context.js';
import type { DecisionRow } from './decision-view.js';
import { localDate } from './rules/cadence.js';
import { hearing } from './rules/hearing.js';
import type { DecisionStatus } from './rules/referral.js';
import { consensusProblem, countVotes } from './rules/votes.js';

export interface ClosePlan {
  status: DecisionStatus;
  tallyJson: string | null;
  waitingFor: string[];
}

export async function planClose(db: Db, d: DecisionRow, timeZone: string): Promise<ClosePlan> {
  if (!d.meeting_id)
    throw new ProblemError('conflict', 'een besluit wordt in een vergadering genomen: plan het eerst in');
  const meeting = await db
    .selectFrom('governance_meetings')
    .select(['starts_at', 'status'])
    .where('id', '=', d.meeting_id)
    .executeTakeFirstOrThrow();
  if (meeting.status === 'cancelled') throw new ProblemError('conflict', 'de vergadering is geannuleerd');
  const day = localDate(meeting.starts_at, timeZone);
  const [links, voting, members, attendance, affected, heard, ballots] = await Promise.all([
    linksOn(db, d.body_id, day),
    votingPartyIds(db, d.body_id),
    membersOf(db, d.body_id),
    db
      .selectFrom('governance_attendance')
      .select('user_id')
      .where('meeting_id', '=', d.meeting_id)
      .where('status', '=', 'present')
      .execute(),
    db.selectFrom('governance_decision_parties').select('party_id').where('decision_id', '=', d.id).execute(),
    db.selectFrom('governance_written_inputs').select('party_id').where('decision_id', '=', d.id).execute(),
    db.selectFrom('governance_votes').selectAll().where('decision_id', '=', d.id).execute(),
  ]);
  const presentUsers = new Set(attendance.map((r) => r.user_id));
  const presentParties = members
    .filter((m) => presentUsers.has(m.userId))
    .flatMap((m) => [...(m.partyId ? [m.partyId] : []), ...m.votesFor]);
  const memberParties = [
    ...voting,
    ...links.filter((l) => voting.includes(l.mandateePartyId)).map((l) => l.mandatorPartyId),
  ];
  const h = hearing({
    memberPartyIds: memberParties,
    presentPartyIds: presentParties,
    mandates: links,
    affectedPartyIds: affected.map((r) => r.party_id),
    heardPartyIds: heard.map((r) => r.party_id),
  });
  if (h.held) return { status: 'held', tallyJson: null, waitingFor: h.waitingFor };
  const tally = countVotes({
    votingPartyIds: voting,
    mandates: links,
    ballots: ballots.map((b) => ({
      partyId: b.party_id,
      choice: b.choice,
      castByPartyId: b.cast_by_party_id,
    })),
  });
  const problem = consensusProblem(d.consensus === 1, tally);
  if (problem) throw new ProblemError('conflict', problem);
  const status: DecisionStatus =
    tally.outcome === 'adopted' ? 'adopted' : tally.outcome === 'rejected' ? 'rejected' : 'undecided';
  const { counted: _counted, ...stored } = tally;
  return { status, tallyJson: JSON.stringify(stored), waitingFor: [] };
}

/** Carries an outcome to the annual plan or report the decision adopts (Art. 4.4, 6.4). */
export async function applyToSubject(
  trx: Transaction<Database>,
  d: DecisionRow,
  status: DecisionStatus,
): Promise<void> {
  if (!d.subject_type || !d.subject_id) return;
  const table = d.subject_type === 'annual-plan' ? 'governance_annual_plans' : 'governance_annual_reports';
  const next = status === 'adopted' ? 'adopted' : status === 'held' ? 'proposed' : 'rejected';
  await trx
    .updateTable(table)
    .set((eb) => ({
      status: next,
      adopted_at: next === 'adopted' ? nowUtc() : null,
      updated_at: nowUtc(),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', d.subject_id)
    .where('decision_id', '=', d.id)
    .execute();
}
