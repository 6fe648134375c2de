/**
 * Who does what in the triage (Art. 1.8, 12.2b, 1.14): the assigned procesregisseur and the
 * informatiecentrum send and cancel information requests and read the answers; a professional of
 * the asked party sees and answers the requests to their party, and nothing else of the case.
 * A case or request the caller has no role in is 404; one they see but may not change is 403.
 */
import type { Kysely } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.js';
import type { CaseInformationRequestTable, Database } from '../../../platform/db/schema.js';
import { ProblemError } from '../../../platform/http/problem.js';
import { notFoundProblem, relationOf } from '../policy.js';
import type { LoadedCase } from '../state.js';
import { localDate } from './rules.js';

/** Art. 12.2b, 1.14: the triage is facilitated by the procesregisseur and the informatiecentrum. */
export function checkTriageWork(p: Principal, c: LoadedCase): ProblemError | null {
  const rel = relationOf(p, c);
  if (rel !== 'assigned' && rel !== 'informatiecentrum')
    return new ProblemError(
      'forbidden',
      'alleen de procesregisseur of het informatiecentrum bevraagt partijen (Art. 1.8, 12.2b)',
    );
  if (c.row.status !== 'in_triage')
    return new ProblemError('conflict', 'partijen worden bevraagd tijdens de triage (Art. 1.8)');
  return null;
}

/** Reading the requests and answers of a case: the procesregisseur and informatiecentrum only. */
export function checkTriageRead(p: Principal, c: LoadedCase): ProblemError | null {
  const rel = relationOf(p, c);
  if (rel === 'assigned' || rel === 'informatiecentrum') return null;
  return new ProblemError(
    'forbidden',
    'de antwoorden van partijen zijn voor de procesregisseur en het informatiecentrum (Art. 12.2b)',
  );
}

export type RequestRow = CaseInformationRequestTable & { case_number: string; case_status: string };

/**
 * The requests addressed to a party that it may see: not cancelled, and on a case whose privacy
 * protocol (still) admits the party (Art. 15.3). Rows carry the case number and status.
 */
export function partyRequests(db: Kysely<Database>, partyId: string) {
  return db
    .selectFrom('case_information_requests as r')
    .innerJoin('cases', 'cases.id', 'r.case_id')
    .innerJoin('privacy_protocols as pp', 'pp.key', 'cases.protocol_key')
    .selectAll('r')
    .select(['cases.case_number', 'cases.status as case_status'])
    .where('r.party_id', '=', partyId)
    .where('r.status', '!=', 'cancelled')
    .where((eb) =>
      eb.or([
        eb('pp.admits_all', '=', 1),
        eb.exists(
          eb
            .selectFrom('privacy_protocol_parties as ppp')
            .select('ppp.party_id')
            .whereRef('ppp.protocol_id', '=', 'pp.id')
            .where('ppp.party_id', '=', partyId),
        ),
      ]),
    );
}

/** The request as seen by a professional of the asked party, or 404 for anyone else. */
export async function requestForParty(db: Kysely<Database>, p: Principal, id: string): Promise<RequestRow> {
  if (!p.roles.includes('professional') || p.partyId === null) throw notFoundProblem();
  const row = await partyRequests(db, p.partyId).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw notFoundProblem();
  return row;
}

/** The house's time zone and triage schedule (configuration, domain.md §7). */
export async function houseClock(db: Kysely<Database>) {
  const house = await db.selectFrom('house').select(['timezone', 'triage_json']).executeTakeFirstOrThrow();
  return { timeZone: house.timezone, schedule: JSON.parse(house.triage_json) };
}

export async function houseToday(db: Kysely<Database>, now = new Date()): Promise<string> {
  return localDate(now, (await houseClock(db)).timeZone);
}
