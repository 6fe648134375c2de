/**
 * Reading information items (Art. 12.2f, 16.2): a case's list, filtered in SQL by `itemsVisibleTo`
 * (a fixed number of queries however many items: the case page with 200 items stays fast), one
 * item with its text and attachments, and an attachment's content. Each read is logged per data
 * subject with the item's provider as controller before the response leaves (processing.ts).
 */
import type { Principal } from '../../platform/auth/principal.js';
import { decrypt } from '../../platform/crypto/aead.js';
import { openCaseKey } from '../../platform/crypto/case-keys.js';
import { nowUtc } from '../../platform/ids.js';
import { logRead, type TraceContext } from '../../platform/processing-log/index.js';
import type { CaseContext } from '../cases/context.js';
import { notFoundProblem } from '../cases/policy.js';
import { placeOf, unseal } from '../cases/sealing.js';
import { loadCase } from '../cases/state.js';
import { caseViewOf, conditionsOf, viewerOf, visibleItem, withLinks } from './access.js';
import { itemPermissions, summaryOf } from './item-view.js';
import { itemsVisibleTo } from './items-sql.js';
import { canCreate } from './policy.js';
import { itemEntries, subjectsByPerson } from './processing.js';
import { participantRelations, visibilityReason } from './rules/visibility.js';
import type { ItemView } from './schemas.js';

/** The items of a case the caller may see. 404 when the caller neither has a role nor provided any. */
export async function listItems(ctx: CaseContext, p: Principal, caseId: string, trace: TraceContext) {
  const loaded = await loadCase(ctx.db, caseId);
  if (!loaded) throw notFoundProblem();
  const now = nowUtc();
  const viewer = viewerOf(p);
  const view = await caseViewOf(ctx.db, p, loaded);
  const rows = await ctx.db
    .selectFrom('information_items')
    .selectAll()
    .where('case_id', '=', caseId)
    .where((eb) => itemsVisibleTo(eb, viewer, view, now))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const hasRole =
    view.relation === 'assigned' ||
    (participantRelations as readonly (string | null)[]).includes(view.relation);
  if (!hasRole && rows.length === 0) throw notFoundProblem();
  const items = await withLinks(ctx.db, rows);
  const counts = new Map<string, number>();
  if (items.length) {
    const grouped = await ctx.db
      .selectFrom('information_attachments')
      .select(['item_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('case_id', '=', caseId)
      .groupBy('item_id')
      .execute();
    for (const g of grouped) counts.set(g.item_id, Number(g.n));
  }
  const key = items.length ? await openCaseKey(ctx.db, ctx.masterKey, caseId) : null;
  const summaries = items.map((item) => {
    const reason = visibilityReason(conditionsOf(item), viewer, view, now);
    // The SQL twin and the rule must agree; a disagreement is a bug, and never shows the item.
    if (reason === null || key === null) throw new Error(`item ${item.id}: SQL and rule disagree`);
    return summaryOf(
      key,
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
    await logRead(ctx.db, await itemEntries(ctx.db, spec, subjects, items));
  }
  return {
    items: summaries,
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
  const attachments = await ctx.db
    .selectFrom('information_attachments')
    .select(['id', 'filename_enc', 'media_type', 'size'])
    .where('item_id', '=', id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const viewer = viewerOf(p);
  const summary = summaryOf(
    key,
    item,
    reason,
    itemPermissions(item, viewer, view, now),
    attachments.length,
    now,
  );
  const { attachmentCount: _count, ...rest } = summary;
  const result: ItemView = {
    ...rest,
    body: unseal(key, 'information_items', 'body', id, item.body_enc),
    attachments: attachments.map((a) => ({
      id: a.id,
      filename: unseal(key, 'information_attachments', 'filename', a.id, a.filename_enc),
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
  // The content is sealed as bytes (not as text) with the same AAD convention as every field.
  const content = decrypt(key, row.content_enc, placeOf('information_attachments', 'content', row.id));
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
    filename: unseal(key, 'information_attachments', 'filename', row.id, row.filename_enc),
    mediaType: row.media_type,
    content,
  };
}
