/**
 * Reading information items (Art. 12.2f, 16.2): a case's list, cursor-paginated and filtered in SQL
 * by `itemsVisibleTo` (a fixed number of queries per page, and only the page's items unsealed: the
 * case page with 200 items stays fast), one item with its text and attachments, and an
 * attachment's content. Each read is logged per data subject with the item's provider as
 * controller before the response leaves (processing.ts).
 * Texts and attachments are unsealed with each item's own key (issue 6 §5): one query reads the
 * wrapped keys of a whole page, and only the keys of the items shown are unwrapped.
 */
import type { ExpressionBuilder } from 'kysely';
import { z } from 'zod';
import type { Principal } from '../../platform/auth/principal.js';
import { decrypt } from '../../platform/crypto/aead.js';
import { openCaseKey, openCaseKeyRow } from '../../platform/crypto/case-keys.js';
import { itemKeyRing } from '../../platform/crypto/item-keys.js';
import type { Database } from '../../platform/db/schema.js';
import { type Cursor, decodeCursor, toPage } from '../../platform/http/pagination.js';
import { ProblemError } from '../../platform/http/problem.js';
import { nowUtc } from '../../platform/ids.js';
import { logRead, type TraceContext } from '../../platform/processing-log/index.js';
import type { CaseContext } from '../cases/context.js';
import { notFoundProblem } from '../cases/policy.js';
import { placeOf, unseal } from '../cases/sealing.js';
import { loadCase } from '../cases/state.js';
import { caseViewOf, conditionsOf, viewerOf, visibleItem, withLinks } from './access.js';
import { itemPermissions, summaryOf } from './item-view.js';
import { itemsVisibleTo, liveItem } from './items-sql.js';
import { canCreate } from './policy.js';
import { itemEntries, subjectsByPerson } from './processing.js';
import { participantRelations, visibilityReason } from './rules/visibility.js';
import type { ItemView } from './schemas.js';

/** The key of one item the caller may see; a shredded item does not exist (404). */
async function keyOfVisible(ctx: CaseContext, caseKey: Buffer, caseId: string, itemId: string) {
  const ring = await itemKeyRing(ctx.db, caseKey, caseId, [itemId]);
  if (ring.isShredded(itemId)) throw notFoundProblem();
  return ring.keyOf(itemId);
}

/** One page of a case's item list: at most `limit` items after the cursor's (created_at, id). */
export interface ItemPageQuery {
  limit: number;
  after: Cursor | undefined;
  /** Only items that may be cited in the action plan now (Art. 16.2; rules/action-plan.ts). */
  usableInActionPlan?: boolean;
}

// `k` is a created_at (ISO text on both dialects, compared as text); `id` goes to a uuid column.
const cursorFields = z.strictObject({ k: z.string().min(1).max(64), id: z.uuid() });

/**
 * The cursor of a page of items: opaque to the caller, and checked before it reaches SQL (an id
 * that is not a UUID would make PostgreSQL fail on the uuid column). A bad cursor is a 400 problem.
 */
export function itemPageCursor(raw: string | undefined): Cursor | undefined {
  const cursor = decodeCursor(raw);
  if (cursor === undefined || cursorFields.safeParse(cursor).success) return cursor;
  throw new ProblemError('validation', 'Queryparameters ongeldig — cursor: onbekende of beschadigde cursor');
}

/** An item whose key was destroyed is gone (issue 6 §5), even should its rows be left. */
const notShredded = (eb: ExpressionBuilder<Database, 'information_items'>) =>
  eb.not(
    eb.exists(
      eb
        .selectFrom('information_item_keys as k')
        .select('k.item_id')
        .whereRef('k.item_id', '=', 'information_items.id')
        .where('k.wrapped_key', 'is', null),
    ),
  );

/**
 * One page of the items of a case the caller may see, oldest first (created_at, id), filtered in
 * SQL so that a page is filled from visible items only. Only the page's items have their keys
 * unwrapped, titles unsealed, links and attachments counted, and are logged. 404 when the caller
 * has no role in the case and may see no item of it at all — on every page, so that paging never
 * tells a caller without a role that the case exists (need to know, Art. 16.2).
 */
export async function listItems(
  ctx: CaseContext,
  p: Principal,
  caseId: string,
  page: ItemPageQuery,
  trace: TraceContext,
) {
  const loaded = await loadCase(ctx.db, caseId);
  if (!loaded) throw notFoundProblem();
  const now = nowUtc();
  const viewer = viewerOf(p);
  const view = await caseViewOf(ctx.db, p, loaded);
  const all = ctx.db
    .selectFrom('information_items')
    .where('case_id', '=', caseId)
    .where((eb) => itemsVisibleTo(eb, viewer, view, now))
    .where(notShredded);
  // Art. 16.2: what the provider allows in the action plan now (rules/action-plan.ts).
  const visible = page.usableInActionPlan
    ? all.where('use_in_action_plan', '=', 1).where((eb) => liveItem(eb, now))
    : all;
  const { after } = page;
  const rows = await (after
    ? visible.where((eb) =>
        eb.or([
          eb('created_at', '>', after.k),
          eb.and([eb('created_at', '=', after.k), eb('id', '>', after.id)]),
        ]),
      )
    : visible
  )
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  const hasRole =
    view.relation === 'assigned' ||
    (participantRelations as readonly (string | null)[]).includes(view.relation);
  if (!hasRole && rows.length === 0) {
    // A later page, or a filtered one, may be empty; the list exists for this caller only if
    // some item is visible at all.
    const any =
      after || page.usableInActionPlan ? await all.select('id').limit(1).executeTakeFirst() : undefined;
    if (any === undefined) throw notFoundProblem();
  }
  const { items: pageRows, nextCursor } = toPage(rows, page.limit, (r) => ({ k: r.created_at, id: r.id }));
  // The case key came with the case row (loadCase): one statement less per page.
  const key = pageRows.length ? openCaseKeyRow(ctx.masterKey, caseId, loaded.key) : null;
  const ids = pageRows.map((r) => r.id);
  const ring = key ? await itemKeyRing(ctx.db, key, caseId, ids) : null;
  // Shredded between the two statements: gone all the same.
  const items = await withLinks(
    ctx.db,
    pageRows.filter((r) => !ring?.isShredded(r.id)),
  );
  const counts = new Map<string, number>();
  if (items.length) {
    const grouped = await ctx.db
      .selectFrom('information_attachments')
      .select(['item_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where(
        'item_id',
        'in',
        items.map((i) => i.id),
      )
      .groupBy('item_id')
      .execute();
    for (const g of grouped) counts.set(g.item_id, Number(g.n));
  }
  const summaries = items.map((item) => {
    const reason = visibilityReason(conditionsOf(item), viewer, view, now);
    // The SQL twin and the rule must agree; a disagreement is a bug, and never shows the item.
    if (reason === null || ring === null) throw new Error(`item ${item.id}: SQL and rule disagree`);
    return summaryOf(
      ring.keyOf(item.id),
      item,
      reason,
      itemPermissions(item, viewer, view, now),
      counts.get(item.id) ?? 0,
      now,
    );
  });
  if (key && items.length) {
    const subjects = await subjectsByPerson(ctx.db, ctx, key, caseId);
    const spec = {
      name: 'information-item.list',
      operation: 'read' as const,
      caseId,
      caseStatus: loaded.row.status,
      principal: p,
      trace,
    };
    // Art. 17: the page's items are what was read, logged per data subject, once per request.
    await logRead(ctx.db, await itemEntries(ctx.db, spec, subjects, items));
  }
  return {
    items: summaries,
    nextCursor,
    permissions: canCreate(p, loaded, view) === null ? (['create'] as const).slice() : [],
  };
}

export async function readItem(
  ctx: CaseContext,
  p: Principal,
  id: string,
  trace: TraceContext,
): Promise<ItemView> {
  const now = nowUtc();
  const { item, loaded, view, reason } = await visibleItem(ctx.db, p, id, now);
  const key = await openCaseKey(ctx.db, ctx.masterKey, item.case_id);
  const itemKey = await keyOfVisible(ctx, key, item.case_id, id);
  const attachments = await ctx.db
    .selectFrom('information_attachments')
    .select(['id', 'filename_enc', 'media_type', 'size'])
    .where('item_id', '=', id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const viewer = viewerOf(p);
  const summary = summaryOf(
    itemKey,
    item,
    reason,
    itemPermissions(item, viewer, view, now),
    attachments.length,
    now,
  );
  const { attachmentCount: _count, ...rest } = summary;
  const result: ItemView = {
    ...rest,
    body: unseal(itemKey, 'information_items', 'body', id, item.body_enc),
    attachments: attachments.map((a) => ({
      id: a.id,
      filename: unseal(itemKey, 'information_attachments', 'filename', a.id, a.filename_enc),
      mediaType: a.media_type,
      size: a.size,
    })),
  };
  const subjects = await subjectsByPerson(ctx.db, ctx, key, item.case_id);
  const spec = {
    name: 'information-item.read',
    operation: 'read' as const,
    caseId: item.case_id,
    caseStatus: loaded.row.status,
    principal: p,
    trace,
  };
  await logRead(ctx.db, await itemEntries(ctx.db, spec, subjects, [item]));
  return result;
}

export async function readAttachment(
  ctx: CaseContext,
  p: Principal,
  id: string,
  attachmentId: string,
  trace: TraceContext,
) {
  const { item, loaded } = await visibleItem(ctx.db, p, id, nowUtc());
  const row = await ctx.db
    .selectFrom('information_attachments')
    .selectAll()
    .where('id', '=', attachmentId)
    .where('item_id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFoundProblem();
  const key = await openCaseKey(ctx.db, ctx.masterKey, item.case_id);
  const itemKey = await keyOfVisible(ctx, key, item.case_id, id);
  // The content is sealed as bytes (not as text) with the same AAD convention as every field.
  const content = decrypt(itemKey, row.content_enc, placeOf('information_attachments', 'content', row.id));
  const subjects = await subjectsByPerson(ctx.db, ctx, key, item.case_id);
  const spec = {
    name: 'information-item.attachment.read',
    operation: 'read' as const,
    caseId: item.case_id,
    caseStatus: loaded.row.status,
    principal: p,
    trace,
  };
  await logRead(ctx.db, await itemEntries(ctx.db, spec, subjects, [item]));
  return {
    filename: unseal(itemKey, 'information_attachments', 'filename', row.id, row.filename_enc),
    mediaType: row.media_type,
    content,
  };
}
