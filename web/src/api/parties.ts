/**
 * The parties of the covenant (GET /api/v1/parties). The list is paginated with an opaque cursor;
 * all pages are fetched (the list is small: tens of organisations) so that the page can filter and
 * count without further requests. One party is read with its ETag and the caller's permissions
 * (GET /parties/{id}); functioneel beheer changes its name or domain with PATCH and If-Match.
 * Status is not edited here: it follows accession, withdrawal and exclusion (Art. 20, 23).
 */
import { useQuery } from '@tanstack/react-query';
import { API_BASE, apiRequest, getJson, getJsonWithEtag, isRecord, isString, isStringArray } from './client';
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

export function parseParty(value: unknown): Party | undefined {
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
    queryKey: [...PARTIES_KEY, 'list'],
    queryFn: ({ signal }) => fetchAllParties(signal),
  });
}

/** What the caller may do with a party, as the server says (unknown actions are skipped). */
export const PARTY_PERMISSIONS = ['update'] as const;
export type PartyPermission = (typeof PARTY_PERMISSIONS)[number];
const isPartyPermission = oneOf(PARTY_PERMISSIONS);

export interface PartyDetail extends Party {
  permissions: PartyPermission[];
}

export function parsePartyDetail(value: unknown): PartyDetail | undefined {
  const party = parseParty(value);
  if (!party || !isRecord(value) || !isStringArray(value.permissions)) return undefined;
  return { ...party, permissions: value.permissions.filter(isPartyPermission) };
}

export const PARTIES_KEY = ['parties'] as const;
export const partyKey = (id: string) => [...PARTIES_KEY, 'detail', id] as const;
const partyPath = (id: string) => `${API_BASE}/parties/${encodeURIComponent(id)}`;

export interface VersionedParty {
  party: PartyDetail;
  etag: string | null;
}

export function useParty(id: string) {
  return useQuery({
    queryKey: partyKey(id),
    queryFn: async ({ signal }): Promise<VersionedParty> => {
      const { value, etag } = await getJsonWithEtag(partyPath(id), parsePartyDetail, signal);
      return { party: value, etag };
    },
    staleTime: 0,
  });
}

/** What functioneel beheer may change (PATCH /parties/{id}); only changed fields are sent. */
export type PartyChanges = Partial<Pick<Party, 'name' | 'domain'>>;

/** Saves changes with If-Match; a 412 (someone else saved first) is thrown as an ApiError. */
export async function updateParty(id: string, etag: string, changes: PartyChanges): Promise<VersionedParty> {
  const response = await apiRequest('PATCH', partyPath(id), {
    body: changes,
    headers: { 'If-Match': etag },
  });
  const party = parsePartyDetail(response.body);
  if (!party) throw new ApiError('invalid-response', response.status);
  return { party, etag: response.headers.get('ETag') };
}
