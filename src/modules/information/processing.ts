/**
 * Processing-log entries for information items (Art. 17, Logboek Dataverwerkingen): one entry per
 * data subject the item concerns (the BSN pseudonyms of its persons), with the item's provider as
 * controller (Art. 15.1, 16.2) and the processing activity of the case's phase. A list read logs
 * one entry per distinct (controller, data subject) pair of the items shown.
 */
import type { Kysely } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import type { Database } from '../../platform/db/schema.js';
import type {
  DataSubject,
  Operation,
  ProcessingEntryInput,
  TraceContext,
} from '../../platform/processing-log/index.js';
import type { CaseContext } from '../cases/context.js';
import { activityOfPhase, entriesFor, subjectsOf } from '../cases/processing.js';
import type { CaseStatus } from '../cases/rules/state-machine.js';
import { unsealOrNull } from '../cases/sealing.js';

/** The data subject of every person of the case, by person id. */
export async function subjectsByPerson(
  db: Kysely<Database>,
  ctx: Pick<CaseContext, 'log'>,
  key: Buffer,
  caseId: string,
): Promise<Map<string, DataSubject | null>> {
  const persons = await db
    .selectFrom('case_persons')
    .select(['id', 'bsn_enc'])
    .where('case_id', '=', caseId)
    .execute();
  return new Map(
    persons.map((p) => [
      p.id,
      subjectsOf(ctx.log, [unsealOrNull(key, 'case_persons', 'bsn', p.id, p.bsn_enc)])[0] ?? null,
    ]),
  );
}

export interface ItemLogSpec {
  name: string;
  operation: Operation;
  /** The processing activity; by default that of the case's phase. */
  activity?: string;
  caseId: string;
  caseStatus: CaseStatus;
  principal: Principal;
  trace: TraceContext;
}

/** Entries for items: per distinct (provider, data subject); an item without persons logs one null subject. */
export async function itemEntries(
  db: Kysely<Database>,
  spec: ItemLogSpec,
  subjects: Map<string, DataSubject | null>,
  items: { provider_party_id: string; personIds: readonly string[] }[],
): Promise<ProcessingEntryInput[]> {
  const byController = new Map<string, Map<string, DataSubject | null>>();
  for (const item of items) {
    const seen = byController.get(item.provider_party_id) ?? new Map<string, DataSubject | null>();
    const of = item.personIds.map((id) => subjects.get(id) ?? null);
    for (const s of of.length ? of : [null]) seen.set(s?.id ?? 'null', s);
    byController.set(item.provider_party_id, seen);
  }
  const out: ProcessingEntryInput[] = [];
  for (const [controllerPartyId, seen] of byController) {
    const entrySpec = {
      name: spec.name,
      operation: spec.operation,
      activity: spec.activity ?? activityOfPhase(spec.caseStatus),
      caseId: spec.caseId,
      controllerPartyId,
      principal: spec.principal,
      trace: spec.trace,
    };
    out.push(...(await entriesFor(db, entrySpec, [...seen.values()])));
  }
  return out;
}
