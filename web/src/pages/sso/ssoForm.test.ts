/** Tests the single sign-on provider form rules: checks, request bodies and server problems. */
import { describe, expect, it } from 'vitest';
import type { SsoProviderConfig } from '../../api/ssoProviders';
import {
  emptySsoForm,
  HOUSE,
  issuerProblem,
  provisionableRoles,
  relinks,
  serverProblems,
  ssoChanges,
  ssoCreateBody,
  ssoFormValues,
  validateSsoForm,
} from './ssoForm';

const provider: SsoProviderConfig = {
  id: '0190a5d4-0000-7000-8000-0000000000c1',
  name: 'Gemeente Den Haag',
  issuer: 'https://login.denhaag.example',
  clientId: 'ketenhuis',
  clientSecretSet: true,
  partyId: '0190a5d4-0000-7000-8000-0000000000aa',
  matchClaim: 'email',
  provision: true,
  defaultRoles: ['professional'],
  enabled: true,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-02T00:00:00Z',
};

const valid = {
  ...emptySsoForm(),
  name: 'Politie',
  issuer: 'https://login.politie.example/realms/zvh',
  clientId: 'ketenhuis',
  clientSecret: 'geheim',
};

describe('issuer check', () => {
  it('accepts https and a loopback http issuer (the server decides about demo mode)', () => {
    expect(issuerProblem('https://login.example.org')).toBeNull();
    expect(issuerProblem('http://localhost:8080/realms/test')).toBeNull();
  });

  it('refuses what the server refuses', () => {
    expect(issuerProblem('login.example.org')).toEqual({ kind: 'url' });
    expect(issuerProblem('ftp://login.example.org')).toEqual({ kind: 'url' });
    expect(issuerProblem('http://login.example.org')).toEqual({ kind: 'https' });
    expect(issuerProblem('https://user:pw@login.example.org')).toEqual({ kind: 'urlParts' });
    expect(issuerProblem('https://login.example.org?x=1')).toEqual({ kind: 'urlParts' });
    expect(issuerProblem('https://login.example.org/.well-known/openid-configuration')).toEqual({
      kind: 'wellKnown',
    });
  });
});

describe('validateSsoForm', () => {
  it('accepts a complete new provider', () => {
    expect(validateSsoForm(valid)).toEqual({});
  });

  it('names every missing field', () => {
    expect(Object.keys(validateSsoForm(emptySsoForm())).sort()).toEqual(
      ['clientId', 'clientSecret', 'issuer', 'name'].sort(),
    );
    expect(validateSsoForm({ ...valid, name: 'X' }).name).toEqual({ kind: 'length', min: 2, max: 100 });
  });

  it('needs default roles only when the provider creates accounts', () => {
    expect(validateSsoForm({ ...valid, provision: true }).defaultRoles).toEqual({
      kind: 'rolesForProvision',
    });
    expect(validateSsoForm({ ...valid, provision: true, defaultRoles: ['secretaris'] })).toEqual({});
  });

  it('does not ask for the stored secret when it is kept', () => {
    expect(validateSsoForm({ ...ssoFormValues(provider) })).toEqual({});
    expect(validateSsoForm({ ...ssoFormValues(provider), replaceSecret: true }).clientSecret).toEqual({
      kind: 'required',
    });
  });
});

describe('request bodies', () => {
  it('never offers functioneel beheer as a default role', () => {
    expect(provisionableRoles('house')).not.toContain('functioneel_beheer');
    expect(provisionableRoles('party')).toEqual(['professional']);
  });

  it('creates for the house with null and keeps only roles that fit', () => {
    const body = ssoCreateBody({ ...valid, name: ' Politie ', defaultRoles: ['professional', 'secretaris'] });
    expect(body.partyId).toBeNull();
    expect(body.name).toBe('Politie');
    expect(body.defaultRoles).toEqual(['secretaris']);
    expect(ssoCreateBody({ ...valid, partyId: provider.partyId ?? HOUSE }).partyId).toBe(provider.partyId);
  });

  it('sends only what changed, and the secret only when replacing it', () => {
    const values = ssoFormValues(provider);
    expect(values.clientSecret).toBe('');
    expect(ssoChanges(provider, values)).toEqual({});
    expect(ssoChanges(provider, { ...values, enabled: false, clientSecret: 'ignored' })).toEqual({
      enabled: false,
    });
    expect(ssoChanges(provider, { ...values, replaceSecret: true, clientSecret: 'nieuw' })).toEqual({
      clientSecret: 'nieuw',
    });
  });

  it('knows when accounts will have to link again', () => {
    const values = ssoFormValues(provider);
    expect(relinks(provider, values)).toBe(false);
    expect(relinks(provider, { ...values, clientId: 'other' })).toBe(true);
    expect(relinks(provider, { ...values, issuer: 'https://other.example' })).toBe(true);
  });
});

describe('serverProblems', () => {
  it('maps known reasons to fields and keeps unknown reasons in the server words', () => {
    expect(
      serverProblems(
        'Body ongeldig — issuer: moet https gebruiken; clientId: Too small; onbekende velden: x; defaultRoles: nodig om accounts aan te maken',
      ),
    ).toEqual({
      issuer: { kind: 'https' },
      clientId: { kind: 'server', message: 'Too small' },
      defaultRoles: { kind: 'rolesForProvision' },
    });
  });

  it('reads nothing from a detail without fields', () => {
    expect(serverProblems(undefined)).toEqual({});
    expect(serverProblems('Er ging iets mis')).toEqual({});
    expect(serverProblems('Body ongeldig — (geheel): geef minstens één veld')).toEqual({});
  });
});
