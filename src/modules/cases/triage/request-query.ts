/**
 * Reading information requests (Art. 1.8, 12.2b): a case's requests for the procesregisseur and
 * informatiecentrum, and the requests addressed to the caller's party in the limited view. An
 * answer's content comes from the answering party's item, only when the caller may see that item
 * now (information/triage-answer.ts; Art. 16.2, backlog 18). Filters are SQL; every read of
 * personal data is logged before the response leaves, with the controller of what was read (the
 * registering party for the case data, the item's provider for an answer shown).
 */
import type { Kysely } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.js';
import { openCaseKey } from '../../../platform/crypto/case-keys.js';
import type { Database } from '../../../platform/db/schema.js';
import type { Cursor } from '../../../platform/http/pagination.js';
import { nowUtc } from '../../../platform/ids.js';
import {
  logRead,
  type ProcessingEntryInput,
  type TraceContext,
} from '../../../platform/processing-log/index.js';
import { answerReadEntries, visibleAnswers } from '../../information/triage-answer.js';
import type { CaseContext } from '../context.js';
import { notFoundProblem } from '../policy.js';
import { caseSubjects, entriesFor } from '../processing.js';
import { unseal } from '../sealing.js';
import { type LoadedCase, loadCase } from '../state.js';
import { checkTriageRead, houseToday, partyRequests, type RequestRow, requestForParty } from './access.js';
import { partyRequestView, requestView } from './request-view.js';

const readSpec = (
  p: Principal,
  caseId: string,
  controllerPartyId: string,
  trace: TraceContext,
  name: string,
) => ({
  name,
  operation: 'read' as const,
  activity: 'triage',
  caseId,
  controllerPartyId,
  principal: p,
  trace,
  startTime: nowUtc(),
});

export async function listCaseRequests(
  ctx: CaseContext,
  p: Principal,
  loaded: LoadedCase,
  trace: TraceContext,
) {
  const refusal = checkTriageRead(p, loaded);
  if (refusal) throw refusal;
  const caseId = loaded.row.id;
  const rows = await ctx.db
    .selectFrom('case_information_requests')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const key = await openCaseKey(ctx.db, ctx.masterKey, caseId);
  const today = await houseToday(ctx.db);
  const answered = rows.filter((r) => r.status === 'answered').map((r) => r.id);
  const shown = await visibleAnswers(ctx.db, p, loaded, key, answered, nowUtc());
  const items = rows.map((r) => requestView(key, r, today, shown.contents.get(r.id) ?? null));
  if (rows.length) {
    const subjects = await caseSubjects(ctx.db, ctx.log, key, caseId);
    const name = 'case.information-request.list';
    const entries: ProcessingEntryInput[] = await entriesFor(
      ctx.db,
      readSpec(p, caseId, loaded.row.registering_party_id, trace, name),
      subjects,
    );
    // Art. 16.2: an answer shown is the answering party's information, read through its item.
    entries.push(
      ...(await answerReadEntries(
        ctx.db,
        ctx,
        key,
        { name, operation: 'read', caseId, caseStatus: loaded.row.status, principal: p, trace },
        shown.items,
      )),
    );
    await logRead(ctx.db, entries);
  }
  return { items };
}

async function limitedView(
  ctx: CaseContext,
  p: Principal,
  row: RequestRow,
  today: string,
  entries: ProcessingEntryInput[],
  trace: TraceContext,
) {
  const key = await openCaseKey(ctx.db, ctx.masterKey, row.case_id);
  const persons =
    row.status === 'open'
      ? (
          await ctx.db
            .selectFrom('case_persons')
            .select(['id', 'name_enc', 'birth_date_enc'])
            .where('case_id', '=', row.case_id)
            .orderBy('position')
            .execute()
        ).map((x) => ({
          name: unseal(key, 'case_persons', 'name', x.id, x.name_enc),
          birthDate: unseal(key, 'case_persons', 'birth_date', x.id, x.birth_date_enc),
        }))
      : [];
  const loaded = await loadCase(ctx.db, row.case_id);
  if (!loaded) throw notFoundProblem();
  const subjects = await caseSubjects(ctx.db, ctx.log, key, row.case_id);
  const name = 'case.information-request.read';
  entries.push(
    ...(await entriesFor(
      ctx.db,
      readSpec(p, row.case_id, loaded.row.registering_party_id, trace, name),
      subjects,
    )),
  );
  // The asked party sees its answer through its item too: the professional who answered (its
  // provider), not every colleague of the party (Art. 16.2, need to know; backlog 17 and 18).
  const shown = await visibleAnswers(
    ctx.db,
    p,
    loaded,
    key,
    row.status === 'answered' ? [row.id] : [],
    nowUtc(),
  );
  const spec = {
    name,
    operation: 'read' as const,
    caseId: row.case_id,
    caseStatus: loaded.row.status,
    principal: p,
    trace,
  };
  entries.push(...(await answerReadEntries(ctx.db, ctx, key, spec, shown.items)));
  return partyRequestView(key, row, persons, today, shown.contents.get(row.id) ?? null);
}

/** One request addressed to the caller's party (404 otherwise), in the limited view. */
export async function getPartyRequest(ctx: CaseContext, p: Principal, id: string, trace: TraceContext) {
  const row = await requestForParty(ctx.db, p, id);
  const entries: ProcessingEntryInput[] = [];
  const view = await limitedView(ctx, p, row, await houseToday(ctx.db), entries, trace);
  await logRead(ctx.db, entries);
  return view;
}

/** The requests addressed to the caller's party, by deadline; nothing for anyone else. */
export async function listPartyRequests(
  ctx: CaseContext,
  p: Principal,
  status: 'open' | 'answered',
  limit: number,
  after: Cursor | undefined,
  trace: TraceContext,
) {
  if (!p.roles.includes('professional') || p.partyId === null) return { rows: [], items: [] };
  const rows = await partyRequestRows(ctx.db, p.partyId, status, limit, after);
  const today = await houseToday(ctx.db);
  const entries: ProcessingEntryInput[] = [];
  const items = [];
  for (const row of rows.slice(0, limit)) items.push(await limitedView(ctx, p, row, today, entries, trace));
  if (entries.length) await logRead(ctx.db, entries);
  return { rows, items };
}

function partyRequestRows(
  db: Kysely<Database>,
  partyId: string,
  status: 'open' | 'answered',
  limit: number,
  after: Cursor | undefined,
): Promise<RequestRow[]> {
  let q = partyRequests(db, partyId).where('r.status', '=', status);
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('r.deadline', '>', after.k),
        eb.and([eb('r.deadline', '=', after.k), eb('r.id', '>', after.id)]),
      ]),
    );
  return q
    .orderBy('r.deadline')
    .orderBy('r.id')
    .limit(limit + 1)
    .execute();
}
