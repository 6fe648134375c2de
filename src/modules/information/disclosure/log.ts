/**
 * Processing-log entries of a disclosure (Art. 9.2, 19.1; Logboek Dataverwerkingen): processing
 * activity 'verstrekking-derden' of the register, one entry per distinct (controller, data
 * subject) of the items concerned — the controller being the party that provided each item, the
 * subjects the item's persons (an item without persons logs one entry without subject).
 */
import type { Kysely } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.js';
import type { Database } from '../../../platform/db/schema.js';
import type {
  DataSubject,
  Operation,
  ProcessingEntryInput,
  TraceContext,
} from '../../../platform/processing-log/index.js';
import type { CaseContext } from '../../cases/context.js';
import { entriesFor } from '../../cases/processing.js';
import { subjectsByPerson } from '../processing.js';

export const DISCLOSURE_ACTIVITY = 'verstrekking-derden';

export interface DisclosureLogSpec {
  name: string;
  operation: Operation;
  caseId: string;
  principal: Principal;
  trace: TraceContext;
}

export async function disclosureEntries(
  db: Kysely<Database>,
  ctx: CaseContext,
  key: Buffer,
  spec: DisclosureLogSpec,
  items: { controllerPartyId: string; personIds: readonly string[] }[],
): Promise<ProcessingEntryInput[]> {
  const subjects = await subjectsByPerson(db, ctx, key, spec.caseId);
  const byController = new Map<string, Map<string, DataSubject | null>>();
  for (const item of items) {
    const seen = byController.get(item.controllerPartyId) ?? new Map<string, DataSubject | null>();
    const of = item.personIds.map((id) => subjects.get(id) ?? null);
    for (const s of of.length ? of : [null]) seen.set(s?.id ?? 'null', s);
    byController.set(item.controllerPartyId, seen);
  }
  const out: ProcessingEntryInput[] = [];
  for (const [controllerPartyId, seen] of byController)
    out.push(
      ...(await entriesFor(db, { ...spec, activity: DISCLOSURE_ACTIVITY, controllerPartyId }, [
        ...seen.values(),
      ])),
    );
  return out;
}
