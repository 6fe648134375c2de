/**
 * On submission: is a person already known in another open case of the house? Answered with the
 * blind indexes only (no row is decrypted), and recorded as a timeline event that only
 * procesregisseurs see — never the registering user (issue 5 §1, Art. 12.2a, need to know §4).
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { ProcessingEntryInput } from '../../platform/processing-log/index.js';
import { recordEvent } from './events.js';
import type { CaseStatus } from './rules/state-machine.js';

/** Open: submitted and not yet closed or removed. */
export const openStatuses: CaseStatus[] = [
  'aangemeld',
  'in_beoordeling',
  'in_triage',
  'overleg_gepland',
  'in_uitvoering',
];

interface PersonIndex {
  position: number;
  bsn_index: string | null;
  name_birth_index: string;
}

export interface KnownMatch {
  position: number;
  otherCaseId: string;
  otherCaseNumber: string;
  otherControllerPartyId: string;
}

export async function findKnown(
  trx: Transaction<Database>,
  caseId: string,
  persons: PersonIndex[],
): Promise<KnownMatch[]> {
  const matches: KnownMatch[] = [];
  for (const p of persons) {
    const rows = await trx
      .selectFrom('case_persons')
      .innerJoin('cases', 'cases.id', 'case_persons.case_id')
      .select(['cases.id', 'cases.case_number', 'cases.registering_party_id'])
      .where('cases.id', '!=', caseId)
      .where('cases.status', 'in', openStatuses)
      .where((eb) =>
        eb.or([
          eb('case_persons.name_birth_index', '=', p.name_birth_index),
          ...(p.bsn_index ? [eb('case_persons.bsn_index', '=', p.bsn_index)] : []),
        ]),
      )
      .distinct()
      .orderBy('cases.case_number')
      .execute();
    for (const r of rows)
      matches.push({
        position: p.position,
        otherCaseId: r.id,
        otherCaseNumber: r.case_number,
        otherControllerPartyId: r.registering_party_id,
      });
  }
  return matches;
}

/** Records each match on the new case's timeline, for procesregisseurs only. */
export async function recordKnown(
  trx: Transaction<Database>,
  key: Buffer,
  caseId: string,
  matches: KnownMatch[],
): Promise<void> {
  for (const m of matches) {
    await recordEvent(trx, key, caseId, {
      type: 'already-known',
      article: '12.2a',
      actorUserId: null,
      audience: 'procesregisseur',
      note: `Persoon ${m.position + 1} is al bekend in open casus ${m.otherCaseNumber}`,
    });
  }
}

/** The lookup touched the other case's person index: one log entry per matched case. */
export function knownCheckEntries(
  matches: KnownMatch[],
  base: Omit<ProcessingEntryInput, 'caseId' | 'controllerPartyId' | 'dataSubject'>,
  subjectOfPosition: (position: number) => ProcessingEntryInput['dataSubject'],
): ProcessingEntryInput[] {
  return matches.map((m) => ({
    ...base,
    caseId: m.otherCaseId,
    controllerPartyId: m.otherControllerPartyId,
    dataSubject: subjectOfPosition(m.position),
  }));
}
