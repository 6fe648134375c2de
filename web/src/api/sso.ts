/**
 * The single sign-on providers offered on the login page (GET /api/v1/sso/providers, public).
 * Logging in through one is a full navigation to the server, which redirects to the provider.
 */
import { useQuery } from '@tanstack/react-query';
import { API_BASE, getJson, isRecord, isString } from './client';

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

export function useSsoProviders() {
  return useQuery({
    queryKey: ['sso-providers'],
    queryFn: ({ signal }) => getJson(`${API_BASE}/sso/providers`, parseSsoProviders, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
