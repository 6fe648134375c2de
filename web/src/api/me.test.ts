/** Tests the own-account calls that send a body. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from './client';
import { changePassword } from './me';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('changePassword', () => {
  it('posts the current and the new password with the CSRF token', async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('t1');
    await changePassword('tijdelijk wachtwoord', 'fiets regen koffie lantaarn');
    const [path, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe('/api/v1/me/password');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['X-CSRF-Token']).toBe('t1');
    expect(JSON.parse(String(init.body))).toEqual({
      currentPassword: 'tijdelijk wachtwoord',
      newPassword: 'fiets regen koffie lantaarn',
    });
  });
});
