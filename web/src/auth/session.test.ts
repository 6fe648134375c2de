/** Tests reading GET /session answers. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getCsrfToken } from '../api/client';
import { msUntilExpiry, parseSession, reauthenticate } from './session';

const active = {
  authenticated: true,
  stage: 'complete',
  user: {
    id: '0190a5d4-0000-7000-8000-000000000001',
    email: 'beheer@demo.ketenhuis.example',
    displayName: 'Fenna de Beheerder',
    organisation: { kind: 'house', partyId: null, name: 'Zorg- en Veiligheidshuis Haaglanden' },
    roles: ['functioneel_beheer', 'something-new'],
    isDemo: true,
    totpEnabled: false,
    passwordChangeRequired: false,
  },
  csrfToken: 'token-1',
  expiresAt: '2030-01-01T12:00:00.000Z',
  idleExpiresAt: '2030-01-01T08:30:00.000Z',
};

describe('parseSession', () => {
  it('reads an anonymous session', () => {
    expect(parseSession({ authenticated: false })).toEqual({ authenticated: false, csrfToken: null });
  });

  it('reads an active session and skips roles it does not know', () => {
    const session = parseSession(active);
    expect(session?.authenticated).toBe(true);
    if (!session?.authenticated) return;
    expect(session.user.roles).toEqual(['functioneel_beheer']);
    expect(session.user.organisation.kind).toBe('house');
    expect(session.csrfToken).toBe('token-1');
  });

  it('reads whether the password must be replaced first', () => {
    const required = parseSession({ ...active, user: { ...active.user, passwordChangeRequired: true } });
    expect(required?.authenticated && required.user.passwordChangeRequired).toBe(true);
    // Servers from before the forced change leave it out.
    const { passwordChangeRequired: _left, ...older } = active.user;
    const session = parseSession({ ...active, user: older });
    expect(session?.authenticated && session.user.passwordChangeRequired).toBe(false);
    expect(
      parseSession({ ...active, user: { ...active.user, passwordChangeRequired: 'yes' } }),
    ).toBeUndefined();
  });

  it('reads the regimes the user may provide (Art. 15.2), and offers only the open ones without them', () => {
    const police = parseSession({
      ...active,
      user: { ...active.user, providableRegimes: ['gewoon', 'bijzonder', 'politie', 'geheim'] },
    });
    expect(police?.authenticated && police.user.providableRegimes).toEqual([
      'gewoon',
      'bijzonder',
      'politie',
    ]);
    const older = parseSession(active);
    expect(older?.authenticated && older.user.providableRegimes).toEqual(['gewoon', 'bijzonder']);
  });

  it('rejects broken answers', () => {
    expect(parseSession(null)).toBeUndefined();
    expect(parseSession({})).toBeUndefined();
    expect(parseSession({ ...active, stage: 'half' })).toBeUndefined();
    expect(parseSession({ ...active, csrfToken: undefined })).toBeUndefined();
    expect(parseSession({ ...active, expiresAt: 'soon' })).toBeUndefined();
    expect(
      parseSession({ ...active, user: { ...active.user, organisation: { kind: 'club' } } }),
    ).toBeUndefined();
  });

  it('expires at the earlier of idle and absolute expiry', () => {
    const session = parseSession(active);
    if (!session?.authenticated) throw new Error('expected a session');
    const now = Date.parse('2030-01-01T08:00:00.000Z');
    expect(msUntilExpiry(session, now)).toBe(30 * 60_000);
  });
});

describe('reauthenticate', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const sentBody = async (code: string | undefined) => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    await reauthenticate('geheim wachtwoord', code);
    const [path, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe('/api/v1/session/reauth');
    return JSON.parse(String(init.body)) as Record<string, unknown>;
  };

  it('sends no code key for an account without a second factor', async () => {
    const body = await sentBody(undefined);
    expect(body).toEqual({ password: 'geheim wachtwoord' });
    expect('code' in body).toBe(false);
  });

  it('sends the code for an account with an authenticator app', async () => {
    expect(await sentBody('123456')).toEqual({ password: 'geheim wachtwoord', code: '123456' });
  });

  it('fetches the rotated CSRF token right after re-authenticating', async () => {
    const fetchMock = vi.fn(async (path: string) =>
      path.endsWith('/reauth')
        ? new Response(null, { status: 204 })
        : new Response(JSON.stringify({ authenticated: true, csrfToken: 'nieuw-token' }), {
            status: 200,
            headers: { 'content-type': 'application/json' },
          }),
    );
    vi.stubGlobal('fetch', fetchMock);
    await reauthenticate('geheim wachtwoord', undefined);
    expect(fetchMock.mock.calls.map((c) => String(c[0]))).toEqual([
      '/api/v1/session/reauth',
      '/api/v1/session',
    ]);
    expect(getCsrfToken()).toBe('nieuw-token');
  });
});
