/**
 * The gate for information items (domain.md §4; Art. 12.2f, 15.1, 16.2): loads an item with its
 * named parties and persons, and the case as seen from the caller, and answers 404 for an item the
 * caller may not see — the same answer as for an item that does not exist. A case's item list is
 * reachable with a relation to the case, or for a professional who personally provided items in
 * it while the case's protocol admits their party (e.g. a triage answer: the answering
 * professional sees it without seeing the case; Art. 15.3, 16.2, need to know).
 */
import type { Kysely } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import type { Database, InformationItemTable } from '../../platform/db/schema.js';
import { notFoundProblem, relationOf } from '../cases/policy.js';
import { admits, type LoadedCase, loadCase } from '../cases/state.js';
import {
  type CaseView,
  type ItemConditions,
  type Viewer,
  type VisibleBecause,
  visibilityReason,
} from './rules/visibility.js';

export type { CaseView, Viewer };

export interface ItemRow extends InformationItemTable {
  namedPartyIds: string[];
  personIds: string[];
}

export const viewerOf = (p: Principal): Viewer => ({ userId: p.userId, partyId: p.partyId, roles: p.roles });

/** Art. 12.2f: whether a conference of the case has been held. */
export async function conferenceHeld(db: Kysely<Database>, caseId: string): Promise<boolean> {
  const row = await db
    .selectFrom('case_conferences')
    .select('id')
    .where('case_id', '=', caseId)
    .where('status', '=', 'held')
    .executeTakeFirst();
  return row !== undefined;
}

export async function caseViewOf(db: Kysely<Database>, p: Principal, loaded: LoadedCase): Promise<CaseView> {
  return {
    relation: relationOf(p, loaded),
    firstConferenceHeld: await conferenceHeld(db, loaded.row.id),
    // Art. 15.3: a party the protocol no longer admits loses the provider's view of its items.
    partyAdmitted: p.partyId !== null && admits(loaded, p.partyId),
  };
}

export const conditionsOf = (r: ItemRow): ItemConditions => ({
  providerKind: r.provider_kind,
  providerPartyId: r.provider_party_id,
  providedByUserId: r.provided_by_user_id,
  visibility: r.visibility,
  namedPartyIds: r.namedPartyIds,
  preConference: r.pre_conference,
  expiresAt: r.expires_at,
  withdrawnAt: r.withdrawn_at,
});

/** The named parties and persons of the given items, in two queries (no N+1). */
export async function withLinks(db: Kysely<Database>, rows: InformationItemTable[]): Promise<ItemRow[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [parties, persons] = await Promise.all([
    db
      .selectFrom('information_item_parties')
      .select(['item_id', 'party_id'])
      .where('item_id', 'in', ids)
      .execute(),
    db
      .selectFrom('information_item_persons')
      .select(['item_id', 'person_id'])
      .where('item_id', 'in', ids)
      .execute(),
  ]);
  const group = (pairs: { item_id: string; value: string }[]) => {
    const m = new Map<string, string[]>();
    for (const { item_id, value } of pairs) m.set(item_id, [...(m.get(item_id) ?? []), value]);
    return m;
  };
  const byParty = group(parties.map((x) => ({ item_id: x.item_id, value: x.party_id })));
  const byPerson = group(persons.map((x) => ({ item_id: x.item_id, value: x.person_id })));
  return rows.map((r) => ({
    ...r,
    namedPartyIds: (byParty.get(r.id) ?? []).sort(),
    personIds: (byPerson.get(r.id) ?? []).sort(),
  }));
}

export async function loadItem(db: Kysely<Database>, id: string): Promise<ItemRow | undefined> {
  const row = await db.selectFrom('information_items').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? (await withLinks(db, [row]))[0] : undefined;
}

export interface VisibleItem {
  item: ItemRow;
  loaded: LoadedCase;
  view: CaseView;
  reason: VisibleBecause;
}

/** The item if the caller may see it now; 404 otherwise (never 403: not even its existence leaks). */
export async function visibleItem(
  db: Kysely<Database>,
  p: Principal,
  id: string,
  now: string,
): Promise<VisibleItem> {
  const item = await loadItem(db, id);
  if (!item) throw notFoundProblem();
  const loaded = await loadCase(db, item.case_id);
  if (!loaded) throw notFoundProblem();
  const view = await caseViewOf(db, p, loaded);
  const reason = visibilityReason(conditionsOf(item), viewerOf(p), view, now);
  if (reason === null) throw notFoundProblem();
  return { item, loaded, view, reason };
}
