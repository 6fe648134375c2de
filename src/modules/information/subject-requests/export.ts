/**
 * Compiling, per controller, what it provided about the person of a data-subject request and who
 * processed that person's data (Wgs: the contact point helps each joint controller answer; AVG
 * Art. 15): for each case the person was found in (through the blind indexes), the person's data
 * and the registration's reason and goal if this party registered the case; the items this party
 * provided that concern the person (or the case as a whole); this party's triage answers; and the
 * processing-log entries about the person with this party as controller — by BSN pseudonym, or,
 * for a person registered without BSN, the case's entries without a subject (marked as such:
 * they may concern another person of the case without BSN). Reading it is logged per case.
 */
import { type SqlBool, sql } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.js';
import { openCaseKey } from '../../../platform/crypto/case-keys.js';
import { itemKeyRing } from '../../../platform/crypto/item-keys.js';
import { nowUtc } from '../../../platform/ids.js';
import { logRead, type TraceContext } from '../../../platform/processing-log/index.js';
import { toStoredEntry } from '../../../platform/processing-log/rows.js';
import { openPerson, unseal } from '../../cases/sealing.js';
import { entryView } from '../../processing-log/view.js';
import type { SubjectContext } from './context.js';
import { subjectEntry, subjectOf } from './log.js';
import { itemsConcerning } from './lookup.js';
import { notFound, type SubjectScope } from './policy.js';
import { requestInScope } from './queries.js';

const LOG_LIMIT = 5_000;

export async function compileExport(
  ctx: SubjectContext,
  p: Principal,
  scope: SubjectScope,
  requestId: string,
  partyId: string,
  trace: TraceContext,
) {
  return (await compileExportData(ctx, p, scope, requestId, partyId, trace)).export;
}

/**
 * The export with its request row and, when a rendering must name the person (`withPerson`: the
 * PDF, export-pdf.ts), the name and date of birth of the first person found through the indexes.
 * `logName` tells the renderings apart in the processing log.
 */
export async function compileExportData(
  ctx: SubjectContext,
  p: Principal,
  scope: SubjectScope,
  requestId: string,
  partyId: string,
  trace: TraceContext,
  opts: { logName?: string; withPerson?: boolean } = {},
) {
  const logName = opts.logName ?? 'subject-request.export';
  const r = await requestInScope(ctx.db, scope, requestId);
  if (scope.kind === 'party' && scope.partyId !== partyId) throw notFound();
  const route = await ctx.db
    .selectFrom('subject_request_routes')
    .innerJoin('parties', 'parties.id', 'subject_request_routes.party_id')
    .select(['parties.id', 'parties.name', 'subject_request_routes.grounds'])
    .where('request_id', '=', requestId)
    .where('party_id', '=', partyId)
    .executeTakeFirst();
  if (!route) throw notFound();
  const matches = await ctx.db
    .selectFrom('subject_request_matches as m')
    .innerJoin('cases', 'cases.id', 'm.case_id')
    .innerJoin('case_persons as cp', 'cp.id', 'm.person_id')
    .select([
      'm.case_id',
      'cases.case_number',
      'cases.status',
      'cases.registering_party_id',
      'cases.reason_enc',
      'cases.goal_enc',
      'cases.created_at',
    ])
    .select(['cp.id as person_id', 'cp.name_enc', 'cp.bsn_enc', 'cp.birth_date_enc', 'cp.address_enc'])
    .where('m.request_id', '=', requestId)
    .orderBy('cases.case_number')
    .execute();

  const cases = [];
  const withoutBsn: string[] = [];
  let found: { name: string; birthDate: string } | null = null;
  for (const m of matches) {
    const key = await openCaseKey(ctx.db, ctx.masterKey, m.case_id);
    if (opts.withPerson && found === null)
      found = {
        name: unseal(key, 'case_persons', 'name', m.person_id, m.name_enc),
        birthDate: unseal(key, 'case_persons', 'birth_date', m.person_id, m.birth_date_enc),
      };
    if (m.bsn_enc === null) withoutBsn.push(m.case_id);
    const registering = m.registering_party_id === partyId;
    const person = registering
      ? openPerson(key, {
          id: m.person_id,
          name_enc: m.name_enc,
          bsn_enc: m.bsn_enc,
          birth_date_enc: m.birth_date_enc,
          address_enc: m.address_enc,
        })
      : null;
    const items = await itemsConcerning(ctx.db, m.case_id, m.person_id)
      .selectAll('i')
      .where('i.provider_party_id', '=', partyId)
      .orderBy('i.created_at')
      .execute();
    // Item texts are sealed with each item's own key (issue 6 §5).
    const itemKeys = await itemKeyRing(
      ctx.db,
      key,
      m.case_id,
      items.map((i) => i.id),
    );
    const answers = await ctx.db
      .selectFrom('case_information_requests')
      .select(['id', 'answered_at'])
      .where('case_id', '=', m.case_id)
      .where('party_id', '=', partyId)
      .where('status', '=', 'answered')
      .orderBy('answered_at')
      .execute();
    cases.push({
      caseId: m.case_id,
      caseNumber: m.case_number,
      caseStatus: m.status,
      registeredAt: m.created_at,
      registration: registering
        ? {
            person,
            reason: unseal(key, 'cases', 'reason', m.case_id, m.reason_enc),
            goal: unseal(key, 'cases', 'goal', m.case_id, m.goal_enc),
          }
        : null,
      items: items.map((i) => ({
        id: i.id,
        title: unseal(itemKeys.keyOf(i.id), 'information_items', 'title', i.id, i.title_enc),
        body: unseal(itemKeys.keyOf(i.id), 'information_items', 'body', i.id, i.body_enc),
        regime: i.regime,
        createdAt: i.created_at,
        withdrawnAt: i.withdrawn_at,
      })),
      // An answer's content is the answering party's item (migration 0035), listed under items
      // when it concerns this person; the answer itself carries only when it was given.
      triageAnswers: answers.map((a) => ({
        id: a.id,
        itemId: items.find((i) => i.source_request_id === a.id)?.id ?? null,
        answeredAt: a.answered_at,
      })),
    });
  }

  const pseudonym = r.subject_pseudonym;
  const logRows = await ctx.db
    .selectFrom('processing_log')
    .selectAll()
    .where('controller_party_id', '=', partyId)
    .where((eb) =>
      eb.or([
        ...(pseudonym ? [eb('data_subject_id', '=', pseudonym)] : []),
        ...(withoutBsn.length
          ? [eb.and([eb('case_id', 'in', withoutBsn), eb('data_subject_id', 'is', null)])]
          : []),
        sql<SqlBool>`1 = 0`,
      ]),
    )
    .orderBy('seq')
    .limit(LOG_LIMIT + 1)
    .execute();
  const entries = logRows.slice(0, LOG_LIMIT).map((row) => {
    const e = entryView(toStoredEntry(row));
    return {
      ...e,
      subjectMatch:
        e.attributes['dpl.core.data_subject_id'] === null
          ? ('case-without-bsn' as const)
          : ('pseudonym' as const),
    };
  });

  const caseIds = [...new Set(matches.map((m) => m.case_id))];
  const base = {
    name: logName,
    operation: 'read' as const,
    principal: p,
    trace,
    subject: subjectOf(pseudonym),
    controllerPartyId: partyId,
  };
  const logInputs = caseIds.length
    ? await Promise.all(caseIds.map((caseId) => subjectEntry(ctx.db, { ...base, caseId })))
    : [await subjectEntry(ctx.db, { ...base, caseId: null })];
  await logRead(ctx.db, logInputs);

  return {
    export: {
      reference: r.reference,
      kind: r.kind,
      generatedAt: nowUtc(),
      controller: { partyId: route.id, name: route.name, grounds: JSON.parse(route.grounds) },
      cases,
      processingLog: { entries, truncated: logRows.length > LOG_LIMIT },
    },
    request: r,
    person: found,
  };
}
