/**
 * Talking to the information-item API (issue 6; Art. 12.2f, 15, 16.2): a case's list page by page
 * and one item (TanStack Query), providing an item and then its attachments (base64 in JSON; the
 * server detects the type from the content and refuses too large files with 413, other types with
 * 415), and the provider's and procesregisseur's changes, each with If-Match on the item's version.
 */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { API_BASE, getJson, sendJson } from './client';
import {
  type Attachment,
  type Item,
  type ItemList,
  parseAttachment,
  parseItem,
  parseItemList,
  parseItemRef,
  type Regime,
  type Visibility,
} from './informationItems';

export const INFORMATION_KEY = ['information'] as const;
export const itemsKey = (caseId: string) => [...INFORMATION_KEY, 'case', caseId] as const;
export const itemKey = (id: string) => [...INFORMATION_KEY, 'item', id] as const;

export const itemsPath = (caseId: string) =>
  `${API_BASE}/cases/${encodeURIComponent(caseId)}/information-items`;

/** Items per page of a case's list (the API's default; at most 100). */
export const ITEMS_PAGE_SIZE = 25;

/** One page of a case's items: the first, or the one after `cursor` (the previous page's nextCursor). */
export function itemsPagePath(caseId: string, cursor: string | null): string {
  const params = new URLSearchParams({ limit: String(ITEMS_PAGE_SIZE) });
  if (cursor !== null) params.set('cursor', cursor);
  return `${itemsPath(caseId)}?${params}`;
}

/** The pages loaded so far as one list, oldest first; creating is allowed per the first page. */
export function joinItemPages(pages: readonly ItemList[]) {
  return {
    items: pages.flatMap((page) => page.items),
    mayCreate: pages[0]?.mayCreate ?? false,
    pageCount: pages.length,
  };
}
export const itemPath = (id: string, action?: string) =>
  `${API_BASE}/information-items/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;
export const attachmentPath = (itemId: string, attachmentId: string) =>
  `${itemPath(itemId, 'attachments')}/${encodeURIComponent(attachmentId)}`;

/** The ETag of an item version, as the server writes it (platform/http/etag.ts). */
export const itemEtag = (version: number) => `"v${version}"`;

/**
 * A case's items, page by page ("Meer informatie laden"): `data.items` holds every page loaded so
 * far; `hasNextPage` and `fetchNextPage` load the next. A change invalidates INFORMATION_KEY, which
 * refetches the pages loaded, so what was shown stays shown.
 */
export function useInformationItems(caseId: string, enabled = true) {
  return useInfiniteQuery({
    queryKey: itemsKey(caseId),
    queryFn: ({ pageParam, signal }) => getJson(itemsPagePath(caseId, pageParam), parseItemList, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    select: (data) => joinItemPages(data.pages),
    enabled,
    staleTime: 0,
  });
}

/** At most this many pages of citable items are read for a picker (100 items a page). */
const CITABLE_MAX_PAGES = 5;

/**
 * The items of a case that the user may cite in the action plan now (Art. 16.2): those they may
 * see whose provider allows use in the plan, not withdrawn or expired (the server filters).
 */
export function useCitableItems(caseId: string, enabled = true) {
  return useQuery({
    queryKey: [...itemsKey(caseId), 'citable'] as const,
    queryFn: async ({ signal }) => {
      const items: ItemList['items'] = [];
      let cursor: string | null = null;
      for (let page = 0; page < CITABLE_MAX_PAGES; page++) {
        const params = new URLSearchParams({ limit: '100', usableInActionPlan: 'true' });
        if (cursor !== null) params.set('cursor', cursor);
        const list: ItemList = await getJson(`${itemsPath(caseId)}?${params}`, parseItemList, signal);
        items.push(...list.items);
        cursor = list.nextCursor;
        if (cursor === null) break;
      }
      return { items, complete: cursor === null };
    },
    enabled,
    staleTime: 0,
  });
}

export function useInformationItem(id: string) {
  return useQuery({
    queryKey: itemKey(id),
    queryFn: ({ signal }): Promise<Item> => getJson(itemPath(id), parseItem, signal),
    staleTime: 0,
  });
}

/** The conditions a provider sets (Art. 16.2); `expiresAt` is an ISO instant or null. */
export interface ConditionsInput {
  visibility: Visibility;
  namedPartyIds: string[];
  useInActionPlan: boolean;
  expiresAt: string | null;
}

export interface ItemInput extends ConditionsInput {
  title: string;
  body: string;
  regime: Regime;
  personIds: string[];
}

export const createItem = (caseId: string, input: ItemInput) =>
  sendJson('POST', itemsPath(caseId), parseItemRef, { body: input });

export const changeConditions = (id: string, version: number, input: ConditionsInput & { regime?: Regime }) =>
  sendJson('POST', itemPath(id, 'conditions'), parseItemRef, {
    body: input,
    headers: { 'If-Match': itemEtag(version) },
  });

export const withdrawItem = (id: string, version: number) =>
  sendJson('POST', itemPath(id, 'withdraw'), parseItemRef, {
    body: {},
    headers: { 'If-Match': itemEtag(version) },
  });

export const assessPreConference = (id: string, version: number, allow: boolean) =>
  sendJson('POST', itemPath(id, 'pre-conference/assessment'), parseItemRef, {
    body: { allow },
    headers: { 'If-Match': itemEtag(version) },
  });

export const approvePreConference = (id: string, version: number, approve: boolean) =>
  sendJson('POST', itemPath(id, 'pre-conference/approval'), parseItemRef, {
    body: { approve },
    headers: { 'If-Match': itemEtag(version) },
  });

export const addAttachment = (id: string, filename: string, content: string): Promise<Attachment> =>
  sendJson('POST', itemPath(id, 'attachments'), parseAttachment, { body: { filename, content } });
