/**
 * Governance: the bodies of the house (GET /api/v1/bodies: Stuurgroep, Partneroverleg,
 * jaarvergadering) and a user's memberships of them (GET/PUT /api/v1/users/{id}/memberships), as
 * member, chair or secretary, with the parties whose vote they cast. The memberships' ETag is the
 * user's version: saving memberships makes an open user form stale, and the other way round.
 */
import { useQuery } from '@tanstack/react-query';
import { API_BASE, apiRequest, getJson, getJsonWithEtag, isRecord, isString, oneOf } from './client';
import { type PartyRef, parsePartyRef } from './privacyProtocols';
import { ApiError } from './problem';
import { USERS_KEY } from './users';

export interface Body {
  id: string;
  key: string;
  name: string;
  article: string;
}

export function parseBodies(body: unknown): Body[] | undefined {
  if (!isRecord(body) || !Array.isArray(body.items)) return undefined;
  const items: Body[] = [];
  for (const item of body.items) {
    if (!isRecord(item)) return undefined;
    const { id, key, name, article } = item;
    if (!isString(id) || !isString(key) || !isString(name) || !isString(article)) return undefined;
    items.push({ id, key, name, article });
  }
  return items;
}

export function useBodies() {
  return useQuery({
    queryKey: ['bodies'],
    queryFn: ({ signal }) => getJson(`${API_BASE}/bodies`, parseBodies, signal),
  });
}

export const MEMBERSHIP_ROLES = ['member', 'chair', 'secretary'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];
export const isMembershipRole = oneOf(MEMBERSHIP_ROLES);

export interface Membership {
  id: string;
  body: { id: string; key: string; name: string };
  role: MembershipRole;
  votesFor: PartyRef[];
}

function parseMembership(value: unknown): Membership | undefined {
  if (!isRecord(value) || !isRecord(value.body) || !Array.isArray(value.votesFor)) return undefined;
  const { id, role } = value;
  const { id: bodyId, key, name } = value.body;
  if (!isString(id) || !isMembershipRole(role)) return undefined;
  if (!isString(bodyId) || !isString(key) || !isString(name)) return undefined;
  const votesFor = value.votesFor.map(parsePartyRef);
  if (!votesFor.every((p): p is PartyRef => p !== undefined)) return undefined;
  return { id, body: { id: bodyId, key, name }, role, votesFor };
}

export function parseMemberships(body: unknown): Membership[] | undefined {
  if (!isRecord(body) || !Array.isArray(body.items)) return undefined;
  const items = body.items.map(parseMembership);
  return items.every((m): m is Membership => m !== undefined) ? items : undefined;
}

export interface VersionedMemberships {
  items: Membership[];
  etag: string | null;
}

export const membershipsKey = (userId: string) => [...USERS_KEY, 'memberships', userId] as const;

const membershipsPath = (userId: string) => `${API_BASE}/users/${encodeURIComponent(userId)}/memberships`;

export function useMemberships(userId: string) {
  return useQuery({
    queryKey: membershipsKey(userId),
    queryFn: async ({ signal }): Promise<VersionedMemberships> => {
      const { value, etag } = await getJsonWithEtag(membershipsPath(userId), parseMemberships, signal);
      return { items: value, etag };
    },
    staleTime: 0,
  });
}

export interface MembershipInput {
  bodyId: string;
  role: MembershipRole;
  votesForPartyIds: string[];
}

/** Replaces all memberships of the user. */
export async function putMemberships(
  userId: string,
  etag: string,
  items: MembershipInput[],
): Promise<VersionedMemberships> {
  const response = await apiRequest('PUT', membershipsPath(userId), {
    body: { items },
    headers: { 'If-Match': etag },
  });
  const memberships = parseMemberships(response.body);
  if (!memberships) throw new ApiError('invalid-response', response.status);
  return { items: memberships, etag: response.headers.get('ETag') };
}
