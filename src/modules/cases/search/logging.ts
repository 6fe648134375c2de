/**
 * Searching for a person is processing of that person's data (Art. 17, Logboek
 * Dataverwerkingen): it is logged before the answer leaves. One entry per case found, under the
 * processing activity of the case's phase with its registering party as controller; when nothing
 * is found, one entry without a case under 'aanmelding' (the house's person lookup, as in the
 * "already known" check). The data subject is the BSN's pseudonym; for a search by name and date
 * of birth, the pseudonym of the matched person's BSN, read from that matched row only.
 */
import type { Principal } from '../../../platform/auth/principal.js';
import { openCaseKey } from '../../../platform/crypto/case-keys.js';
import { nowUtc } from '../../../platform/ids.js';
import {
  bsnSubject,
  type DataSubject,
  logRead,
  type ProcessingEntryInput,
  type TraceContext,
} from '../../../platform/processing-log/index.js';
import type { CaseContext } from '../context.js';
import { activityOfPhase, activityUri, entriesFor, subjectsOf } from '../processing.js';
import { unsealOrNull } from '../sealing.js';
import { personIndex, type searchCases } from './query.js';
import type { CaseSearch } from './schemas.js';

type Hit = Awaited<ReturnType<typeof searchCases>>[number];

async function subjectsIn(ctx: CaseContext, hit: Hit, column: 'name_birth_index', value: string) {
  const rows = await ctx.db
    .selectFrom('case_persons')
    .select(['id', 'bsn_enc'])
    .where('case_id', '=', hit.id)
    .where(column, '=', value)
    .execute();
  const key = await openCaseKey(ctx.db, ctx.masterKey, hit.id);
  return subjectsOf(
    ctx.log,
    rows.map((r) => unsealOrNull(key, 'case_persons', 'bsn', r.id, r.bsn_enc)),
  );
}

export async function logPersonSearch(
  ctx: CaseContext,
  p: Principal,
  person: NonNullable<CaseSearch['person']>,
  hits: Hit[],
  trace: TraceContext,
  startTime: string,
): Promise<void> {
  const entries: ProcessingEntryInput[] = [];
  const byBsn: DataSubject | null = 'bsn' in person ? bsnSubject(ctx.log, person.bsn) : null;
  const index = personIndex(ctx.index, person);
  for (const hit of hits) {
    const subjects = byBsn !== null ? [byBsn] : await subjectsIn(ctx, hit, 'name_birth_index', index.value);
    const spec = {
      name: 'case.search',
      operation: 'read' as const,
      activity: activityOfPhase(hit.status),
      caseId: hit.id,
      controllerPartyId: hit.registering_party_id,
      principal: p,
      trace,
      startTime,
    };
    entries.push(...(await entriesFor(ctx.db, spec, subjects)));
  }
  if (entries.length === 0)
    entries.push({
      name: 'case.search',
      operation: 'read',
      processingActivityId: await activityUri(ctx.db, 'aanmelding'),
      actor: { userId: p.userId, partyId: p.partyId },
      caseId: null,
      dataSubject: byBsn,
      trace,
      startTime,
    });
  const endTime = nowUtc();
  await logRead(
    ctx.db,
    entries.map((e) => ({ ...e, endTime })),
  );
}
