/** Tests the API client: credentials, the CSRF header on mutations, and its one retry. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiRequest, getCsrfToken, onSessionProblem, requestHeaders, send, setCsrfToken } from './client';
import { ApiError } from './problem';

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': type },
  });

const problem = (status: number, code: string) =>
  json(status, { type: `urn:ketenhuis:problem:${code}`, title: code, status }, 'application/problem+json');

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('requestHeaders', () => {
  it('adds the CSRF token to mutations only', () => {
    expect(requestHeaders('GET', false, {}, 't1')['X-CSRF-Token']).toBeUndefined();
    expect(requestHeaders('POST', true, {}, 't1')['X-CSRF-Token']).toBe('t1');
    expect(requestHeaders('DELETE', false, {}, 't1')['X-CSRF-Token']).toBe('t1');
    expect(requestHeaders('POST', true, {}, null)['X-CSRF-Token']).toBeUndefined();
    expect(requestHeaders('POST', true)['Content-Type']).toBe('application/json');
    expect(requestHeaders('PATCH', true, { 'If-Match': '"v3"' })['If-Match']).toBe('"v3"');
  });
});

describe('apiRequest', () => {
  it('sends the session cookie and the current token', async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('t1');
    await send('DELETE', '/api/v1/me/sessions/x');
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.credentials).toBe('same-origin');
    expect((init.headers as Record<string, string>)['X-CSRF-Token']).toBe('t1');
  });

  it('fetches a fresh token and retries once when the server refuses the old one', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(problem(403, 'csrf'))
      .mockResolvedValueOnce(json(200, { authenticated: true, csrfToken: 't2' }))
      .mockResolvedValueOnce(json(200, { ok: true }));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('t1');
    const result = await apiRequest('POST', '/api/v1/users', { body: {} });
    expect(result.body).toEqual({ ok: true });
    expect(getCsrfToken()).toBe('t2');
    const retry = fetchMock.mock.calls[2] as [string, RequestInit];
    expect((retry[1].headers as Record<string, string>)['X-CSRF-Token']).toBe('t2');
  });

  it('tells listeners when the session has ended', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => problem(401, 'unauthenticated')),
    );
    const heard: string[] = [];
    const stop = onSessionProblem((code) => heard.push(code));
    await expect(apiRequest('GET', '/api/v1/parties')).rejects.toBeInstanceOf(ApiError);
    stop();
    expect(heard).toEqual(['unauthenticated']);
  });

  it('tells listeners when a new password must be chosen first', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => problem(403, 'password-change-required')),
    );
    const heard: string[] = [];
    const stop = onSessionProblem((code) => heard.push(code));
    await expect(apiRequest('GET', '/api/v1/parties')).rejects.toMatchObject({ status: 403 });
    stop();
    expect(heard).toEqual(['password-change-required']);
  });

  it('does not bother listeners with other refusals', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => problem(403, 'forbidden')),
    );
    const heard: string[] = [];
    const stop = onSessionProblem((code) => heard.push(code));
    await expect(apiRequest('GET', '/api/v1/users')).rejects.toBeInstanceOf(ApiError);
    stop();
    expect(heard).toEqual([]);
  });

  it('turns a failed connection into a network error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('offline');
      }),
    );
    await expect(apiRequest('GET', '/api/v1/house')).rejects.toMatchObject({ kind: 'network' });
  });
});
