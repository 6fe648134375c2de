/**
 * The case search query (issue 5 §11): only cases the caller may open (`casesVisibleTo`, the same
 * predicate as the case list), filtered in SQL — a person through the blind indexes on
 * case_persons (no row is decrypted to search), a party as registering party or as a party
 * invited to a conference that was not cancelled (Art. 8.2), phases and a creation period.
 */
import type { Kysely } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.js';
import {
  type BlindIndexKeys,
  bsnIndex,
  nameAndBirthDateIndex,
} from '../../../platform/crypto/blind-index.js';
import type { Database } from '../../../platform/db/schema.js';
import type { Cursor } from '../../../platform/http/pagination.js';
import type { CaseStatus } from '../rules/state-machine.js';
import { casesVisibleTo } from '../visibility-sql.js';
import type { CaseSearch } from './schemas.js';

/** The blind index the person criterion compares with: which column, which value. */
export function personIndex(keys: BlindIndexKeys, person: NonNullable<CaseSearch['person']>) {
  return 'bsn' in person
    ? { column: 'bsn_index' as const, value: bsnIndex(keys, person.bsn) }
    : {
        column: 'name_birth_index' as const,
        value: nameAndBirthDateIndex(keys, person.name, person.birthDate),
      };
}

const FULL_NUMBER = /^ZVH-\d{4}-\d{6}$/;

const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00.000Z`) + 86_400_000).toISOString();

export async function searchCases(
  db: Kysely<Database>,
  p: Principal,
  keys: BlindIndexKeys,
  s: CaseSearch,
  after: Cursor | undefined,
) {
  let q = db
    .selectFrom('cases')
    .select([
      'cases.id',
      'cases.case_number',
      'cases.status',
      'cases.case_type',
      'cases.protocol_key',
      'cases.registering_party_id',
      'cases.created_at',
      'cases.submitted_at',
    ])
    .where((eb) => casesVisibleTo(eb, p));
  // Case number and person select by index first (IN, not a correlated EXISTS), so the planner
  // starts from the few matching rows rather than from every case the caller might see.
  if (s.caseNumber) {
    const n = s.caseNumber.toUpperCase().replace(/[\\%_]/g, '');
    q = FULL_NUMBER.test(n)
      ? q.where('cases.case_number', '=', n)
      : q.where('cases.case_number', 'like', `${n}%`);
  }
  if (s.person) {
    const { column, value } = personIndex(keys, s.person);
    q = q.where(
      'cases.id',
      'in',
      db
        .selectFrom('case_persons')
        .select('case_persons.case_id')
        .where(`case_persons.${column}`, '=', value),
    );
  }
  if (s.status) q = q.where('cases.status', 'in', s.status);
  if (s.partyId) {
    const partyId = s.partyId;
    q = q.where((eb) => {
      const registering = eb('cases.registering_party_id', '=', partyId);
      const participating = eb.exists(
        eb
          .selectFrom('case_conference_parties as ccp')
          .innerJoin('case_conferences as cc', 'cc.id', 'ccp.conference_id')
          .select('ccp.party_id')
          .whereRef('cc.case_id', '=', 'cases.id')
          .where('ccp.party_id', '=', partyId)
          .where('cc.status', '!=', 'cancelled'),
      );
      if (s.partyRole === 'registering') return registering;
      if (s.partyRole === 'participating') return participating;
      return eb.or([registering, participating]);
    });
  }
  if (s.createdFrom) q = q.where('cases.created_at', '>=', `${s.createdFrom}T00:00:00.000Z`);
  if (s.createdTo) q = q.where('cases.created_at', '<', nextDay(s.createdTo));
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb('cases.created_at', '<', after.k),
        eb.and([eb('cases.created_at', '=', after.k), eb('cases.id', '<', after.id)]),
      ]),
    );
  const rows = await q
    .orderBy('cases.created_at', 'desc')
    .orderBy('cases.id', 'desc')
    .limit(s.limit + 1)
    .execute();
  return rows.map((r) => ({ ...r, status: r.status as CaseStatus }));
}
