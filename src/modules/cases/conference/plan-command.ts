/**
 * Planning, rescheduling and cancelling a case conference (Art. 8.1–8.2, 12.2c–e). Only the
 * assigned procesregisseur, only parties the case's protocol admits, named participants who are
 * active professionals of their party. Free text is sealed with the case key. Each write commits
 * with its timeline event, processing-log entries and notifications to the named participants in
 * one transaction, guarded by the conference's version (If-Match) when it changes one.
 */
import type { Transaction } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.js';
import { openCaseKey } from '../../../platform/crypto/case-keys.js';
import type { Database } from '../../../platform/db/schema.js';
import { staleWrite } from '../../../platform/http/etag.js';
import { newId, nowUtc } from '../../../platform/ids.js';
import { appendProcessing, type TraceContext } from '../../../platform/processing-log/index.js';
import { notify } from '../../notifications/notify.js';
import type { CaseContext } from '../context.js';
import { recordEvent } from '../events.js';
import { notFoundProblem, requireAccess } from '../policy.js';
import { caseSubjects, entriesFor } from '../processing.js';
import { seal } from '../sealing.js';
import { type LoadedCase, loadCase } from '../state.js';
import { checkChange, checkPlan as checkMayPlan, conferenceOf } from './access.js';
import { checkPlan } from './plan-rules.js';
import type { ConferencePlan, ConferenceUpdate } from './schemas.js';
import { openConference } from './view.js';

const T = 'case_conferences';

async function writeInvitations(
  trx: Transaction<Database>,
  key: Buffer,
  caseId: string,
  conferenceId: string,
  invitations: ConferencePlan['invitations'],
) {
  await trx.deleteFrom('case_conference_participants').where('conference_id', '=', conferenceId).execute();
  await trx.deleteFrom('case_conference_parties').where('conference_id', '=', conferenceId).execute();
  await trx
    .insertInto('case_conference_parties')
    .values(
      invitations.map((inv) => ({
        conference_id: conferenceId,
        party_id: inv.partyId,
        contribution_enc: seal(
          key,
          'case_conference_parties',
          'contribution',
          `${conferenceId}:${inv.partyId}`,
          inv.contribution,
        ),
      })),
    )
    .execute();
  const people = invitations.flatMap((inv) =>
    inv.participantUserIds.map((userId) => ({
      conference_id: conferenceId,
      case_id: caseId,
      user_id: userId,
      party_id: inv.partyId,
      attendance: null,
    })),
  );
  if (people.length) await trx.insertInto('case_conference_participants').values(people).execute();
}

function sealedPlan(key: Buffer, id: string, plan: Omit<ConferencePlan, 'invitations'>) {
  const s = (column: string, value: string) => seal(key, T, column, id, value);
  return {
    starts_at: new Date(plan.startsAt).toISOString(),
    ends_at: new Date(plan.endsAt).toISOString(),
    location_enc: plan.location ? s('location', plan.location) : null,
    online_link_enc: plan.onlineLink ? s('online_link', plan.onlineLink) : null,
    goal_enc: s('goal', plan.goal),
    decision_types_enc: s('decision_types', JSON.stringify(plan.decisionTypes)),
    themes_enc: s('themes', JSON.stringify(plan.themes)),
  };
}

async function logAndTell(
  trx: Transaction<Database>,
  ctx: CaseContext,
  key: Buffer,
  loaded: LoadedCase,
  p: Principal,
  trace: TraceContext,
  what: { name: string; operation: 'create' | 'update'; kind: string; userIds: string[] },
) {
  const caseId = loaded.row.id;
  const spec = {
    name: what.name,
    operation: what.operation,
    activity: 'casusoverleg',
    caseId,
    controllerPartyId: loaded.row.registering_party_id,
    principal: p,
    trace,
  };
  await appendProcessing(trx, await entriesFor(trx, spec, await caseSubjects(trx, ctx.log, key, caseId)));
  await notify(trx, { userIds: what.userIds, kind: what.kind, caseId, link: `/casussen/${caseId}` });
}

export async function planConference(
  ctx: CaseContext,
  p: Principal,
  caseId: string,
  plan: ConferencePlan,
  trace: TraceContext,
): Promise<string> {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadCase(trx, caseId);
    if (!loaded) throw notFoundProblem();
    requireAccess(p, loaded, 'plan-conference');
    const refusal = checkMayPlan(p, loaded);
    if (refusal) throw refusal;
    await checkPlan(trx, loaded, plan, new Date());
    const key = await openCaseKey(trx, ctx.masterKey, caseId);
    const last = await trx
      .selectFrom('case_conferences')
      .select((eb) => eb.fn.max('sequence').as('n'))
      .where('case_id', '=', caseId)
      .executeTakeFirst();
    const id = newId();
    const now = nowUtc();
    await trx
      .insertInto('case_conferences')
      .values({
        id,
        case_id: caseId,
        sequence: Number(last?.n ?? 0) + 1,
        ...sealedPlan(key, id, plan),
        status: 'planned',
        minutes_enc: null,
        deescalation_criteria_enc: null,
        cancel_reason_enc: null,
        planned_by_user_id: p.userId,
        held_at: null,
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .execute();
    await writeInvitations(trx, key, caseId, id, plan.invitations);
    await recordEvent(trx, key, caseId, {
      type: 'conference-planned',
      article: '12.2e',
      actorUserId: p.userId,
    });
    await logAndTell(trx, ctx, key, loaded, p, trace, {
      name: 'case.conference.plan',
      operation: 'create',
      kind: 'case.conference-invited',
      userIds: plan.invitations.flatMap((i) => i.participantUserIds),
    });
    return id;
  });
}

async function changeable(
  trx: Transaction<Database>,
  p: Principal,
  caseId: string,
  conferenceId: string,
  version: number,
) {
  const loaded = await loadCase(trx, caseId);
  if (!loaded) throw notFoundProblem();
  requireAccess(p, loaded, 'read');
  const conf = await conferenceOf(trx, caseId, conferenceId);
  const refusal = checkChange(p, loaded, conf);
  if (refusal) throw refusal;
  if (conf.version !== version) throw staleWrite();
  return { loaded, conf };
}

async function bump(trx: Transaction<Database>, id: string, version: number, set: Record<string, unknown>) {
  const moved = await trx
    .updateTable('case_conferences')
    .set({ ...set, updated_at: nowUtc(), version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1) throw staleWrite();
}

const participantIds = async (trx: Transaction<Database>, conferenceId: string) =>
  (
    await trx
      .selectFrom('case_conference_participants')
      .select('user_id')
      .where('conference_id', '=', conferenceId)
      .execute()
  ).map((r) => r.user_id);

export async function updateConference(
  ctx: CaseContext,
  p: Principal,
  caseId: string,
  conferenceId: string,
  version: number,
  patch: ConferenceUpdate,
  trace: TraceContext,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const { loaded, conf } = await changeable(trx, p, caseId, conferenceId, version);
    const key = await openCaseKey(trx, ctx.masterKey, caseId);
    const current = await openConference(trx, key, conf);
    const merged: ConferencePlan = {
      startsAt: patch.startsAt ?? current.startsAt,
      endsAt: patch.endsAt ?? current.endsAt,
      location: patch.location === undefined ? current.location : patch.location,
      onlineLink: patch.onlineLink === undefined ? current.onlineLink : patch.onlineLink,
      goal: patch.goal ?? current.goal,
      decisionTypes: patch.decisionTypes ?? current.decisionTypes,
      themes: patch.themes ?? current.themes,
      invitations:
        patch.invitations ??
        current.invitations.map((i) => ({
          partyId: i.partyId,
          contribution: i.contribution,
          participantUserIds: i.participants.map((x) => x.userId),
        })),
    };
    await checkPlan(trx, loaded, merged, new Date());
    const before = await participantIds(trx, conferenceId);
    await bump(trx, conferenceId, version, sealedPlan(key, conferenceId, merged));
    if (patch.invitations) await writeInvitations(trx, key, caseId, conferenceId, merged.invitations);
    await recordEvent(trx, key, caseId, {
      type: 'conference-rescheduled',
      article: '12.2e',
      actorUserId: p.userId,
    });
    await logAndTell(trx, ctx, key, loaded, p, trace, {
      name: 'case.conference.update',
      operation: 'update',
      kind: 'case.conference-changed',
      userIds: [...before, ...merged.invitations.flatMap((i) => i.participantUserIds)],
    });
  });
}

export async function cancelConference(
  ctx: CaseContext,
  p: Principal,
  caseId: string,
  conferenceId: string,
  version: number,
  reason: string,
  trace: TraceContext,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const { loaded } = await changeable(trx, p, caseId, conferenceId, version);
    const key = await openCaseKey(trx, ctx.masterKey, caseId);
    await bump(trx, conferenceId, version, {
      status: 'cancelled',
      cancel_reason_enc: seal(key, T, 'cancel_reason', conferenceId, reason),
    });
    await recordEvent(trx, key, caseId, {
      type: 'conference-cancelled',
      article: '12.2e',
      actorUserId: p.userId,
      note: reason,
    });
    await logAndTell(trx, ctx, key, loaded, p, trace, {
      name: 'case.conference.cancel',
      operation: 'update',
      kind: 'case.conference-cancelled',
      userIds: await participantIds(trx, conferenceId),
    });
  });
}
