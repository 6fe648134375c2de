/** Tests the guard against open redirects in `next`, and where each login stage continues. */
import { describe, expect, it } from 'vitest';
import { afterPasswordChange, loginPathFor, pathForStage, safeNext, withNext } from './redirect';

describe('safeNext', () => {
  it('keeps same-site paths with query and fragment', () => {
    expect(safeNext('/partijen')).toBe('/partijen');
    expect(safeNext('/partijen?kind=gemeente#top')).toBe('/partijen?kind=gemeente#top');
    expect(safeNext('/beheer/gebruikers/0190-abc')).toBe('/beheer/gebruikers/0190-abc');
  });

  it.each([
    null,
    undefined,
    '',
    'partijen',
    'https://evil.example/',
    'http:/evil.example',
    '//evil.example',
    '//evil.example/partijen',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    '/ /evil.example',
    'javascript:alert(1)',
    '/\u0000/evil.example',
    `/${'a'.repeat(3000)}`,
  ])('refuses %j', (raw) => {
    expect(safeNext(raw)).toBe('/');
  });

  it('never returns into the login flow or the API', () => {
    expect(safeNext('/inloggen')).toBe('/');
    expect(safeNext('/inloggen/code?next=/x')).toBe('/');
    expect(safeNext('/inloggen?next=//evil.example')).toBe('/');
    expect(safeNext('/api/v1/session')).toBe('/');
    expect(safeNext('/inloggenx')).toBe('/inloggenx');
  });

  it('leaves encoded characters encoded: they stay a path on this site', () => {
    expect(safeNext('/%0a/evil.example')).toBe('/%0a/evil.example');
    expect(safeNext('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
  });

  it('normalises dot segments without leaving the site', () => {
    expect(safeNext('/a/../partijen')).toBe('/partijen');
    expect(safeNext('/../../evil.example')).toBe('/evil.example');
  });
});

describe('login paths', () => {
  it('carries the destination along, except the home page', () => {
    expect(withNext('/inloggen', '/')).toBe('/inloggen');
    expect(withNext('/inloggen', '//evil.example')).toBe('/inloggen');
    expect(withNext('/inloggen', '/partijen?kind=partner')).toBe(
      '/inloggen?next=%2Fpartijen%3Fkind%3Dpartner',
    );
    expect(loginPathFor({ pathname: '/profiel', search: '', hash: '' })).toBe('/inloggen?next=%2Fprofiel');
  });

  it('sends each stage to its step', () => {
    expect(pathForStage('mfa', '/partijen')).toBe('/inloggen/code?next=%2Fpartijen');
    expect(pathForStage('enrol', '/')).toBe('/inloggen/instellen');
    expect(pathForStage('complete', '/partijen')).toBe('/partijen');
    expect(pathForStage('complete', 'https://evil.example')).toBe('/');
  });

  it('sends a complete login with a temporary password to choose a new one first', () => {
    expect(pathForStage('complete', '/partijen', true)).toBe('/wachtwoord-wijzigen?next=%2Fpartijen');
    expect(pathForStage('complete', '/', true)).toBe('/wachtwoord-wijzigen');
    expect(pathForStage('complete', '//evil.example', true)).toBe('/wachtwoord-wijzigen');
    // The second factor still comes first.
    expect(pathForStage('mfa', '/partijen', true)).toBe('/inloggen/code?next=%2Fpartijen');
  });

  it('continues after the password change anywhere but the same page', () => {
    expect(afterPasswordChange('/profiel')).toBe('/profiel');
    expect(afterPasswordChange('/wachtwoord-wijzigen?next=%2Fprofiel')).toBe('/');
    expect(afterPasswordChange('https://evil.example')).toBe('/');
  });
});
