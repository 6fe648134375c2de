/**
 * Reading disclosure requests (Art. 9.2): the requests of a case the caller may see, page by page
 * (page.ts: filtered and paged in SQL, newest first), each with only the items the caller may see;
 * and one request (load.ts). A caller with no role in the case and no request to see gets 404 for
 * the list (on every page) as for a single request. Only what is returned is unsealed, and each
 * read of item titles and recipients is logged before the response leaves (logRead).
 */
import type { Principal } from '../../../platform/auth/principal.js';
import { openCaseKey } from '../../../platform/crypto/case-keys.js';
import { itemKeyRing } from '../../../platform/crypto/item-keys.js';
import { nowUtc } from '../../../platform/ids.js';
import { logRead, type TraceContext } from '../../../platform/processing-log/index.js';
import type { CaseContext } from '../../cases/context.js';
import { type CaseScope, caseScope, type DisclosureItem, visibleDisclosure, visibleItems } from './load.js';
import { disclosureEntries } from './log.js';
import { type DisclosurePageQuery, disclosurePage } from './page.js';
import type { DisclosureView } from './schemas.js';
import { disclosureView, itemKeysOf, shownView } from './view.js';

/** Art. 17: the items shown are what was read, logged per controller and data subject. */
async function logShown(
  ctx: CaseContext,
  p: Principal,
  s: CaseScope,
  key: Buffer,
  shown: readonly DisclosureItem[],
  trace: TraceContext,
) {
  const items = shown.map((i) => ({
    controllerPartyId: i.link.controller_party_id,
    personIds: i.item.personIds,
  }));
  if (items.length === 0) return;
  const spec = {
    name: 'disclosure.read',
    operation: 'read' as const,
    caseId: s.loaded.row.id,
    principal: p,
    trace,
  };
  await logRead(ctx.db, await disclosureEntries(ctx.db, ctx, key, spec, items));
}

/** One page of the case's requests the caller may see, newest first; `nextCursor` null on the last. */
export async function listDisclosures(
  ctx: CaseContext,
  p: Principal,
  caseId: string,
  page: DisclosurePageQuery,
  trace: TraceContext,
): Promise<{ items: DisclosureView[]; nextCursor: string | null }> {
  const s = await caseScope(ctx.db, p, caseId);
  const now = nowUtc();
  const { items: shown, nextCursor } = await disclosurePage(ctx.db, s, page, now);
  if (shown.length === 0) return { items: [], nextCursor };
  const key = await openCaseKey(ctx.db, ctx.masterKey, caseId);
  const items = shown.flatMap((d) => d.shown);
  await logShown(ctx, p, s, key, items, trace);
  // Only the keys of the items shown are read and unwrapped (issue 6 §5).
  const itemKeys = await itemKeyRing(
    ctx.db,
    key,
    caseId,
    items.map((i) => i.item.id),
  );
  return { items: shown.map((d) => shownView(key, s, d, itemKeys)), nextCursor };
}

export async function getDisclosure(
  ctx: CaseContext,
  p: Principal,
  caseId: string,
  id: string,
  trace: TraceContext,
): Promise<DisclosureView> {
  const s = await caseScope(ctx.db, p, caseId);
  const d = await visibleDisclosure(ctx.db, s, id);
  const key = await openCaseKey(ctx.db, ctx.masterKey, caseId);
  const now = nowUtc();
  await logShown(ctx, p, s, key, visibleItems(s, d, now), trace);
  return disclosureView(key, s, d, now, await itemKeysOf(ctx.db, key, caseId, [d]));
}
