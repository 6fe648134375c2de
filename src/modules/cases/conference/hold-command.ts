/**
 * Recording a held case conference (Art. 8.4, 9.1, 13) through the state machine's
 * `hold-conference` → in_uitvoering: attendance, the case coordinator (a present participant of an
 * invited party), the action plan (each action with the information items it cites, only those
 * the recorder may see and their providers allow in the plan, Art. 16.2), each party's role and
 * information needs, the de-escalation criteria and the minutes of agreements, all sealed. A
 * follow-up conference records the same way: its actions are added, its coordinator replaces the
 * previous one, its roles update those parties'. One transaction, guarded by the case version
 * (If-Match).
 */
import type { Principal } from '../../../platform/auth/principal.js';
import { openCaseKey } from '../../../platform/crypto/case-keys.js';
import { staleWrite } from '../../../platform/http/etag.js';
import { newId, nowUtc } from '../../../platform/ids.js';
import { appendProcessing, type TraceContext } from '../../../platform/processing-log/index.js';
import { checkCitable, citationEntries, insertCitations } from '../../information/action-plan.js';
import { notify } from '../../notifications/notify.js';
import type { CaseContext } from '../context.js';
import { recordEvent } from '../events.js';
import { moveCase } from '../move.js';
import { invalidField } from '../party-admission.js';
import { notFoundProblem, refusalProblem, requireAccess } from '../policy.js';
import { caseSubjects, entriesFor } from '../processing.js';
import { decide } from '../rules/state-machine.js';
import { seal } from '../sealing.js';
import { loadCase, stateOf } from '../state.js';
import { houseToday } from '../triage/access.js';
import { checkChange, conferenceOf } from './access.js';
import { recordProblem } from './hold-rules.js';
import type { ConferenceRecord } from './schemas.js';

export async function holdConference(
  ctx: CaseContext,
  p: Principal,
  caseId: string,
  conferenceId: string,
  expectedVersion: number,
  record: ConferenceRecord,
  trace: TraceContext,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadCase(trx, caseId);
    if (!loaded) throw notFoundProblem();
    requireAccess(p, loaded, 'read');
    const conf = await conferenceOf(trx, caseId, conferenceId);
    const refusal = checkChange(p, loaded, conf);
    if (refusal) throw refusal;
    if (loaded.row.version !== expectedVersion) throw staleWrite();

    const participants = await trx
      .selectFrom('case_conference_participants')
      .select(['user_id', 'party_id'])
      .where('conference_id', '=', conferenceId)
      .execute();
    const invited = await trx
      .selectFrom('case_conference_parties')
      .select('party_id')
      .where('conference_id', '=', conferenceId)
      .execute();
    const held = {
      participants: participants.map((x) => ({ userId: x.user_id, partyId: x.party_id })),
      invitedPartyIds: invited.map((x) => x.party_id),
    };
    const actor = { userId: p.userId, partyId: p.partyId, roles: p.roles };
    const coordinatorParty =
      held.participants.find((x) => x.userId === record.coordinatorUserId)?.partyId ?? '';
    const decision = decide(stateOf(loaded), {
      type: 'hold-conference',
      actor,
      coordinator: { userId: record.coordinatorUserId, partyId: coordinatorParty },
      planAdopted: record.actions.length > 0,
      deescalationCriteria: record.deescalationCriteria,
    });
    if (!decision.ok && decision.code !== 'invalid') throw refusalProblem(decision);
    const problem = recordProblem(record, held, await houseToday(trx));
    if (problem) throw invalidField(...problem);
    if (!decision.ok) throw refusalProblem(decision);

    const now = nowUtc();
    // Art. 16.2: an action cites only items the recorder may see and their providers allow in the
    // action plan (404 for any other id, as for one that does not exist; 409 when not allowed).
    const cited = await checkCitable(
      trx,
      p,
      loaded,
      record.actions.flatMap((a) => a.citedItemIds ?? []),
      now,
    );
    const version = await moveCase(trx, caseId, expectedVersion, decision.state.status, now);
    const key = await openCaseKey(trx, ctx.masterKey, caseId);
    const s = (column: string, value: string) => seal(key, 'case_conferences', column, conferenceId, value);
    await trx
      .updateTable('case_conferences')
      .set({
        status: 'held',
        minutes_enc: s('minutes', record.minutes),
        deescalation_criteria_enc: s('deescalation_criteria', record.deescalationCriteria),
        held_at: now,
        updated_at: now,
        version: conf.version + 1,
      })
      .where('id', '=', conferenceId)
      .execute();
    const present = new Set(record.attendance.filter((a) => a.present).map((a) => a.userId));
    for (const x of held.participants)
      await trx
        .updateTable('case_conference_participants')
        .set({ attendance: present.has(x.userId) ? 'present' : 'absent' })
        .where('conference_id', '=', conferenceId)
        .where('user_id', '=', x.userId)
        .execute();
    await trx.deleteFrom('case_coordinators').where('case_id', '=', caseId).execute();
    await trx
      .insertInto('case_coordinators')
      .values({
        case_id: caseId,
        user_id: record.coordinatorUserId,
        party_id: coordinatorParty,
        conference_id: conferenceId,
        appointed_at: now,
      })
      .execute();
    const citations: { actionId: string; itemIds: string[] }[] = [];
    const actions = record.actions.map((a) => {
      const id = newId();
      citations.push({ actionId: id, itemIds: a.citedItemIds ?? [] });
      return {
        id,
        case_id: caseId,
        conference_id: conferenceId,
        owner_party_id: a.ownerPartyId,
        description_enc: seal(key, 'case_actions', 'description', id, a.description),
        due_date: a.dueDate,
        status: 'open' as const,
        created_at: now,
        updated_at: now,
        version: 1,
      };
    });
    await trx.insertInto('case_actions').values(actions).execute();
    for (const c of citations) await insertCitations(trx, caseId, c.actionId, c.itemIds, p.userId, now);
    for (const r of record.partyRoles) {
      const place = `${caseId}:${r.partyId}`;
      await trx
        .deleteFrom('case_party_roles')
        .where('case_id', '=', caseId)
        .where('party_id', '=', r.partyId)
        .execute();
      await trx
        .insertInto('case_party_roles')
        .values({
          case_id: caseId,
          party_id: r.partyId,
          conference_id: conferenceId,
          role_enc: seal(key, 'case_party_roles', 'role', place, r.role),
          information_needs_enc: seal(
            key,
            'case_party_roles',
            'information_needs',
            place,
            r.informationNeeds,
          ),
          updated_at: now,
        })
        .execute();
    }
    await recordEvent(trx, key, caseId, { type: 'conference-held', article: '8.4', actorUserId: p.userId });
    const subjects = await caseSubjects(trx, ctx.log, key, caseId);
    const base = { caseId, controllerPartyId: loaded.row.registering_party_id, principal: p, trace };
    await appendProcessing(trx, [
      ...(await entriesFor(
        trx,
        { ...base, name: 'case.conference.hold', operation: 'update', activity: 'casusoverleg' },
        subjects,
      )),
      ...(await entriesFor(
        trx,
        { ...base, name: 'case.action-plan.create', operation: 'create', activity: 'plan-van-aanpak' },
        subjects,
      )),
      // The cited items are used in the plan: logged per item's provider, the controller (Art. 16.2).
      ...(await citationEntries(
        trx,
        ctx,
        key,
        {
          name: 'case.action-plan.cite',
          operation: 'create',
          activity: 'plan-van-aanpak',
          caseId,
          caseStatus: loaded.row.status,
          principal: p,
          trace,
        },
        cited,
      )),
    ]);
    const link = `/casussen/${caseId}`;
    await notify(trx, {
      userIds: [record.coordinatorUserId],
      kind: 'case.coordinator-appointed',
      caseId,
      link,
    });
    await notify(trx, {
      userIds: [...held.participants.map((x) => x.userId), loaded.row.registering_user_id].filter(
        (u) => u !== record.coordinatorUserId,
      ),
      kind: 'case.conference-held',
      caseId,
      link,
    });
    return { id: caseId, caseNumber: loaded.row.case_number, status: decision.state.status, version };
  });
}
