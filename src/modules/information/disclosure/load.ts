/**
 * Loading a disclosure request with its items, and the gate (domain.md §4, Art. 9.2): a request is
 * visible to its requester, to the case's assigned procesregisseur, and to whoever may decide on
 * one of its items (decider.ts); to everyone else it does not exist (404). Within a request, the
 * caller sees only the items they may see (visibility.ts): never the title of any other.
 */
import type { Kysely } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.js';
import type {
  Database,
  DisclosureRequestItemTable,
  DisclosureRequestTable,
} from '../../../platform/db/schema.js';
import { notFoundProblem } from '../../cases/policy.js';
import { type LoadedCase, loadCase } from '../../cases/state.js';
import { type CaseView, caseViewOf, conditionsOf, type ItemRow, viewerOf, withLinks } from '../access.js';
import { visibilityReason } from '../rules/visibility.js';
import { type Actor, type DeciderItem, mayDecide } from './rules/decider.js';

export interface DisclosureItem {
  link: DisclosureRequestItemTable;
  item: ItemRow;
}

export interface LoadedDisclosure {
  row: DisclosureRequestTable;
  items: DisclosureItem[];
}

export interface CaseScope {
  loaded: LoadedCase;
  view: CaseView;
  actor: Actor;
}

export async function caseScope(db: Kysely<Database>, p: Principal, caseId: string): Promise<CaseScope> {
  const loaded = await loadCase(db, caseId);
  if (!loaded) throw notFoundProblem();
  const view = await caseViewOf(db, p, loaded);
  return { loaded, view, actor: { ...viewerOf(p), relation: view.relation } };
}

export async function loadDisclosures(
  db: Kysely<Database>,
  caseId: string,
  id?: string,
): Promise<LoadedDisclosure[]> {
  let q = db.selectFrom('disclosure_requests').selectAll().where('case_id', '=', caseId);
  if (id !== undefined) q = q.where('id', '=', id);
  const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  if (rows.length === 0) return [];
  const links = await db
    .selectFrom('disclosure_request_items')
    .selectAll()
    .where(
      'request_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('position')
    .execute();
  const items = await withLinks(
    db,
    links.length
      ? await db
          .selectFrom('information_items')
          .selectAll()
          .where('id', 'in', [...new Set(links.map((l) => l.item_id))])
          .execute()
      : [],
  );
  const byId = new Map(items.map((i) => [i.id, i]));
  return rows.map((row) => ({
    row,
    items: links
      .filter((l) => l.request_id === row.id)
      .flatMap((link) => {
        const item = byId.get(link.item_id);
        return item ? [{ link, item }] : [];
      }),
  }));
}

export const deciderItem = (d: DisclosureItem): DeciderItem => ({
  providerKind: d.item.provider_kind,
  controllerPartyId: d.link.controller_party_id,
  providedByUserId: d.item.provided_by_user_id,
});

/**
 * Art. 9.2: whether the caller may see a request made by `requestedBy` with these items (who
 * decides on each) at all. list-sql.ts is its SQL twin for the list: change both together.
 */
export function seesRequestOf(s: CaseScope, requestedBy: string, items: readonly DeciderItem[]): boolean {
  if (requestedBy === s.actor.userId) return true;
  if (s.view.relation === 'assigned') return true;
  return items.some((i) => mayDecide(i, s.actor));
}

/** Art. 9.2: whether the caller may see this request at all. */
export const seesRequest = (s: CaseScope, d: LoadedDisclosure): boolean =>
  seesRequestOf(s, d.row.requested_by_user_id, d.items.map(deciderItem));

/** The items of the request the caller may see (title, existence), in order. */
export function visibleItems(s: CaseScope, d: LoadedDisclosure, now: string): DisclosureItem[] {
  return d.items.filter((i) => visibilityReason(conditionsOf(i.item), s.actor, s.view, now) !== null);
}

export async function visibleDisclosure(
  db: Kysely<Database>,
  s: CaseScope,
  id: string,
): Promise<LoadedDisclosure> {
  const [d] = await loadDisclosures(db, s.loaded.row.id, id);
  if (!d || !seesRequest(s, d)) throw notFoundProblem();
  return d;
}
