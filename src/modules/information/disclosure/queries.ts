/**
 * Reading disclosure requests (Art. 9.2): the requests of a case the caller may see (load.ts),
 * each with only the items the caller may see. A caller with no role in the case and no decision
 * to take in it gets 404 for the list as for a single request. Each read of item titles and
 * recipients is logged before the response leaves (logRead).
 */
import type { Principal } from '../../../platform/auth/principal.js';
import { openCaseKey } from '../../../platform/crypto/case-keys.js';
import { nowUtc } from '../../../platform/ids.js';
import { logRead, type TraceContext } from '../../../platform/processing-log/index.js';
import type { CaseContext } from '../../cases/context.js';
import { notFoundProblem } from '../../cases/policy.js';
import {
  type CaseScope,
  caseScope,
  type LoadedDisclosure,
  loadDisclosures,
  seesRequest,
  visibleDisclosure,
  visibleItems,
} from './load.js';
import { disclosureEntries } from './log.js';
import type { DisclosureView } from './schemas.js';
import { disclosureView, itemKeysOf } from './view.js';

async function logShown(
  ctx: CaseContext,
  p: Principal,
  s: CaseScope,
  key: Buffer,
  shown: LoadedDisclosure[],
  trace: TraceContext,
  now: string,
) {
  const items = shown.flatMap((d) =>
    visibleItems(s, d, now).map((i) => ({
      controllerPartyId: i.link.controller_party_id,
      personIds: i.item.personIds,
    })),
  );
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

export async function listDisclosures(
  ctx: CaseContext,
  p: Principal,
  caseId: string,
  trace: TraceContext,
): Promise<DisclosureView[]> {
  const s = await caseScope(ctx.db, p, caseId);
  const shown = (await loadDisclosures(ctx.db, caseId)).filter((d) => seesRequest(s, d));
  if (s.view.relation === null && shown.length === 0) throw notFoundProblem();
  if (shown.length === 0) return [];
  const key = await openCaseKey(ctx.db, ctx.masterKey, caseId);
  const now = nowUtc();
  await logShown(ctx, p, s, key, shown, trace, now);
  const itemKeys = await itemKeysOf(ctx.db, key, caseId, shown);
  return shown.map((d) => disclosureView(key, s, d, now, itemKeys));
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
  await logShown(ctx, p, s, key, [d], trace, now);
  return disclosureView(key, s, d, now, await itemKeysOf(ctx.db, key, caseId, [d]));
}
