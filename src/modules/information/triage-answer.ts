/**
 * A triage answer as an information item (issue 6: "Triage answers use this model"; Art. 1.8,
 * 16.2): the asked party provides the answer and is its controller. The item is visible to the
 * procesregisseur only until that party sets other conditions, widens or withdraws it through the
 * item routes. Called inside the answer's transaction (cases/triage/request-command.ts), whose
 * processing-log entries (create, controller = the answering party, every person of the case)
 * already record this processing; no second set is written.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { insertItem } from './insert.js';

export interface TriageAnswer {
  caseId: string;
  requestId: string;
  partyId: string;
  userId: string;
  involved: boolean;
  summary: string;
  information?: string | null | undefined;
}

export async function itemFromTriageAnswer(
  trx: Transaction<Database>,
  key: Buffer,
  a: TriageAnswer,
): Promise<string> {
  const persons = await trx.selectFrom('case_persons').select('id').where('case_id', '=', a.caseId).execute();
  const involved = a.involved ? 'betrokken' : 'niet betrokken';
  return insertItem(trx, key, {
    caseId: a.caseId,
    providerKind: 'party',
    providerPartyId: a.partyId,
    providedByUserId: a.userId,
    sourceRequestId: a.requestId,
    title: `Antwoord op bevraging (${involved})`,
    body: a.information ? `${a.summary}\n\n${a.information}` : a.summary,
    regime: 'gewoon',
    visibility: 'procesregisseur-only',
    namedPartyIds: [],
    useInActionPlan: false,
    expiresAt: null,
    personIds: persons.map((p) => p.id),
  });
}
