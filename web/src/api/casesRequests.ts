/**
 * Talking to the case API: my cases page by page (phase filter, cursor), one case with its ETag,
 * registering a draft, changing a draft and every transition with If-Match (a 412 means someone
 * else changed the case: the page reloads it), and questions in the assessment thread (Art. 12.2a).
 */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import {
  type Case,
  type CaseRef,
  type CaseStatus,
  type CaseType,
  type Criteria,
  parseCase,
  parseCasePage,
  parseCaseRef,
  parseQuestion,
} from './cases';
import { API_BASE, apiRequest, getJson, getJsonWithEtag, sendJson } from './client';
import { type PrivacyProtocol, parsePrivacyProtocols } from './privacyProtocols';
import { ApiError } from './problem';

export const CASES_KEY = ['cases'] as const;
export const CASES_PAGE_SIZE = 25;

export function casesListPath(status: CaseStatus | undefined, cursor: string | null): string {
  const params = new URLSearchParams({ limit: String(CASES_PAGE_SIZE) });
  if (cursor !== null) params.set('cursor', cursor);
  if (status !== undefined) params.set('status', status);
  return `${API_BASE}/cases?${params}`;
}

export const casePath = (id: string, action?: string) =>
  `${API_BASE}/cases/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

/** My cases, newest first, page by page ("load more"); `status` filters on one phase. */
export function useCases(status: CaseStatus | undefined) {
  return useInfiniteQuery({
    queryKey: [...CASES_KEY, 'list', status ?? 'all'],
    queryFn: async ({ pageParam, signal }) => {
      const response = await apiRequest('GET', casesListPath(status, pageParam), { signal });
      const page = parseCasePage(response.body);
      if (!page) throw new ApiError('invalid-response', response.status);
      return page;
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 0,
  });
}

export interface VersionedCase {
  value: Case;
  etag: string | null;
}

export const caseKey = (id: string) => [...CASES_KEY, 'detail', id] as const;

export function useCase(id: string) {
  return useQuery({
    queryKey: caseKey(id),
    queryFn: ({ signal }): Promise<VersionedCase> => getJsonWithEtag(casePath(id), parseCase, signal),
    staleTime: 0,
  });
}

export interface PersonInput {
  name: string;
  bsn?: string;
  birthDate: string;
  address: string;
}

/** The body of POST /cases (and, every field optional, of PATCH /cases/{id}). */
export interface CaseInput {
  caseType: CaseType;
  persons: PersonInput[];
  reason: string;
  goal: string;
  partnersInvolved: string[];
  protocolKey: string;
  informed: boolean;
  notInformedReason: string | null;
  criteria: Criteria;
}

/** Registers a case as a draft (Art. 1.7); it is submitted separately. */
export const createCase = (input: CaseInput): Promise<CaseRef> =>
  sendJson('POST', `${API_BASE}/cases`, parseCaseRef, { body: input });

/** The ETag of a case version, as the server writes it. */
export const etagOf = (version: number) => `"v${version}"`;

export const updateDraft = (id: string, etag: string, changes: Partial<CaseInput>): Promise<CaseRef> =>
  sendJson('PATCH', casePath(id), parseCaseRef, { body: changes, headers: { 'If-Match': etag } });

/** The transitions of registration and assessment, with the body each needs. */
export type Transition =
  | { action: 'submit' }
  | { action: 'pick-up' }
  | { action: 'accept'; reasoning: string }
  | { action: 'reject'; reason: string; advice: string }
  | { action: 'withdraw'; reason: string }
  | { action: 'take-over'; reason: string };

export function transitionBody(t: Transition): Record<string, string> {
  const { action: _action, ...body } = t;
  return body;
}

export const transitionCase = (id: string, etag: string, t: Transition): Promise<CaseRef> =>
  sendJson('POST', casePath(id, t.action), parseCaseRef, {
    body: transitionBody(t),
    headers: { 'If-Match': etag },
  });

/** A question or an answer in the assessment thread (procesregisseur and registering professional). */
export const askQuestion = (id: string, text: string) =>
  sendJson('POST', casePath(id, 'questions'), parseQuestion, { body: { text } });

/** The privacy protocols a party may register under (Art. 15.3): those admitting all, or it. */
export function admittedProtocols(
  protocols: readonly PrivacyProtocol[],
  partyId: string | null,
): PrivacyProtocol[] {
  if (partyId === null) return [];
  return protocols.filter((p) => p.admitsAll || p.admittedParties.some((a) => a.id === partyId));
}

const protocolsQuery = {
  queryKey: ['privacy-protocols', 'plain'] as const,
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    getJson(`${API_BASE}/privacy-protocols`, parsePrivacyProtocols, signal),
};

/** Every privacy protocol of the house (names for the case page). */
export const useProtocols = () => useQuery(protocolsQuery);

/** The protocols the user's party may register under. */
export function useAdmittedProtocols(partyId: string | null) {
  return useQuery({
    ...protocolsQuery,
    select: (list: PrivacyProtocol[]) => admittedProtocols(list, partyId),
  });
}
