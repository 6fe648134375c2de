/** Tests reading the single sign-on provider configuration (administration). */
import { describe, expect, it } from 'vitest';
import { parseSsoProviderConfig, parseSsoProviderConfigs } from './ssoProviders';

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

describe('sso provider administration', () => {
  it('reads a provider and drops unknown roles', () => {
    expect(parseSsoProviderConfig(provider)?.defaultRoles).toEqual(['procesregisseur']);
    expect(parseSsoProviderConfig({ ...provider, matchClaim: 'upn' })).toBeUndefined();
    expect(parseSsoProviderConfig({ ...provider, partyId: 5 })).toBeUndefined();
  });

  it('reads the list', () => {
    expect(parseSsoProviderConfigs({ items: [provider] })).toHaveLength(1);
    expect(parseSsoProviderConfigs({ items: [provider, {}] })).toBeUndefined();
  });
});
