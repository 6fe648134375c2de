/**
 * Single sign-on provider administration for functioneel beheer (GET/POST /api/v1/sso-providers,
 * GET with ETag and PATCH with If-Match on /sso-providers/{id}). The client secret is write-only:
 * it is sent when creating or replacing it, and the server only says whether one is stored
 * (`clientSecretSet`). The organisation (`partyId`, null: the house) is fixed at creation.
 */
import { useQuery } from '@tanstack/react-query';
import { knownRoles, type Role } from '../auth/roles';
import {
  API_BASE,
  apiRequest,
  getJson,
  getJsonWithEtag,
  isBoolean,
  isRecord,
  isString,
  isStringArray,
  oneOf,
  sendJson,
} from './client';
import { ApiError } from './problem';

export const MATCH_CLAIMS = ['email', 'sub'] as const;
export type MatchClaim = (typeof MATCH_CLAIMS)[number];
export const isMatchClaim = oneOf(MATCH_CLAIMS);

export interface SsoProviderConfig {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  clientSecretSet: boolean;
  partyId: string | null;
  matchClaim: MatchClaim;
  provision: boolean;
  defaultRoles: Role[];
  enabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export function parseSsoProviderConfig(value: unknown): SsoProviderConfig | undefined {
  if (!isRecord(value)) return undefined;
  const { id, name, issuer, clientId, clientSecretSet, partyId, matchClaim, provision, defaultRoles } = value;
  const { enabled, createdAt, updatedAt } = value;
  if (!isString(id) || !isString(name) || !isString(issuer) || !isString(clientId)) return undefined;
  if (!isBoolean(clientSecretSet) || (partyId !== null && !isString(partyId))) return undefined;
  if (!isMatchClaim(matchClaim) || !isBoolean(provision) || !isStringArray(defaultRoles)) return undefined;
  if (!isBoolean(enabled) || !isString(createdAt) || !isString(updatedAt)) return undefined;
  return {
    id,
    name,
    issuer,
    clientId,
    clientSecretSet,
    partyId,
    matchClaim,
    provision,
    defaultRoles: knownRoles(defaultRoles),
    enabled,
    createdAt,
    updatedAt,
  };
}

export function parseSsoProviderConfigs(body: unknown): SsoProviderConfig[] | undefined {
  if (!isRecord(body) || !Array.isArray(body.items)) return undefined;
  const items = body.items.map(parseSsoProviderConfig);
  return items.every((p): p is SsoProviderConfig => p !== undefined) ? items : undefined;
}

export const SSO_ADMIN_PATH = `${API_BASE}/sso-providers`;
export const SSO_ADMIN_KEY = ['sso-provider-admin'] as const;
const providerPath = (id: string) => `${SSO_ADMIN_PATH}/${encodeURIComponent(id)}`;

export function useSsoProviderConfigs() {
  return useQuery({
    queryKey: [...SSO_ADMIN_KEY, 'list'],
    queryFn: ({ signal }) => getJson(SSO_ADMIN_PATH, parseSsoProviderConfigs, signal),
    staleTime: 0,
  });
}

export interface VersionedSsoProvider {
  provider: SsoProviderConfig;
  etag: string | null;
}

export const ssoProviderKey = (id: string) => [...SSO_ADMIN_KEY, 'detail', id] as const;

export function useSsoProviderConfig(id: string) {
  return useQuery({
    queryKey: ssoProviderKey(id),
    queryFn: async ({ signal }): Promise<VersionedSsoProvider> => {
      const { value, etag } = await getJsonWithEtag(providerPath(id), parseSsoProviderConfig, signal);
      return { provider: value, etag };
    },
    staleTime: 0,
  });
}

export interface NewSsoProvider {
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  partyId: string | null;
  matchClaim: MatchClaim;
  provision: boolean;
  defaultRoles: Role[];
  enabled: boolean;
}

export const createSsoProvider = (provider: NewSsoProvider) =>
  sendJson('POST', SSO_ADMIN_PATH, parseSsoProviderConfig, { body: provider });

/** What may change after creation: everything but the organisation; the secret only to replace it. */
export type SsoProviderChanges = Partial<Omit<NewSsoProvider, 'partyId'>>;

export async function updateSsoProvider(
  id: string,
  etag: string,
  changes: SsoProviderChanges,
): Promise<VersionedSsoProvider> {
  const response = await apiRequest('PATCH', providerPath(id), {
    body: changes,
    headers: { 'If-Match': etag },
  });
  const provider = parseSsoProviderConfig(response.body);
  if (!provider) throw new ApiError('invalid-response', response.status);
  return { provider, etag: response.headers.get('ETag') };
}
