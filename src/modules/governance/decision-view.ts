/**
 * Reading a decision (Art. 5.4–5.6, 7.1–7.4): proposal, affected parties, written input, votes per
 * party (own or under a mandate), the outcome computed at closing, whom a held decision waits for,
 * referral, and what the caller may do. Names of voters and of those who recorded input are shown,
 * so the caller returns their user ids for the processing log.
 */
import { z } from 'zod';
import { linksOn } from './bodies.js';
import type { Db, GovActor } from './context.js';
import { isSecretary, isVoter } from './policy.js';
import type { DecisionStatus } from './rules/referral.js';
import { bodyRef, day, instant, partyRef, personRef } from './schemas.js';

export const decisionStatus = z.enum(['open', 'held', 'adopted', 'rejected', 'undecided', 'referred']);
export const decisionPermissions = ['update', 'vote', 'record-input', 'close', 'refer'] as const;

const tallySchema = z.strictObject({
  for: z.number().int(),
  against: z.number().int(),
  abstain: z.number().int(),
  outcome: z.enum(['adopted', 'rejected', 'tie']),
  unanimous: z.boolean(),
  refused: z.array(z.strictObject({ partyId: z.uuid(), reason: z.string() })),
});

export const decisionSchema = z
  .strictObject({
    id: z.uuid(),
    body: bodyRef,
    meetingId: z.uuid().nullable(),
    agendaItemId: z.uuid().nullable(),
    title: z.string(),
    proposal: z.string(),
    status: decisionStatus,
    consensus: z.boolean(),
    affectedParties: z.array(partyRef),
    writtenInputs: z.array(
      z.strictObject({
        id: z.uuid(),
        party: partyRef,
        kind: z.enum(['written', 'heard']),
        text: z.string(),
        receivedOn: day,
        recordedBy: personRef,
      }),
    ),
    votes: z.array(
      z.strictObject({
        party: partyRef,
        choice: z.enum(['for', 'against', 'abstain']),
        via: z.enum(['own', 'mandate']),
        castBy: personRef,
        castAt: instant,
      }),
    ),
    tally: tallySchema.nullable().describe('De telling bij het sluiten (domain.md §5)'),
    waitingFor: z.array(partyRef).describe('Afwezige partijen zonder schriftelijke inbreng (Art. 5.5, 7.2)'),
    subject: z.strictObject({ type: z.enum(['annual-plan', 'annual-report']), id: z.uuid() }).nullable(),
    referredFromId: z.uuid().nullable(),
    referredToId: z.uuid().nullable(),
    closedAt: instant.nullable(),
    version: z.number().int(),
    votableParties: z.array(partyRef).describe('Partijen waarvoor u nu kunt stemmen'),
    permissions: z.array(z.enum(decisionPermissions)),
  })
  .meta({ id: 'Decision' });

export type DecisionRow = NonNullable<Awaited<ReturnType<typeof loadDecision>>>;

export function loadDecision(db: Db, id: string) {
  return db
    .selectFrom('governance_decisions as d')
    .innerJoin('bodies', 'bodies.id', 'd.body_id')
    .selectAll('d')
    .select(['bodies.key as body_key', 'bodies.name as body_name'])
    .where('d.id', '=', id)
    .executeTakeFirst();
}

/** Parties the caller may vote for now: their own (if they hold its vote) and those that mandated it. */
export async function votableParties(db: Db, a: GovActor, bodyId: string, today: string): Promise<string[]> {
  const seat = a.seats.get(bodyId);
  const own = a.principal.partyId;
  if (!seat || !isVoter(a, bodyId) || own === null || !seat.votesFor.includes(own)) return [];
  const links = await linksOn(db, bodyId, today);
  return [own, ...links.filter((l) => l.mandateePartyId === own).map((l) => l.mandatorPartyId)];
}

const live = (s: DecisionStatus) => s === 'open' || s === 'held';

export async function decisionDetail(db: Db, a: GovActor, d: DecisionRow, today: string) {
  const [affected, inputs, votes, parties, votable] = await Promise.all([
    db.selectFrom('governance_decision_parties').select('party_id').where('decision_id', '=', d.id).execute(),
    db
      .selectFrom('governance_written_inputs as w')
      .innerJoin('users', 'users.id', 'w.recorded_by_user_id')
      .selectAll('w')
      .select('users.display_name')
      .where('w.decision_id', '=', d.id)
      .orderBy('w.created_at')
      .execute(),
    db
      .selectFrom('governance_votes as v')
      .innerJoin('users', 'users.id', 'v.cast_by_user_id')
      .selectAll('v')
      .select('users.display_name')
      .where('v.decision_id', '=', d.id)
      .orderBy('v.cast_at')
      .execute(),
    db.selectFrom('parties').select(['id', 'name']).execute(),
    votableParties(db, a, d.body_id, today),
  ]);
  const name = new Map(parties.map((p) => [p.id, p.name]));
  const ref = (id: string) => ({ id, name: name.get(id) ?? '' });
  const secretary = isSecretary(a, d.body_id);
  const canVote = live(d.status) && d.meeting_id !== null && votable.length > 0;
  const permissions = decisionPermissions.filter((p) => {
    if (p === 'vote') return canVote;
    if (p === 'record-input') return live(d.status) && (secretary || votable.length > 0);
    if (p === 'refer') return secretary && d.body_key === 'partneroverleg' && d.status === 'undecided';
    return secretary && live(d.status);
  });
  const detail = {
    id: d.id,
    body: { id: d.body_id, key: d.body_key, name: d.body_name },
    meetingId: d.meeting_id,
    agendaItemId: d.agenda_item_id,
    title: d.title,
    proposal: d.proposal,
    status: d.status,
    consensus: d.consensus === 1,
    affectedParties: affected.map((x) => ref(x.party_id)).sort((x, y) => x.name.localeCompare(y.name)),
    writtenInputs: inputs.map((w) => ({
      id: w.id,
      party: ref(w.party_id),
      kind: w.kind,
      text: w.text,
      receivedOn: w.received_on,
      recordedBy: { id: w.recorded_by_user_id, name: w.display_name },
    })),
    votes: votes.map((v) => ({
      party: ref(v.party_id),
      choice: v.choice,
      via: v.via,
      castBy: { id: v.cast_by_user_id, name: v.display_name },
      castAt: v.cast_at,
    })),
    tally: d.tally_json ? JSON.parse(d.tally_json) : null,
    waitingFor: d.waiting_for_json ? (JSON.parse(d.waiting_for_json) as string[]).map(ref) : [],
    subject: d.subject_type && d.subject_id ? { type: d.subject_type, id: d.subject_id } : null,
    referredFromId: d.referred_from_id,
    referredToId: d.referred_to_id,
    closedAt: d.closed_at,
    version: d.version,
    votableParties: canVote ? votable.map(ref) : [],
    permissions,
  };
  const named = [...inputs.map((w) => w.recorded_by_user_id), ...votes.map((v) => v.cast_by_user_id)];
  return { detail, named };
}
