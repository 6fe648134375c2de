/**
 * Writes for withdrawal (Art. 23.1, 21.3) and exclusion (23.2). The party's status changes in the
 * same transaction as the record, so the effect is immediate: the authenticator reads the party's
 * status on every request, and its users lose access on their next one (identity/authenticator.ts).
 * Each record carries the duties that survive it (23.3).
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { staleWrite } from '../../../platform/http/etag.js';
import { ProblemError } from '../../../platform/http/problem.js';
import { newId, nowUtc } from '../../../platform/ids.js';
import { type Caller, checkBumped, type Db, enforce, today } from './context.js';
import { checkDecisionLink } from './decision-link.js';
import {
  adopted,
  checkExclusionDecision,
  checkNoticeOfDefault,
  checkTakeEffect,
  checkWithdrawal,
  type ExclusionVote,
  lastingDuties,
  withdrawalEffectiveOn,
} from './rules/termination.js';

export interface NoticeInput {
  kind: 'withdrawal' | 'exclusion';
  partyId: string;
  noticeOn: string;
  reference: string;
  text: string;
  amendmentId?: string | undefined;
}

async function endParty(
  trx: Transaction<Database>,
  partyId: string,
  status: 'withdrawn' | 'excluded',
  now: string,
) {
  const res = await trx
    .updateTable('parties')
    .set((eb) => ({ status, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', partyId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1)
    throw new ProblemError('conflict', 'deze partij is niet (meer) actief');
}

export async function recordNotice(db: Db, caller: Caller, input: NoticeInput): Promise<string> {
  const party = await db
    .selectFrom('parties')
    .select(['id', 'status'])
    .where('id', '=', input.partyId)
    .executeTakeFirst();
  if (!party) throw new ProblemError('validation', 'onbekende partij');
  const pending = await db
    .selectFrom('party_terminations')
    .select('id')
    .where('party_id', '=', party.id)
    .where('status', 'in', ['announced', 'in_default'])
    .executeTakeFirst();
  const active = party.status === 'active';
  if (input.kind === 'withdrawal') enforce(checkWithdrawal(caller, active, pending !== undefined));
  else enforce(checkNoticeOfDefault(caller, active, pending !== undefined));
  if (input.kind === 'exclusion' && input.amendmentId)
    throw new ProblemError(
      'validation',
      'een wijziging hoort bij een opzegging (Art. 21.3), niet bij een uitsluiting',
    );

  let effectiveOn: string | null = null;
  if (input.kind === 'withdrawal') {
    let entry: string | null = null;
    if (input.amendmentId) {
      const amendment = await db
        .selectFrom('covenant_versions')
        .select('entry_into_force')
        .where('id', '=', input.amendmentId)
        .executeTakeFirst();
      if (!amendment) throw new ProblemError('validation', 'onbekende wijziging van het convenant');
      entry = amendment.entry_into_force;
    }
    effectiveOn = withdrawalEffectiveOn(today(), entry);
  }
  const now = nowUtc();
  const id = newId();
  const immediate = input.kind === 'withdrawal' && effectiveOn !== null && effectiveOn <= today();
  const status = input.kind === 'exclusion' ? 'in_default' : immediate ? 'effective' : 'announced';
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('party_terminations')
      .values({
        id,
        party_id: party.id,
        kind: input.kind,
        status,
        notice_on: input.noticeOn,
        notice_reference: input.reference,
        notice_text: input.text,
        amendment_id: input.amendmentId ?? null,
        effective_on: effectiveOn,
        effective_at: immediate ? now : null,
        decided_on: null,
        votes_for: null,
        votes_against: null,
        abstentions: null,
        decision_reference: null,
        governance_decision_id: null,
        lasting_duties_json: JSON.stringify(lastingDuties),
        recorded_by_user_id: caller.userId,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    if (immediate) await endParty(trx, party.id, 'withdrawn', now);
  });
  return id;
}

type Row = Database['party_terminations'];

export async function takeEffect(db: Db, caller: Caller, row: Row, version: number) {
  if (row.kind !== 'withdrawal')
    throw new ProblemError('conflict', 'alleen een opzegging gaat op een datum in (Art. 21.3)');
  enforce(checkTakeEffect(caller, row.status, row.effective_on ?? '', today()));
  const now = nowUtc();
  await db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('party_terminations')
      .set({ status: 'effective', effective_at: now, updated_at: now, version: version + 1 })
      .where('id', '=', row.id)
      .where('version', '=', version)
      .executeTakeFirst();
    checkBumped(res, staleWrite);
    await endParty(trx, row.party_id, 'withdrawn', now);
  });
}

export interface ExclusionDecisionInput extends ExclusionVote {
  decidedOn: string;
  reference: string;
  governanceDecisionId?: string | undefined;
}

export async function decideExclusion(
  db: Db,
  caller: Caller,
  row: Row,
  version: number,
  d: ExclusionDecisionInput,
) {
  if (row.kind !== 'exclusion')
    throw new ProblemError('conflict', 'alleen over een uitsluiting beslist de Stuurgroep hier (Art. 23.2)');
  enforce(checkExclusionDecision(caller, row.status, row.notice_on, d.decidedOn));
  const excluded = adopted(d);
  await checkDecisionLink(db, d.governanceDecisionId, excluded ? 'adopted' : 'not-adopted', '23.2');
  const now = nowUtc();
  await db.transaction().execute(async (trx) => {
    const res = await trx
      .updateTable('party_terminations')
      .set({
        status: excluded ? 'effective' : 'not_excluded',
        decided_on: d.decidedOn,
        votes_for: d.votesFor,
        votes_against: d.votesAgainst,
        abstentions: d.abstentions,
        decision_reference: d.reference,
        governance_decision_id: d.governanceDecisionId ?? null,
        effective_on: excluded ? d.decidedOn : null,
        effective_at: excluded ? now : null,
        updated_at: now,
        version: version + 1,
      })
      .where('id', '=', row.id)
      .where('version', '=', version)
      .executeTakeFirst();
    checkBumped(res, staleWrite);
    // Art. 23.2: "met onmiddellijke ingang".
    if (excluded) await endParty(trx, row.party_id, 'excluded', now);
  });
}
