/**
 * The single sign-on providers offered on the login page (GET /api/v1/sso/providers, public).
 * Logging in through one is a full navigation to the server, which redirects to the provider.
 * A server without single sign-on (no such route: 404) simply has no providers.
 */
import { useQuery } from '@tanstack/react-query';
import { API_BASE, getJson, isRecord, isString } from './client';
import { ApiError } from './problem';

export interface SsoProvider {
  id: string;
  name: string;
}

export function parseSsoProviders(body: unknown): SsoProvider[] | undefined {
  if (!isRecord(body) || !Array.isArray(body.items)) return undefined;
  const items: SsoProvider[] = [];
  for (const item of body.items) {
    if (!isRecord(item) || !isString(item.id) || !isString(item.name)) return undefined;
    items.push({ id: item.id, name: item.name });
  }
  return items;
}

export const ssoLoginUrl = (provider: SsoProvider): string =>
  `${API_BASE}/sso/providers/${encodeURIComponent(provider.id)}/login`;

export async function fetchSsoProviders(signal?: AbortSignal): Promise<SsoProvider[]> {
  try {
    return await getJson(`${API_BASE}/sso/providers`, parseSsoProviders, signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return [];
    throw error;
  }
}

export function useSsoProviders() {
  return useQuery({
    queryKey: ['sso-providers'],
    queryFn: ({ signal }) => fetchSsoProviders(signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
