/**
 * Processing-log entries for execution, escalation and de-escalation (Art. 17, Logboek
 * Dataverwerkingen): one entry per person of the case, with the processing activity of the step
 * (uitvoering-monitoring covers escalation, Art. 11.3d; afschaling covers the scrub, Art. 1.10).
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
import type { CaseContext } from '../context.js';
import { entriesFor, subjectsOf } from '../processing.js';
import { unsealOrNull } from '../sealing.js';

/** The data subjects of the case's persons (BSN pseudonyms; null for a person without BSN). */
export async function caseSubjects(
  db: Kysely<Database>,
  ctx: CaseContext,
  key: Buffer,
  caseId: string,
): Promise<(DataSubject | null)[]> {
  const persons = await db
    .selectFrom('case_persons')
    .select(['id', 'bsn_enc'])
    .where('case_id', '=', caseId)
    .orderBy('position')
    .execute();
  return subjectsOf(
    ctx.log,
    persons.map((p) => unsealOrNull(key, 'case_persons', 'bsn', p.id, p.bsn_enc)),
  );
}

export interface LogSpec {
  name: string;
  operation: Operation;
  activity: 'uitvoering-monitoring' | 'afschaling';
  caseId: string;
  controllerPartyId: string;
  principal: Principal;
  trace: TraceContext;
  startTime?: string;
}

/** The entries for one processing of the case's data, per data subject. */
export async function caseEntries(
  db: Kysely<Database>,
  ctx: CaseContext,
  key: Buffer,
  spec: LogSpec,
): Promise<ProcessingEntryInput[]> {
  return entriesFor(db, spec, await caseSubjects(db, ctx, key, spec.caseId));
}
