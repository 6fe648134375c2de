/**
 * Disclosure of information to a third party (Art. 9.2, 19.1): a participant asks, each item's
 * controller decides in writing (re-authenticated: the server answers 401 reauth-required and
 * the caller wraps the call in withReauth), and after every approval the requester downloads the
 * PDF. Parsers, paths and calls; a case's requests come page by page (cursor), and a request's
 * writes carry If-Match on its version.
 */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { API_BASE, getJson, isRecord, isString, isStringArray, oneOf, sendJson } from './client';
import { download } from './informationDownload';
import { INFORMATION_KEY } from './informationItemCalls';
import { REGIMES, type Regime } from './informationItems';

export const DISCLOSURE_STATUSES = ['pending', 'approved', 'refused', 'cancelled'] as const;
export type DisclosureStatus = (typeof DISCLOSURE_STATUSES)[number];
export const ITEM_DECISIONS = ['pending', 'approved', 'refused'] as const;
export type ItemDecision = (typeof ITEM_DECISIONS)[number];

export interface DisclosureItem {
  itemId: string;
  title: string;
  /** The item's legal regime (Art. 15.2), shown to whoever decides on its disclosure. */
  regime: Regime;
  controllerPartyId: string;
  decision: ItemDecision;
  reasoning: string | null;
  decidedByUserId: string | null;
  decidedAt: string | null;
  mayDecide: boolean;
}

export interface Disclosure {
  id: string;
  caseId: string;
  reference: string;
  status: DisclosureStatus;
  recipient: string;
  purpose: string;
  legalBasis: string;
  requestedByUserId: string;
  requestedByPartyId: string | null;
  createdAt: string;
  exportCount: number;
  firstExportedAt: string | null;
  items: DisclosureItem[];
  version: number;
  mayExport: boolean;
  mayCancel: boolean;
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isNullableString = (v: unknown): v is string | null => v === null || isString(v);

export function parseDisclosureItem(v: unknown): DisclosureItem | undefined {
  if (!isRecord(v)) return undefined;
  const {
    itemId,
    title,
    regime,
    controllerPartyId,
    decision,
    reasoning,
    decidedByUserId,
    decidedAt,
    permissions,
  } = v;
  if (
    !isString(itemId) ||
    !isString(title) ||
    !oneOf(REGIMES)(regime) ||
    !isString(controllerPartyId) ||
    !oneOf(ITEM_DECISIONS)(decision) ||
    !isNullableString(reasoning) ||
    !isNullableString(decidedByUserId) ||
    !isNullableString(decidedAt) ||
    !isStringArray(permissions)
  )
    return undefined;
  return {
    itemId,
    title,
    regime,
    controllerPartyId,
    decision,
    reasoning,
    decidedByUserId,
    decidedAt,
    mayDecide: permissions.includes('decide'),
  };
}

export function parseDisclosure(v: unknown): Disclosure | undefined {
  if (!isRecord(v) || !Array.isArray(v.items) || !isStringArray(v.permissions)) return undefined;
  const items = v.items.map(parseDisclosureItem);
  const s = v;
  if (
    items.some((i) => i === undefined) ||
    !isString(s.id) ||
    !isString(s.caseId) ||
    !isString(s.reference) ||
    !oneOf(DISCLOSURE_STATUSES)(s.status) ||
    !isString(s.recipient) ||
    !isString(s.purpose) ||
    !isString(s.legalBasis) ||
    !isString(s.requestedByUserId) ||
    !isNullableString(s.requestedByPartyId) ||
    !isString(s.createdAt) ||
    !isInt(s.exportCount) ||
    !isNullableString(s.firstExportedAt) ||
    !isInt(s.version)
  )
    return undefined;
  return {
    id: s.id,
    caseId: s.caseId,
    reference: s.reference,
    status: s.status,
    recipient: s.recipient,
    purpose: s.purpose,
    legalBasis: s.legalBasis,
    requestedByUserId: s.requestedByUserId,
    requestedByPartyId: s.requestedByPartyId,
    createdAt: s.createdAt,
    exportCount: s.exportCount,
    firstExportedAt: s.firstExportedAt,
    items: items as DisclosureItem[],
    version: s.version,
    mayExport: v.permissions.includes('export'),
    mayCancel: v.permissions.includes('cancel'),
  };
}

/** One page of a case's requests, newest first; `nextCursor` is null on the last page. */
export interface DisclosurePage {
  items: Disclosure[];
  nextCursor: string | null;
}

export function parseDisclosurePage(v: unknown): DisclosurePage | undefined {
  if (!isRecord(v) || !Array.isArray(v.items) || !isNullableString(v.nextCursor)) return undefined;
  const items = v.items.map(parseDisclosure);
  if (items.some((i) => i === undefined)) return undefined;
  return { items: items as Disclosure[], nextCursor: v.nextCursor };
}

/** Counts of the item decisions, for "2 van 3 goedgekeurd". */
export function decisionCounts(d: Pick<Disclosure, 'items'>): Record<ItemDecision, number> {
  const counts: Record<ItemDecision, number> = { pending: 0, approved: 0, refused: 0 };
  for (const i of d.items) counts[i.decision] += 1;
  return counts;
}

export const disclosuresKey = (caseId: string) => [...INFORMATION_KEY, 'disclosures', caseId] as const;
export const disclosureKey = (caseId: string, id: string) => [...disclosuresKey(caseId), id] as const;

const base = (caseId: string) => `${API_BASE}/cases/${encodeURIComponent(caseId)}/disclosures`;
export const disclosurePath = (caseId: string, id: string, action?: string) =>
  `${base(caseId)}/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;
const etag = (version: number) => `"v${version}"`;

/** Requests per page of a case's list (the API's default; at most 100). */
export const DISCLOSURES_PAGE_SIZE = 25;

/** One page of a case's requests: the first, or the one after `cursor` (the previous nextCursor). */
export function disclosuresPagePath(caseId: string, cursor: string | null): string {
  const params = new URLSearchParams({ limit: String(DISCLOSURES_PAGE_SIZE) });
  if (cursor !== null) params.set('cursor', cursor);
  return `${base(caseId)}?${params}`;
}

/** The pages loaded so far as one list, newest first. */
export const joinDisclosurePages = (pages: readonly DisclosurePage[]) => ({
  items: pages.flatMap((page) => page.items),
  pageCount: pages.length,
});

/**
 * A case's requests, page by page ("Meer verzoeken laden"): `data.items` holds every page loaded
 * so far; `hasNextPage` and `fetchNextPage` load the next. A change invalidates INFORMATION_KEY,
 * which refetches the pages loaded, so what was shown stays shown.
 */
export function useDisclosures(caseId: string, enabled = true) {
  return useInfiniteQuery({
    queryKey: disclosuresKey(caseId),
    queryFn: ({ pageParam, signal }) =>
      getJson(disclosuresPagePath(caseId, pageParam), parseDisclosurePage, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    select: (data) => joinDisclosurePages(data.pages),
    enabled,
    staleTime: 0,
  });
}

export function useDisclosure(caseId: string, id: string) {
  return useQuery({
    queryKey: disclosureKey(caseId, id),
    queryFn: ({ signal }) => getJson(disclosurePath(caseId, id), parseDisclosure, signal),
    staleTime: 0,
  });
}

export interface DisclosureInput {
  itemIds: string[];
  recipient: string;
  purpose: string;
  legalBasis: string;
}

export const requestDisclosure = (caseId: string, input: DisclosureInput) =>
  sendJson('POST', base(caseId), parseDisclosure, { body: input });

export const decideDisclosureItem = (
  d: Pick<Disclosure, 'caseId' | 'id' | 'version'>,
  itemId: string,
  decision: 'approved' | 'refused',
  reasoning: string,
) =>
  sendJson(
    'POST',
    `${disclosurePath(d.caseId, d.id, 'items')}/${encodeURIComponent(itemId)}/decision`,
    parseDisclosure,
    { body: { decision, reasoning }, headers: { 'If-Match': etag(d.version) } },
  );

export const cancelDisclosure = (d: Pick<Disclosure, 'caseId' | 'id' | 'version'>, reason: string) =>
  sendJson('POST', disclosurePath(d.caseId, d.id, 'cancel'), parseDisclosure, {
    body: { reason },
    headers: { 'If-Match': etag(d.version) },
  });

/** The PDF, marked with recipient and date (Art. 19.1); each export is logged by the server. */
export const exportDisclosure = (d: Pick<Disclosure, 'caseId' | 'id' | 'reference'>) =>
  download('POST', disclosurePath(d.caseId, d.id, 'export'), `verstrekking-${d.reference}.pdf`);
