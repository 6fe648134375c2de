/** Tests reading the single sign-on providers, and that a server without them is no error. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './problem';
import { fetchSsoProviders, parseSsoProviders, ssoLoginUrl } from './sso';

const problem = (status: number, code: string) =>
  new Response(JSON.stringify({ type: `urn:ketenhuis:problem:${code}`, title: code, status }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sso providers', () => {
  it('reads the list and builds the login address', () => {
    const providers = parseSsoProviders({ items: [{ id: 'a b', name: 'Gemeente' }] });
    expect(providers).toEqual([{ id: 'a b', name: 'Gemeente' }]);
    expect(ssoLoginUrl({ id: 'a b', name: 'Gemeente' })).toBe('/api/v1/sso/providers/a%20b/login');
    expect(parseSsoProviders({ items: [{ id: 1 }] })).toBeUndefined();
  });

  it('treats a server without the route (404) as having no providers', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => problem(404, 'not-found')),
    );
    await expect(fetchSsoProviders()).resolves.toEqual([]);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Not Found', { status: 404 })),
    );
    await expect(fetchSsoProviders()).resolves.toEqual([]);
  });

  it('still reports other failures', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => problem(500, 'internal')),
    );
    await expect(fetchSsoProviders()).rejects.toBeInstanceOf(ApiError);
  });
});
