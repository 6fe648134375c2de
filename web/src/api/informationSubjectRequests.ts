/**
 * Data-subject requests at the house's contact point (Wgs; AVG Art. 12.3, 15–21): the privacy
 * officer registers them (the BSN only in the POST body, never in a URL) and extends a deadline
 * once with a reason; each party a request was routed to decides for its own data and downloads
 * its export as JSON or as PDF. Parsers, paths and calls; writes carry If-Match (the route's own version for a
 * party's decision).
 */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { API_BASE, apiRequest, getJson, isRecord, isString, isStringArray, oneOf, sendJson } from './client';
import { download } from './informationDownload';
import { INFORMATION_KEY } from './informationItemCalls';
import { ApiError } from './problem';

export const REQUEST_KINDS = ['access', 'rectification', 'erasure', 'objection'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
export const REQUEST_STATUSES = ['open', 'decided', 'no-data'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const DEADLINE_STATES = ['on-time', 'due-soon', 'overdue', 'closed'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];
export const ROUTE_DECISIONS = ['granted', 'partly', 'refused'] as const;
export type RouteDecision = (typeof ROUTE_DECISIONS)[number];
export const GROUNDS = ['registering', 'items', 'triage'] as const;
export type Ground = (typeof GROUNDS)[number];

export interface Deadline {
  receivedOn: string;
  dueOn: string;
  extendedDueOn: string | null;
  effectiveDueOn: string;
  state: DeadlineState;
}

export interface SubjectRequestSummary {
  id: string;
  reference: string;
  kind: RequestKind;
  status: RequestStatus;
  deadline: Deadline;
  createdAt: string;
}

export interface SubjectRoute {
  partyId: string;
  partyName: string;
  grounds: Ground[];
  decision: RouteDecision | 'pending';
  reasoning: string | null;
  decidedByUserId: string | null;
  decidedAt: string | null;
  version: number;
  mayDecide: boolean;
  mayExport: boolean;
}

export interface SubjectRequest extends SubjectRequestSummary {
  identifiedBy: 'bsn' | 'name-birth-date';
  subject: { name: string | null; birthDate: string | null };
  description: string;
  extensionReason: string | null;
  casesFound: number | null;
  routes: SubjectRoute[];
  version: number;
  mayExtend: boolean;
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isNullableString = (v: unknown): v is string | null => v === null || isString(v);

function parseDeadline(v: unknown): Deadline | undefined {
  if (!isRecord(v)) return undefined;
  const { receivedOn, dueOn, extendedDueOn, effectiveDueOn, state } = v;
  if (
    !isString(receivedOn) ||
    !isString(dueOn) ||
    !isNullableString(extendedDueOn) ||
    !isString(effectiveDueOn) ||
    !oneOf(DEADLINE_STATES)(state)
  )
    return undefined;
  return { receivedOn, dueOn, extendedDueOn, effectiveDueOn, state };
}

export function parseSubjectSummary(v: unknown): SubjectRequestSummary | undefined {
  if (!isRecord(v)) return undefined;
  const deadline = parseDeadline(v.deadline);
  const { id, reference, kind, status, createdAt } = v;
  if (
    !deadline ||
    !isString(id) ||
    !isString(reference) ||
    !oneOf(REQUEST_KINDS)(kind) ||
    !oneOf(REQUEST_STATUSES)(status) ||
    !isString(createdAt)
  )
    return undefined;
  return { id, reference, kind, status, deadline, createdAt };
}

export function parseRoute(v: unknown): SubjectRoute | undefined {
  if (!isRecord(v) || !isStringArray(v.grounds) || !isStringArray(v.permissions)) return undefined;
  const { partyId, partyName, decision, reasoning, decidedByUserId, decidedAt, version } = v;
  if (
    !isString(partyId) ||
    !isString(partyName) ||
    !oneOf(['pending', ...ROUTE_DECISIONS] as const)(decision) ||
    !isNullableString(reasoning) ||
    !isNullableString(decidedByUserId) ||
    !isNullableString(decidedAt) ||
    !isInt(version)
  )
    return undefined;
  return {
    partyId,
    partyName,
    grounds: v.grounds.filter(oneOf(GROUNDS)),
    decision,
    reasoning,
    decidedByUserId,
    decidedAt,
    version,
    mayDecide: v.permissions.includes('decide'),
    mayExport: v.permissions.includes('export'),
  };
}

export function parseSubjectRequest(v: unknown): SubjectRequest | undefined {
  const summary = parseSubjectSummary(v);
  if (!summary || !isRecord(v) || !Array.isArray(v.routes) || !isStringArray(v.permissions)) return undefined;
  const routes = v.routes.map(parseRoute);
  const subject = isRecord(v.subject) ? v.subject : undefined;
  if (
    routes.some((r) => r === undefined) ||
    !oneOf(['bsn', 'name-birth-date'] as const)(v.identifiedBy) ||
    !subject ||
    !isNullableString(subject.name) ||
    !isNullableString(subject.birthDate) ||
    !isString(v.description) ||
    !isNullableString(v.extensionReason) ||
    !(v.casesFound === null || isInt(v.casesFound)) ||
    !isInt(v.version)
  )
    return undefined;
  return {
    ...summary,
    identifiedBy: v.identifiedBy,
    subject: { name: subject.name, birthDate: subject.birthDate },
    description: v.description,
    extensionReason: v.extensionReason,
    casesFound: v.casesFound,
    routes: routes as SubjectRoute[],
    version: v.version,
    mayExtend: v.permissions.includes('extend'),
  };
}

export function parseSubjectPage(v: unknown) {
  if (!isRecord(v) || !Array.isArray(v.items) || !isNullableString(v.nextCursor)) return undefined;
  const items = v.items.map(parseSubjectSummary);
  if (items.some((i) => i === undefined)) return undefined;
  return { items: items as SubjectRequestSummary[], nextCursor: v.nextCursor };
}

/** Whole days the request is past its deadline on `today` (both YYYY-MM-DD); 0 when not overdue. */
export function daysOverdue(d: Pick<Deadline, 'effectiveDueOn'>, today: string): number {
  const ms = Date.parse(`${today}T00:00:00Z`) - Date.parse(`${d.effectiveDueOn}T00:00:00Z`);
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms / 86_400_000) : 0;
}

export const SUBJECT_KEY = [...INFORMATION_KEY, 'subject-requests'] as const;
const base = `${API_BASE}/subject-requests`;
export const subjectPath = (id: string, action?: string) =>
  `${base}/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;
const routePath = (id: string, partyId: string, action: string) =>
  `${subjectPath(id, 'routes')}/${encodeURIComponent(partyId)}/${action}`;
const etag = (version: number) => `"v${version}"`;

export function useSubjectRequests() {
  return useInfiniteQuery({
    queryKey: [...SUBJECT_KEY, 'list'],
    queryFn: async ({ pageParam, signal }) => {
      const params = new URLSearchParams({ limit: '25' });
      if (pageParam !== null) params.set('cursor', pageParam);
      const response = await apiRequest('GET', `${base}?${params}`, { signal });
      const page = parseSubjectPage(response.body);
      if (!page) throw new ApiError('invalid-response', response.status);
      return page;
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 0,
  });
}

export function useSubjectRequest(id: string) {
  return useQuery({
    queryKey: [...SUBJECT_KEY, 'detail', id],
    queryFn: ({ signal }) => getJson(subjectPath(id), parseSubjectRequest, signal),
    staleTime: 0,
  });
}

/** Either a BSN, or a name with a date of birth (schemas.ts subjectInputSchema). */
export type SubjectInput = { bsn: string } | { name: string; birthDate: string };

export interface SubjectRequestInput {
  kind: RequestKind;
  subject: SubjectInput;
  description: string;
  receivedOn: string;
}

/** POST only: the BSN travels in the body (never in a URL, a query key or the cache). */
export const registerSubjectRequest = (input: SubjectRequestInput) =>
  sendJson('POST', base, parseSubjectRequest, { body: input });

export const extendSubjectRequest = (r: Pick<SubjectRequest, 'id' | 'version'>, reason: string) =>
  sendJson('POST', subjectPath(r.id, 'extend'), parseSubjectRequest, {
    body: { reason },
    headers: { 'If-Match': etag(r.version) },
  });

export const decideSubjectRoute = (
  id: string,
  route: Pick<SubjectRoute, 'partyId' | 'version'>,
  decision: RouteDecision,
  reasoning: string,
) =>
  sendJson('POST', routePath(id, route.partyId, 'decision'), parseSubjectRequest, {
    body: { decision, reasoning },
    headers: { 'If-Match': etag(route.version) },
  });

export const exportSubjectRoute = (r: Pick<SubjectRequest, 'id' | 'reference'>, partyId: string) =>
  download('GET', routePath(r.id, partyId, 'export'), `verzoek-${r.reference}.json`);

/** The same export as a Dutch PDF, for the same callers (…/export.pdf). */
export const subjectRoutePdfPath = (id: string, partyId: string) => routePath(id, partyId, 'export.pdf');

export const exportSubjectRoutePdf = (r: Pick<SubjectRequest, 'id' | 'reference'>, partyId: string) =>
  download('GET', subjectRoutePdfPath(r.id, partyId), `verzoek-${r.reference}.pdf`);
