/**
 * The privacy protocols of the house (Art. 2.3, 15.3): which parties each admits and how long its
 * cases are kept. Read from GET /api/v1/privacy-protocols; functioneel beheer changes one with
 * PATCH /api/v1/privacy-protocols/{id} and If-Match.
 *
 * The list carries no ETag per protocol, so after loading it the client reads each protocol once
 * (GET /privacy-protocols/{id}) to learn its ETag; a save sends that ETag, and a 412 means someone
 * else changed the protocol in between: the page reloads the list (and with it the ETags).
 */
import { useQuery } from '@tanstack/react-query';
import { API_BASE, apiRequest, getJson, isBoolean, isRecord, isString, isStringArray } from './client';
import { ApiError } from './problem';

export interface PartyRef {
  id: string;
  name: string;
}

export interface PrivacyProtocol {
  id: string;
  key: string;
  name: string;
  article: string;
  admitsAll: boolean;
  admittedParties: PartyRef[];
  retentionMonths: number;
  permissions: 'update'[];
}

export const RETENTION_MIN_MONTHS = 1;
export const RETENTION_MAX_MONTHS = 240;

export function parsePartyRef(value: unknown): PartyRef | undefined {
  if (!isRecord(value) || !isString(value.id) || !isString(value.name)) return undefined;
  return { id: value.id, name: value.name };
}

export function parsePrivacyProtocol(value: unknown): PrivacyProtocol | undefined {
  if (!isRecord(value)) return undefined;
  const { id, key, name, article, admitsAll, admittedParties, retentionMonths, permissions } = value;
  if (!isString(id) || !isString(key) || !isString(name) || !isString(article)) return undefined;
  if (!isBoolean(admitsAll) || !Array.isArray(admittedParties) || !isStringArray(permissions))
    return undefined;
  if (typeof retentionMonths !== 'number' || !Number.isInteger(retentionMonths)) return undefined;
  const parties = admittedParties.map(parsePartyRef);
  if (!parties.every((p): p is PartyRef => p !== undefined)) return undefined;
  return {
    id,
    key,
    name,
    article,
    admitsAll,
    admittedParties: parties,
    retentionMonths,
    permissions: permissions.filter((p): p is 'update' => p === 'update'),
  };
}

export function parsePrivacyProtocols(body: unknown): PrivacyProtocol[] | undefined {
  if (!isRecord(body) || !Array.isArray(body.items)) return undefined;
  const items = body.items.map(parsePrivacyProtocol);
  return items.every((p): p is PrivacyProtocol => p !== undefined) ? items : undefined;
}

export const PRIVACY_PROTOCOLS_KEY = ['privacy-protocols'] as const;

export function usePrivacyProtocols() {
  return useQuery({
    queryKey: PRIVACY_PROTOCOLS_KEY,
    queryFn: async ({ signal }) => {
      const protocols = await getJson(`${API_BASE}/privacy-protocols`, parsePrivacyProtocols, signal);
      await Promise.all(
        protocols.map(async (p) => {
          const one = await apiRequest('GET', `${API_BASE}/privacy-protocols/${encodeURIComponent(p.id)}`, {
            signal,
          });
          const etag = one.headers.get('ETag');
          if (etag !== null) knownEtags.set(p.id, etag);
        }),
      );
      return protocols;
    },
    staleTime: 0,
  });
}

/** Only used if a protocol's ETag could not be read; the server then answers 412 and the list reloads. */
export const INITIAL_PROTOCOL_ETAG = '"v1"';

const knownEtags = new Map<string, string>();

/** The ETag to send for a protocol: the one read with the list or from our last PATCH. */
export const protocolEtag = (id: string): string => knownEtags.get(id) ?? INITIAL_PROTOCOL_ETAG;

export interface PrivacyProtocolChanges {
  retentionMonths?: number;
  admitsAll?: boolean;
  admittedPartyIds?: string[];
}

export async function updatePrivacyProtocol(
  id: string,
  changes: PrivacyProtocolChanges,
): Promise<PrivacyProtocol> {
  const response = await apiRequest('PATCH', `${API_BASE}/privacy-protocols/${encodeURIComponent(id)}`, {
    body: changes,
    headers: { 'If-Match': protocolEtag(id) },
  });
  const protocol = parsePrivacyProtocol(response.body);
  if (!protocol) throw new ApiError('invalid-response', response.status);
  const etag = response.headers.get('ETag');
  if (etag !== null) knownEtags.set(id, etag);
  return protocol;
}
