/**
 * Finding a person across the house's cases for a data-subject request, through the blind indexes
 * only: an equality lookup on the BSN index or the (name, date of birth) index; no row is
 * decrypted to search (domain.md §4). Then, per person found, the parties that provided data on
 * them (Art. 15.1: each is the controller of what it provided): the registering party, the
 * providers of items concerning the person (or the case as a whole), and the parties that
 * answered a triage request about the case (Art. 1.8).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';

export interface PersonIndexes {
  bsnIndex: string | null;
  nameBirthIndex: string | null;
}

export interface Match {
  caseId: string;
  personId: string;
  registeringPartyId: string;
}

export type Ground = 'registering' | 'items' | 'triage';

/** The persons the indexes find, in cases that still exist (a removed case has nothing left). */
export async function findPersons(db: Kysely<Database>, idx: PersonIndexes): Promise<Match[]> {
  if (idx.bsnIndex === null && idx.nameBirthIndex === null) return [];
  const rows = await db
    .selectFrom('case_persons')
    .innerJoin('cases', 'cases.id', 'case_persons.case_id')
    .select(['case_persons.id', 'case_persons.case_id', 'cases.registering_party_id'])
    .where('cases.status', '!=', 'verwijderd')
    .where((eb) =>
      eb.or([
        ...(idx.bsnIndex ? [eb('case_persons.bsn_index', '=', idx.bsnIndex)] : []),
        ...(idx.nameBirthIndex ? [eb('case_persons.name_birth_index', '=', idx.nameBirthIndex)] : []),
      ]),
    )
    .orderBy('cases.case_number')
    .orderBy('case_persons.position')
    .execute();
  return rows.map((r) => ({ caseId: r.case_id, personId: r.id, registeringPartyId: r.registering_party_id }));
}

/** Items of the case that concern the person: linked to them, or to no person in particular. */
export function itemsConcerning(db: Kysely<Database>, caseId: string, personId: string) {
  return db
    .selectFrom('information_items as i')
    .where('i.case_id', '=', caseId)
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('information_item_persons as ip')
            .select('ip.item_id')
            .whereRef('ip.item_id', '=', 'i.id')
            .where('ip.person_id', '=', personId),
        ),
        eb.not(
          eb.exists(
            eb
              .selectFrom('information_item_persons as ip2')
              .select('ip2.item_id')
              .whereRef('ip2.item_id', '=', 'i.id'),
          ),
        ),
      ]),
    );
}

/** Every controller of data on the persons found, with the grounds (sorted, deduplicated). */
export async function controllersOf(db: Kysely<Database>, matches: Match[]): Promise<Map<string, Ground[]>> {
  const grounds = new Map<string, Set<Ground>>();
  const add = (partyId: string, g: Ground) => {
    const set = grounds.get(partyId) ?? new Set<Ground>();
    set.add(g);
    grounds.set(partyId, set);
  };
  for (const m of matches) {
    add(m.registeringPartyId, 'registering');
    const providers = await itemsConcerning(db, m.caseId, m.personId)
      .select('i.provider_party_id')
      .distinct()
      .execute();
    for (const r of providers) add(r.provider_party_id, 'items');
    const answered = await db
      .selectFrom('case_information_requests')
      .select('party_id')
      .distinct()
      .where('case_id', '=', m.caseId)
      .where('status', '=', 'answered')
      .execute();
    for (const r of answered) add(r.party_id, 'triage');
  }
  const order: Ground[] = ['registering', 'items', 'triage'];
  return new Map([...grounds].map(([k, v]) => [k, order.filter((g) => v.has(g))]));
}
