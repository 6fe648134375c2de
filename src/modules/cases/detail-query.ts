/**
 * Reading one case (Art. 12.2a; domain.md §4): persons decrypted with the case key, the criteria
 * indication only for procesregisseurs, the triage outcome (Art. 1.8) and case coordinator (Art. 13), the timeline filtered by audience in SQL, the assessment
 * thread, and the caller's permissions. The read is logged per person before the response leaves.
 */
import type { Principal } from '../../platform/auth/principal.js';
import { openCaseKey } from '../../platform/crypto/case-keys.js';
import { nowUtc } from '../../platform/ids.js';
import { logRead, type TraceContext } from '../../platform/processing-log/index.js';
import { openCaseFields } from './case-fields.js';
import type { CaseContext } from './context.js';
import { permissionsFor, relationOf } from './policy.js';
import { activityOfPhase, entriesFor, subjectsOf } from './processing.js';
import { indicateComplexity } from './rules/criteria.js';
import { caseActions } from './schemas.js';
import { openPerson, unseal, unsealOrNull } from './sealing.js';
import type { LoadedCase } from './state.js';

export async function readCase(ctx: CaseContext, p: Principal, loaded: LoadedCase, trace: TraceContext) {
  const started = nowUtc();
  const { row } = loaded;
  const id = row.id;
  const key = await openCaseKey(ctx.db, ctx.masterKey, id);
  const regisseurView = p.roles.includes('procesregisseur') && relationOf(p, loaded) !== 'registering';
  const persons = (
    await ctx.db
      .selectFrom('case_persons')
      .selectAll()
      .where('case_id', '=', id)
      .orderBy('position')
      .execute()
  ).map((r) => openPerson(key, r));
  const regie = await ctx.db
    .selectFrom('case_procesregisseurs')
    .selectAll()
    .where('case_id', '=', id)
    .orderBy('assigned_at')
    .execute();
  let events = ctx.db.selectFrom('case_events').selectAll().where('case_id', '=', id);
  if (!regisseurView) events = events.where('audience', '=', 'case');
  const timeline = (await events.orderBy('at').orderBy('id').execute()).map((e) => {
    const body = e.note_enc ? JSON.parse(unseal(key, 'case_events', 'note', e.id, e.note_enc)) : null;
    return {
      id: e.id,
      at: e.at,
      type: e.type,
      article: e.article,
      actorUserId: e.actor_user_id,
      note: (body?.note as string | undefined) ?? null,
      advice: (body?.advice as string | null | undefined) ?? null,
    };
  });
  const questions = (
    await ctx.db
      .selectFrom('case_questions')
      .selectAll()
      .where('case_id', '=', id)
      .orderBy('at')
      .orderBy('id')
      .execute()
  ).map((q) => ({
    id: q.id,
    at: q.at,
    authorUserId: q.author_user_id,
    text: unseal(key, 'case_questions', 'text', q.id, q.text_enc),
  }));
  const fields = openCaseFields(key, id, row);
  const outcome = await ctx.db
    .selectFrom('case_triage_outcomes')
    .selectAll()
    .where('case_id', '=', id)
    .executeTakeFirst();
  const o = (column: string, sealed: string) => unseal(key, 'case_triage_outcomes', column, id, sealed);
  const triage = outcome
    ? {
        route: outcome.route,
        goal: o('goal', outcome.goal_enc),
        themes: JSON.parse(o('themes', outcome.themes_enc)) as string[],
        partyIds: JSON.parse(outcome.party_ids) as string[],
        advice: outcome.advice_enc === null ? null : o('advice', outcome.advice_enc),
        decidedByUserId: outcome.decided_by_user_id,
        decidedAt: outcome.decided_at,
      }
    : null;

  const spec = {
    name: 'case.read',
    operation: 'read' as const,
    activity: activityOfPhase(row.status),
    caseId: id,
    controllerPartyId: row.registering_party_id,
    principal: p,
    trace,
    startTime: started,
  };
  await logRead(
    ctx.db,
    await entriesFor(
      ctx.db,
      spec,
      subjectsOf(
        ctx.log,
        persons.map((x) => x.bsn),
      ),
    ),
  );

  return {
    id,
    caseNumber: row.case_number,
    status: row.status,
    caseType: row.case_type,
    protocolKey: row.protocol_key,
    registeringUserId: row.registering_user_id,
    registeringPartyId: row.registering_party_id,
    ...fields,
    indication: regisseurView ? indicateComplexity(fields.criteria) : null,
    persons,
    procesregisseurs: regie.map((r) => ({
      userId: r.user_id,
      assignedAt: r.assigned_at,
      reason: unsealOrNull(key, 'case_procesregisseurs', 'reason', `${id}:${r.user_id}`, r.reason_enc),
    })),
    timeline,
    questions,
    relation: relationOf(p, loaded),
    coordinator: loaded.coordinator,
    triage,
    permissions: permissionsFor(p, loaded, caseActions),
    createdAt: row.created_at,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}
