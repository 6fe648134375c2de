/**
 * The list items a caller sees. Person names are decrypted only where the caller has a working
 * relation (any relation but 'to-pick-up'); a registration still waiting to
 * be picked up shows no names until it is opened (data minimisation, Art. 5 lid 1 sub c AVG).
 * Every name shown is logged per person before the response leaves.
 */
import type { Principal } from '../../platform/auth/principal.js';
import { openCaseKey } from '../../platform/crypto/case-keys.js';
import { nowUtc } from '../../platform/ids.js';
import {
  logRead,
  type ProcessingEntryInput,
  type TraceContext,
} from '../../platform/processing-log/index.js';
import type { CaseContext } from './context.js';
import type { listCaseRows } from './list-query.js';
import { activityOfPhase, entriesFor, subjectsOf } from './processing.js';
import { unseal, unsealOrNull } from './sealing.js';

type Row = Awaited<ReturnType<typeof listCaseRows>>[number];

export async function listItems(ctx: CaseContext, p: Principal, rows: Row[], trace: TraceContext) {
  const started = nowUtc();
  const entries: ProcessingEntryInput[] = [];
  const items = [];
  for (const r of rows) {
    const relation = r.relation;
    let personNames: string[] | null = null;
    if (relation !== 'to-pick-up') {
      const key = await openCaseKey(ctx.db, ctx.masterKey, r.id);
      const persons = await ctx.db
        .selectFrom('case_persons')
        .select(['id', 'name_enc', 'bsn_enc'])
        .where('case_id', '=', r.id)
        .orderBy('position')
        .execute();
      personNames = persons.map((x) => unseal(key, 'case_persons', 'name', x.id, x.name_enc));
      const bsns = persons.map((x) => unsealOrNull(key, 'case_persons', 'bsn', x.id, x.bsn_enc));
      const spec = {
        name: 'case.list',
        operation: 'read' as const,
        activity: activityOfPhase(r.status),
        caseId: r.id,
        controllerPartyId: r.registering_party_id,
        principal: p,
        trace,
        startTime: started,
      };
      entries.push(...(await entriesFor(ctx.db, spec, subjectsOf(ctx.log, bsns))));
    }
    items.push({
      id: r.id,
      caseNumber: r.case_number,
      status: r.status,
      caseType: r.case_type,
      protocolKey: r.protocol_key,
      relation,
      personNames,
      createdAt: r.created_at,
      submittedAt: r.submitted_at,
      updatedAt: r.updated_at,
    });
  }
  if (entries.length) await logRead(ctx.db, entries);
  return items;
}
