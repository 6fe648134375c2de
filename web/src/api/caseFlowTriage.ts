/**
 * The triage's data (Art. 1.8, 12.2b): information requests (bevragingen) of a case with their
 * answers (the content through the answering party's item, when the caller may see it), sending and cancelling them (procesregisseur, informatiecentrum); the asked party's own
 * list and limited view, and its answer; the triage outcome; the "next triage" list.
 */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { ifMatch, int, nstr, parseFlowCaseRef, parserOf, str } from './caseFlowParse';
import { CASES_KEY, casePath } from './casesRequests';
import { API_BASE, apiRequest, getJson, getJsonWithEtag, sendJson } from './client';
import type { Regime } from './informationItems';
import { ApiError } from './problem';

/**
 * An answer: who answered and when; its content only when the caller may see the answering party's
 * information item now (Art. 16.2), otherwise null — the server says nothing more.
 */
const answerSchema = z.object({
  answeredByUserId: str,
  answeredAt: str,
  content: z.nullable(z.object({ itemId: str, involved: z.boolean(), text: str })),
});
export type RequestAnswer = z.infer<typeof answerSchema>;

export const caseRequestSchema = z.object({
  id: str,
  caseId: str,
  partyId: str,
  askedByUserId: str,
  question: str,
  deadline: str,
  status: z.enum(['open', 'answered', 'cancelled']),
  overdue: z.boolean(),
  answer: z.nullable(answerSchema),
  createdAt: str,
  version: int,
});
export type CaseRequest = z.infer<typeof caseRequestSchema>;
export const parseCaseRequests = parserOf(z.object({ items: z.array(caseRequestSchema) }));

export const partyRequestSchema = z.object({
  id: str,
  caseNumber: str,
  partyId: str,
  question: str,
  deadline: str,
  status: z.enum(['open', 'answered']),
  overdue: z.boolean(),
  persons: z.nullable(z.array(z.object({ name: str, birthDate: str }))),
  answer: z.nullable(answerSchema),
  createdAt: str,
  version: int,
  permissions: z.array(str),
});
export type PartyRequest = z.infer<typeof partyRequestSchema>;
export const parsePartyRequest = parserOf(partyRequestSchema);
export const parsePartyRequestPage = parserOf(
  z.object({ items: z.array(partyRequestSchema), nextCursor: nstr }),
);

export const TRIAGE_ROUTES = ['conference', 'advice', 'referral'] as const;
export type TriageRoute = (typeof TRIAGE_ROUTES)[number];

export const triageOutcomeSchema = z.object({
  route: z.enum(TRIAGE_ROUTES),
  goal: str,
  themes: z.array(str),
  partyIds: z.array(str),
  advice: nstr,
  decidedByUserId: str,
  decidedAt: str,
});
export type TriageOutcome = z.infer<typeof triageOutcomeSchema>;
/** The outcome in a case's body (`triage`), or null when there is none (yet) or it is unreadable. */
export const triageOf = (raw: Record<string, unknown>): TriageOutcome | null =>
  parserOf(triageOutcomeSchema)(raw.triage) ?? null;

export const nextTriageSchema = z.object({
  items: z.array(
    z.object({
      id: str,
      caseNumber: str,
      protocolKey: str,
      submittedAt: nstr,
      triageAt: str,
      openRequests: int,
      answeredRequests: int,
      overdueRequests: int,
    }),
  ),
});
export type NextTriage = z.infer<typeof nextTriageSchema>;

export const REQUESTS_KEY = ['information-requests'] as const;
export const caseRequestsKey = (caseId: string) => [...CASES_KEY, 'requests', caseId] as const;

export function useCaseRequests(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: caseRequestsKey(caseId),
    queryFn: ({ signal }) => getJson(casePath(caseId, 'information-requests'), parseCaseRequests, signal),
    enabled,
    staleTime: 0,
  });
}

export interface RequestInput {
  partyId: string;
  question: string;
  deadline: string;
}

export const sendRequest = (caseId: string, input: RequestInput) =>
  sendJson('POST', casePath(caseId, 'information-requests'), parserOf(caseRequestSchema), { body: input });

export const cancelRequest = (caseId: string, r: Pick<CaseRequest, 'id' | 'version'>, reason: string) =>
  sendJson(
    'POST',
    casePath(caseId, `information-requests/${encodeURIComponent(r.id)}/cancel`),
    parserOf(caseRequestSchema),
    { body: { reason }, headers: ifMatch(r.version) },
  );

export const partyRequestsPath = (status: 'open' | 'answered', cursor: string | null) => {
  const params = new URLSearchParams({ status, limit: '25' });
  if (cursor !== null) params.set('cursor', cursor);
  return `${API_BASE}/information-requests?${params}`;
};

/** The requests to my party, by deadline, page by page. */
export function usePartyRequests(status: 'open' | 'answered') {
  return useInfiniteQuery({
    queryKey: [...REQUESTS_KEY, 'list', status],
    queryFn: async ({ pageParam, signal }) => {
      const response = await apiRequest('GET', partyRequestsPath(status, pageParam), { signal });
      const page = parsePartyRequestPage(response.body);
      if (!page) throw new ApiError('invalid-response', response.status);
      return page;
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 0,
  });
}

const partyRequestPath = (id: string, action?: string) =>
  `${API_BASE}/information-requests/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

export function usePartyRequest(id: string) {
  return useQuery({
    queryKey: [...REQUESTS_KEY, 'detail', id],
    queryFn: ({ signal }) => getJsonWithEtag(partyRequestPath(id), parsePartyRequest, signal),
    staleTime: 0,
  });
}

export interface AnswerInput {
  involved: boolean;
  summary: string;
  information: string | null;
  /** The legal regime of the answer's information item (Art. 15.2). */
  regime: Regime;
}

export const answerRequest = (r: Pick<PartyRequest, 'id' | 'version'>, input: AnswerInput) =>
  sendJson('POST', partyRequestPath(r.id, 'answer'), parserOf(z.object({ id: str, version: int })), {
    body: input,
    headers: ifMatch(r.version),
  });

export interface TriageDecisionInput {
  route: TriageRoute;
  goal: string;
  themes: string[];
  partyIds: string[];
  advice: string | null;
}

export const decideTriage = (caseId: string, version: number, input: TriageDecisionInput) =>
  sendJson('POST', casePath(caseId, 'decide-triage'), parseFlowCaseRef, {
    body: input,
    headers: ifMatch(version),
  });

export function useNextTriage() {
  return useQuery({
    queryKey: [...CASES_KEY, 'next-triage'],
    queryFn: ({ signal }) => getJson(`${API_BASE}/triage/next`, parserOf(nextTriageSchema), signal),
    staleTime: 0,
  });
}

/** Themes typed one per line or comma-separated, trimmed, without empties or duplicates. */
export function splitList(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[\n,;]/)) {
    const v = part.trim();
    if (v && !out.includes(v)) out.push(v);
  }
  return out;
}
