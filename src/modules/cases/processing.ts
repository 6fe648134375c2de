/**
 * Processing-log entries for case data (Art. 17, Logboek Dataverwerkingen): one entry per person
 * of the case, with the pseudonym of their BSN (null for a person registered without one), the
 * processing activity of the phase, and the registering party as controller (Art. 15.1).
 */
import type { Kysely } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import { type Params, preparedQuery } from '../../platform/db/prepared-query.js';
import type { Database } from '../../platform/db/schema.js';
import { ProblemError } from '../../platform/http/problem.js';
import {
  bsnSubject,
  type DataSubject,
  type Operation,
  type ProcessingEntryInput,
  type ProcessingLogKeys,
  type TraceContext,
} from '../../platform/processing-log/index.js';
import type { CaseStatus } from './rules/state-machine.js';
import { unseal } from './sealing.js';

/** The processing-register key of the phase a case is in (domain.md §3). */
export function activityOfPhase(status: CaseStatus): string {
  switch (status) {
    case 'concept':
    case 'aangemeld':
    case 'ingetrokken':
      return 'aanmelding';
    case 'in_beoordeling':
    case 'afgewezen':
      return 'beoordeling';
    case 'in_triage':
    case 'afgesloten_zonder_overleg':
      return 'triage';
    case 'overleg_gepland':
      return 'casusoverleg';
    case 'in_uitvoering':
      return 'uitvoering-monitoring';
    default:
      return 'afschaling';
  }
}

const activityQuery = preparedQuery((db, p: Params<{ key: string }>) =>
  db.selectFrom('processing_activities').select('uri').where('key', '=', p.key),
);

export async function activityUri(db: Kysely<Database>, key: string): Promise<string> {
  const [row] = await activityQuery(db, { key });
  if (!row) throw new ProblemError('unavailable', `Verwerking ${key} ontbreekt in het verwerkingsregister.`);
  return row.uri;
}

/** One data subject per person: the BSN's pseudonym, or null when no BSN is known. */
export function subjectsOf(keys: ProcessingLogKeys, bsns: (string | null)[]): (DataSubject | null)[] {
  const seen = new Set<string>();
  const out: (DataSubject | null)[] = [];
  for (const bsn of bsns) {
    if (bsn === null) {
      out.push(null);
      continue;
    }
    const s = bsnSubject(keys, bsn);
    if (!seen.has(s.id)) out.push(s);
    seen.add(s.id);
  }
  return out.length ? out : [null];
}

export interface EntrySpec {
  name: string;
  operation: Operation;
  activity: string;
  caseId: string;
  controllerPartyId: string;
  principal: Principal;
  trace: TraceContext;
  startTime?: string;
}

export async function entriesFor(
  db: Kysely<Database>,
  spec: EntrySpec,
  subjects: (DataSubject | null)[],
): Promise<ProcessingEntryInput[]> {
  const uri = await activityUri(db, spec.activity);
  return subjects.map((dataSubject) => ({
    name: spec.name,
    operation: spec.operation,
    processingActivityId: uri,
    actor: { userId: spec.principal.userId, partyId: spec.principal.partyId },
    controllerPartyId: spec.controllerPartyId,
    caseId: spec.caseId,
    dataSubject,
    trace: spec.trace,
    ...(spec.startTime ? { startTime: spec.startTime } : {}),
  }));
}

/** The data subjects of a case: one per person, by the pseudonym of their BSN (see subjectsOf). */
export async function caseSubjects(
  db: Kysely<Database>,
  keys: ProcessingLogKeys,
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
    keys,
    persons.map((p) => (p.bsn_enc === null ? null : unseal(key, 'case_persons', 'bsn', p.id, p.bsn_enc))),
  );
}
