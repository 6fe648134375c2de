/**
 * Processing-log entries for data-subject requests (Logboek Dataverwerkingen): the processing
 * activity 'inzage-betrokkene' of the register, the person's BSN pseudonym where known, and the
 * party whose data was processed as controller (null for the house's own handling). Also the
 * house's "today" on its own wall clock, for the deadline (configuration, domain.md §7).
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
import { activityUri } from '../../cases/processing.js';

export const SUBJECT_ACTIVITY = 'inzage-betrokkene';

export interface SubjectEntrySpec {
  name: string;
  operation: Operation;
  principal: Principal;
  trace: TraceContext;
  subject: DataSubject | null;
  caseId: string | null;
  controllerPartyId: string | null;
}

export async function subjectEntry(db: Kysely<Database>, s: SubjectEntrySpec): Promise<ProcessingEntryInput> {
  return {
    name: s.name,
    operation: s.operation,
    processingActivityId: await activityUri(db, SUBJECT_ACTIVITY),
    actor: { userId: s.principal.userId, partyId: s.principal.partyId },
    controllerPartyId: s.controllerPartyId,
    caseId: s.caseId,
    dataSubject: s.subject,
    trace: s.trace,
  };
}

/** Today (YYYY-MM-DD) in the house's time zone. */
export async function houseToday(db: Kysely<Database>, now = new Date()): Promise<string> {
  const house = await db.selectFrom('house').select('timezone').executeTakeFirstOrThrow();
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: house.timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (t: string) => parts.find((x) => x.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export const subjectOf = (pseudonym: string | null): DataSubject | null =>
  pseudonym ? { id: pseudonym, type: 'bsn-pseudonym' } : null;
