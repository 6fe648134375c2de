/**
 * Reading one case (Art. 12.2a; domain.md §4): persons decrypted with the case key, the criteria
 * indication only for procesregisseurs, the triage outcome (Art. 1.8) and case coordinator (Art. 13), the timeline filtered by audience in SQL, the assessment
 * thread, and the caller's permissions. The read is logged per person before the response leaves.
 */
import type { Principal } from '../../platform/auth/principal.js';
import { openCaseKeyRow } from '../../platform/crypto/case-keys.js';
import { nowUtc } from '../../platform/ids.js';
import { logRead, type TraceContext } from '../../platform/processing-log/index.js';
import { openCaseFields } from './case-fields.js';
import type { CaseContext } from './context.js';
import { detailRowsQuery, splitDetailRows } from './detail-rows.js';
import { permissionsFor, relationOf } from './policy.js';
import { activityOfPhase, entriesFor, subjectsOf } from './processing.js';
import { indicateComplexity } from './rules/criteria.js';
import { caseActions } from './schemas.js';
import { openPerson, unseal, unsealOrNull } from './sealing.js';
import type { LoadedCase } from './state.js';
import { userNames } from './user-names.js';

export async function readCase(ctx: CaseContext, p: Principal, loaded: LoadedCase, trace: TraceContext) {
  const started = nowUtc();
  const { row } = loaded;
  const id = row.id;
  const key = openCaseKeyRow(ctx.masterKey, id, loaded.key);
  const regisseurView = p.roles.includes('procesregisseur') && relationOf(p, loaded) !== 'registering';
  const rows = splitDetailRows(
    await detailRowsQuery(ctx.db, { id, audience: regisseurView ? 'procesregisseur' : 'case' }),
  );
  const persons = rows.persons.map((r) =>
    openPerson(key, {
      id: r.a as string,
      name_enc: r.c as string,
      bsn_enc: r.d,
      birth_date_enc: r.e as string,
      address_enc: r.f as string,
    }),
  );
  const timeline = rows.events.map((e) => {
    const eventId = e.a as string;
    const body = e.f ? JSON.parse(unseal(key, 'case_events', 'note', eventId, e.f)) : null;
    return {
      id: eventId,
      at: e.b as string,
      type: e.c as string,
      article: e.d as string,
      actorUserId: e.e,
      note: (body?.note as string | undefined) ?? null,
      advice: (body?.advice as string | null | undefined) ?? null,
    };
  });
  const questions = rows.questions.map((q) => ({
    id: q.a as string,
    at: q.b as string,
    authorUserId: q.c as string,
    text: unseal(key, 'case_questions', 'text', q.a as string, q.d as string),
  }));
  const fields = openCaseFields(key, id, row);
  const outcome = rows.triage;
  const o = (column: string, sealed: string) => unseal(key, 'case_triage_outcomes', column, id, sealed);
  const triage = outcome
    ? {
        route: outcome.a as 'conference' | 'advice' | 'referral',
        goal: o('goal', outcome.b as string),
        themes: JSON.parse(o('themes', outcome.c as string)) as string[],
        partyIds: JSON.parse(outcome.d as string) as string[],
        advice: outcome.e === null ? null : o('advice', outcome.e),
        decidedByUserId: outcome.f as string,
        decidedAt: outcome.g as string,
      }
    : null;
  const regie = loaded.procesregisseurs ?? [];
  // Issue 5: who the ids above are, in the one statement this view adds (user-names.ts).
  const names = await userNames(ctx.db, [
    row.registering_user_id,
    ...regie.map((r) => r.userId),
    ...timeline.map((e) => e.actorUserId),
    ...questions.map((q) => q.authorUserId),
    loaded.coordinator?.userId,
    triage?.decidedByUserId,
  ]);

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
      userId: r.userId,
      assignedAt: r.assignedAt,
      reason: unsealOrNull(key, 'case_procesregisseurs', 'reason', `${id}:${r.userId}`, r.reasonEnc),
    })),
    timeline,
    questions,
    relation: relationOf(p, loaded),
    coordinator: loaded.coordinator,
    triage,
    userNames: names,
    permissions: permissionsFor(p, loaded, caseActions),
    createdAt: row.created_at,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}
