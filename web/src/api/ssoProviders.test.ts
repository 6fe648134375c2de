/** Tests reading the single sign-on provider configuration (administration) and writing it. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './problem';
import {
  createSsoProvider,
  parseSsoProviderConfig,
  parseSsoProviderConfigs,
  updateSsoProvider,
} from './ssoProviders';

const provider = {
  id: '0190a5d4-0000-7000-8000-0000000000c1',
  name: 'Politie',
  issuer: 'https://login.politie.example',
  clientId: 'ketenhuis',
  clientSecretSet: true,
  partyId: null,
  matchClaim: 'email',
  provision: true,
  defaultRoles: ['procesregisseur', 'unknown-role'],
  enabled: true,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-02T00:00:00Z',
};

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json', ...headers },
  });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sso provider administration', () => {
  it('reads a provider and drops unknown roles', () => {
    expect(parseSsoProviderConfig(provider)?.defaultRoles).toEqual(['procesregisseur']);
    expect(parseSsoProviderConfig({ ...provider, matchClaim: 'upn' })).toBeUndefined();
    expect(parseSsoProviderConfig({ ...provider, partyId: 5 })).toBeUndefined();
  });

  it('never needs the secret itself: only whether one is set', () => {
    expect(parseSsoProviderConfig({ ...provider, clientSecretSet: false })?.clientSecretSet).toBe(false);
    expect(parseSsoProviderConfig({ ...provider, clientSecretSet: 'yes' })).toBeUndefined();
    expect(parseSsoProviderConfig({ ...provider, clientSecret: 's3cret' })).not.toHaveProperty(
      'clientSecret',
    );
  });

  it('reads the list', () => {
    expect(parseSsoProviderConfigs({ items: [provider] })).toHaveLength(1);
    expect(parseSsoProviderConfigs({ items: [provider, {}] })).toBeUndefined();
  });

  it('creates a provider with a POST carrying the secret', async () => {
    const fetchMock = vi.fn(async () => json(201, provider, { ETag: '"1"' }));
    vi.stubGlobal('fetch', fetchMock);
    const created = await createSsoProvider({
      name: 'Politie',
      issuer: 'https://login.politie.example',
      clientId: 'ketenhuis',
      clientSecret: 's3cret',
      partyId: null,
      matchClaim: 'email',
      provision: true,
      defaultRoles: ['procesregisseur'],
      enabled: true,
    });
    expect(created.id).toBe(provider.id);
    const [path, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe('/api/v1/sso-providers');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body)).clientSecret).toBe('s3cret');
  });

  it('updates with If-Match and returns the new ETag', async () => {
    const fetchMock = vi.fn(async () => json(200, { ...provider, enabled: false }, { ETag: '"4"' }));
    vi.stubGlobal('fetch', fetchMock);
    const saved = await updateSsoProvider(provider.id, '"3"', { enabled: false });
    expect(saved.etag).toBe('"4"');
    expect(saved.provider.enabled).toBe(false);
    const [path, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe(`/api/v1/sso-providers/${provider.id}`);
    expect(init.method).toBe('PATCH');
    expect((init.headers as Record<string, string>)['If-Match']).toBe('"3"');
    expect(JSON.parse(String(init.body))).toEqual({ enabled: false });
  });

  it('throws the problem of a refused update', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json(412, { type: 'urn:ketenhuis:problem:precondition-failed', title: 'x', status: 412 }),
      ),
    );
    const error = await updateSsoProvider(provider.id, '"1"', { name: 'X' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(412);
  });
});
