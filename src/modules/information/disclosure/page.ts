/**
 * One page of a case's disclosure requests (Art. 9.2; issue 6): newest first by (created_at, id),
 * at most `limit` after the cursor, filled in SQL from the requests the caller may see
 * (list-sql.ts, the twin of load.ts `seesRequest`), with per request only the items the caller
 * may see (information/items-sql.ts `itemsVisibleTo`, the twin of `visibilityReason`). A fixed
 * number of statements per page; only the page's requests and their visible items are loaded, so
 * only they are unsealed and logged (queries.ts). A caller with no relation to the case who sees
 * no request gets 404 on every page, so that paging never tells them the case exists.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database, DisclosureRequestItemTable } from '../../../platform/db/schema.js';
import { type Cursor, decodeCursor, toPage } from '../../../platform/http/pagination.js';
import { ProblemError } from '../../../platform/http/problem.js';
import { notFoundProblem } from '../../cases/policy.js';
import { conditionsOf, withLinks } from '../access.js';
import { itemsVisibleTo } from '../items-sql.js';
import { visibilityReason } from '../rules/visibility.js';
import { disclosuresVisibleTo } from './list-sql.js';
import { type CaseScope, type DisclosureItem, seesRequestOf } from './load.js';
import { allApproved, type ShownDisclosure } from './view.js';

/** One page of a case's disclosure list: at most `limit` requests after the cursor's (created_at, id). */
export interface DisclosurePageQuery {
  limit: number;
  after: Cursor | undefined;
}

// `k` is a created_at (ISO text on both dialects, compared as text); `id` goes to a uuid column.
const cursorFields = z.strictObject({ k: z.string().min(1).max(64), id: z.uuid() });

/** The cursor of a page of disclosures, checked before it reaches SQL; a bad one is a 400 problem. */
export function disclosurePageCursor(raw: string | undefined): Cursor | undefined {
  const cursor = decodeCursor(raw);
  if (cursor === undefined || cursorFields.safeParse(cursor).success) return cursor;
  throw new ProblemError('validation', 'Queryparameters ongeldig — cursor: onbekende of beschadigde cursor');
}

type LinkRow = DisclosureRequestItemTable & {
  item_provider_kind: 'party' | 'house';
  item_provided_by_user_id: string;
};

/**
 * The page's requests, each with the items the caller may see and whether all its items are
 * approved (for the export permission), and the cursor of the next page. Nothing is unsealed here.
 */
export async function disclosurePage(
  db: Kysely<Database>,
  s: CaseScope,
  page: DisclosurePageQuery,
  now: string,
): Promise<{ items: ShownDisclosure[]; nextCursor: string | null }> {
  const caseId = s.loaded.row.id;
  const visible = db
    .selectFrom('disclosure_requests')
    .where('case_id', '=', caseId)
    .where((eb) => disclosuresVisibleTo(eb, s.actor));
  const { after } = page;
  const rows = await (after
    ? visible.where((eb) =>
        eb.or([
          eb('created_at', '<', after.k),
          eb.and([eb('created_at', '=', after.k), eb('id', '<', after.id)]),
        ]),
      )
    : visible
  )
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
  if (s.view.relation === null && rows.length === 0) {
    // A later page may be empty; the list exists for this caller only if some request is visible.
    const any = after ? await visible.select('id').limit(1).executeTakeFirst() : undefined;
    if (any === undefined) throw notFoundProblem();
  }
  const { items: pageRows, nextCursor } = toPage(rows, page.limit, (r) => ({ k: r.created_at, id: r.id }));
  if (pageRows.length === 0) return { items: [], nextCursor };

  const ids = pageRows.map((r) => r.id);
  // Every link of the page's requests with who decides on it, but no item text: for the export
  // permission (every item approved) and the check below. As load.ts: only links whose item exists.
  const links: LinkRow[] = await db
    .selectFrom('disclosure_request_items as l')
    .innerJoin('information_items as i', 'i.id', 'l.item_id')
    .selectAll('l')
    .select(['i.provider_kind as item_provider_kind', 'i.provided_by_user_id as item_provided_by_user_id'])
    .where('l.request_id', 'in', ids)
    .orderBy('l.position')
    .execute();
  // Only the items the caller may see leave the database (Art. 16.2).
  const itemRows = await withLinks(
    db,
    await db
      .selectFrom('information_items')
      .selectAll()
      .where('id', 'in', (qb) =>
        qb.selectFrom('disclosure_request_items').select('item_id').where('request_id', 'in', ids),
      )
      .where((eb) => itemsVisibleTo(eb, s.actor, s.view, now))
      .execute(),
  );
  const shownItems = new Map(itemRows.map((i) => [i.id, i]));
  // The SQL twin and the rule must agree; a disagreement is a bug, and never shows the item.
  for (const item of itemRows)
    if (visibilityReason(conditionsOf(item), s.actor, s.view, now) === null)
      throw new Error(`item ${item.id}: SQL and rule disagree`);

  const linksOf = new Map<string, LinkRow[]>();
  for (const l of links) linksOf.set(l.request_id, [...(linksOf.get(l.request_id) ?? []), l]);
  const items = pageRows.map((row) => {
    const own = linksOf.get(row.id) ?? [];
    const deciders = own.map((l) => ({
      providerKind: l.item_provider_kind,
      controllerPartyId: l.controller_party_id,
      providedByUserId: l.item_provided_by_user_id,
    }));
    // The SQL twin and the rule must agree here too.
    if (!seesRequestOf(s, row.requested_by_user_id, deciders))
      throw new Error(`disclosure ${row.id}: SQL and rule disagree`);
    const shown: DisclosureItem[] = own.flatMap(
      ({ item_provider_kind: _k, item_provided_by_user_id: _u, ...link }) => {
        const item = shownItems.get(link.item_id);
        return item ? [{ link, item }] : [];
      },
    );
    return { row, shown, allApproved: allApproved(own.map((l) => l.decision)) };
  });
  return { items, nextCursor };
}
