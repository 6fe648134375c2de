/**
 * The parties of the covenant (GET /api/v1/parties), read-only. The list is paginated with an
 * opaque cursor; all pages are fetched (the list is small: tens of organisations) so that the
 * page can filter and count without further requests.
 */
import { useQuery } from '@tanstack/react-query';
import { getJson, isRecord, isString } from './client';
import { ApiError } from './problem';

export const PARTY_KINDS = ['gemeente', 'partner'] as const;
export const PARTY_DOMAINS = ['care', 'justice', 'municipal'] as const;
export const PARTY_STATUSES = ['active', 'accession_pending', 'withdrawn', 'excluded'] as const;

export type PartyKind = (typeof PARTY_KINDS)[number];
export type PartyDomain = (typeof PARTY_DOMAINS)[number];
export type PartyStatus = (typeof PARTY_STATUSES)[number];

export interface Party {
  id: string;
  key: string;
  name: string;
  kind: PartyKind;
  domain: PartyDomain;
  status: PartyStatus;
}

interface PartiesPage {
  items: Party[];
  nextCursor: string | null;
}

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);

export const isPartyKind = oneOf(PARTY_KINDS);
export const isPartyDomain = oneOf(PARTY_DOMAINS);
export const isPartyStatus = oneOf(PARTY_STATUSES);

function parseParty(value: unknown): Party | undefined {
  if (!isRecord(value)) return undefined;
  const { id, key, name, kind, domain, status } = value;
  if (!isString(id) || !isString(key) || !isString(name)) return undefined;
  if (!isPartyKind(kind) || !isPartyDomain(domain) || !isPartyStatus(status)) return undefined;
  return { id, key, name, kind, domain, status };
}

export function parsePartiesPage(body: unknown): PartiesPage | undefined {
  if (!isRecord(body) || !Array.isArray(body.items)) return undefined;
  const { nextCursor } = body;
  if (nextCursor !== null && !isString(nextCursor)) return undefined;
  const items = body.items.map(parseParty);
  if (!items.every((p): p is Party => p !== undefined)) return undefined;
  return { items, nextCursor };
}

const PAGE_SIZE = 100;
const MAX_PAGES = 50;

export async function fetchAllParties(signal?: AbortSignal): Promise<Party[]> {
  const parties: Party[] = [];
  const seen = new Set<string>();
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
    if (cursor !== null) params.set('cursor', cursor);
    const result: PartiesPage = await getJson(`/api/v1/parties?${params}`, parsePartiesPage, signal);
    parties.push(...result.items);
    cursor = result.nextCursor;
    if (cursor === null) return parties;
    // A cursor that comes back twice would loop forever: treat it as a broken response.
    if (seen.has(cursor)) break;
    seen.add(cursor);
  }
  throw new ApiError('invalid-response');
}

export function useParties() {
  return useQuery({
    queryKey: ['parties'],
    queryFn: ({ signal }) => fetchAllParties(signal),
  });
}
