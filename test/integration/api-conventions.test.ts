/**
 * The API conventions every endpoint follows (issue 2 §6): problem+json for every caller mistake,
 * never a 500; API-Version and X-Request-Id on every response; strict security headers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type As, createTestApp, headersFor, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';

describe.each(dialects)('API conventions on %s', (dialect) => {
  let t: TestApp;
  let partyId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect, { BODY_LIMIT: '2048' });
    partyId = (
      await t.app.inject({ headers: headersFor(t, 'professional'), url: '/api/v1/parties?limit=1' })
    ).json().items[0].id;
  });
  afterAll(() => t.close());

  const patchParty = (payload: string, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'PATCH',
      url: `/api/v1/parties/${partyId}`,
      payload,
      headers: {
        'content-type': 'application/json',
        'if-match': '"v1"',
        ...headersFor(t, 'beheer'),
        ...headers,
      },
    });

  function expectProblem(res: Awaited<ReturnType<typeof t.app.inject>>, status: number, code: string) {
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['detail', 'instance', 'status', 'title', 'type']);
    expect(body.type).toBe(`urn:ketenhuis:problem:${code}`);
    expect(body.status).toBe(status);
    expect(body.instance).toBe(`urn:ketenhuis:request:${res.headers['x-request-id']}`);
    return body;
  }

  async function expectUnchanged() {
    const res = await t.app.inject({
      headers: headersFor(t, 'professional'),
      url: `/api/v1/parties/${partyId}`,
    });
    expect(res.headers.etag).toBe('"v1"');
  }

  it('puts API-Version and a request id on every response, errors included', async () => {
    for (const url of ['/api/v1/house', '/api/v1/nope', '/health/live']) {
      const res = await t.app.inject({ url });
      expect(res.headers['api-version']).toBe('1.0.0');
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('honours a well-formed X-Request-Id and replaces a malformed one', async () => {
    const good = await t.app.inject({ url: '/health/live', headers: { 'x-request-id': 'trace-abc-12345' } });
    expect(good.headers['x-request-id']).toBe('trace-abc-12345');
    const bad = await t.app.inject({ url: '/health/live', headers: { 'x-request-id': 'x\u0000y' } });
    expect(bad.headers['x-request-id']).not.toContain('x\u0000y');
  });

  it('answers an unknown route with a 404 problem, and a trailing slash is not the same path', async () => {
    expectProblem(
      await t.app.inject({ headers: headersFor(t, 'professional'), url: '/api/v1/does-not-exist' }),
      404,
      'not-found',
    );
    expectProblem(
      await t.app.inject({ headers: headersFor(t, 'professional'), url: '/api/v1/parties/' }),
      404,
      'not-found',
    );
  });

  it('refuses malformed JSON with 400 and changes nothing', async () => {
    expectProblem(await patchParty('{"name": "Half'), 400, 'malformed-request');
    await expectUnchanged();
  });

  it('refuses an empty JSON body with 400', async () => {
    expectProblem(await patchParty(''), 400, 'malformed-request');
  });

  it('refuses wrong types with 400 naming the field', async () => {
    const body = expectProblem(await patchParty(JSON.stringify({ name: 42 })), 400, 'validation');
    expect(body.detail).toContain('name');
    await expectUnchanged();
  });

  it('refuses unknown fields with 400 naming them', async () => {
    const body = expectProblem(
      await patchParty(JSON.stringify({ name: 'Nieuwe naam', status: 'excluded' })),
      400,
      'validation',
    );
    expect(body.detail).toContain('status');
    await expectUnchanged();
  });

  it('refuses a body over the limit with 413', async () => {
    expectProblem(await patchParty(JSON.stringify({ name: 'x'.repeat(5000) })), 413, 'payload-too-large');
    await expectUnchanged();
  });

  it('refuses a media type other than JSON with 415', async () => {
    expectProblem(
      await patchParty('name=x', { 'content-type': 'application/x-www-form-urlencoded' }),
      415,
      'unsupported-media-type',
    );
  });

  it('refuses malformed path and query parameters with 400', async () => {
    expectProblem(
      await t.app.inject({ headers: headersFor(t, 'professional'), url: '/api/v1/parties/123' }),
      400,
      'validation',
    );
    expectProblem(
      await t.app.inject({ headers: headersFor(t, 'professional'), url: '/api/v1/parties?limit=0' }),
      400,
      'validation',
    );
    expectProblem(
      await t.app.inject({ headers: headersFor(t, 'professional'), url: '/api/v1/parties?limit=abc' }),
      400,
      'validation',
    );
    expectProblem(
      await t.app.inject({ headers: headersFor(t, 'professional'), url: '/api/v1/parties?kind=bakker' }),
      400,
      'validation',
    );
    expectProblem(
      await t.app.inject({ headers: headersFor(t, 'professional'), url: '/api/v1/parties?unknown=1' }),
      400,
      'validation',
    );
    expectProblem(
      await t.app.inject({ headers: headersFor(t, 'professional'), url: '/api/v1/parties?cursor=%%%' }),
      400,
      'validation',
    );
  });

  it('refuses a well-formed cursor whose id is not an id, on every paged list (PostgreSQL compares uuids)', async () => {
    const cursor = Buffer.from(JSON.stringify({ k: '2026-01-01', id: 'not-a-uuid' })).toString('base64url');
    const lists: [As, string][] = [
      ['professional', '/api/v1/parties'],
      ['professional', '/api/v1/cases'],
      ['professional', '/api/v1/me/notifications'],
      ['beheer', '/api/v1/users'],
    ];
    for (const [as, url] of lists)
      expectProblem(
        await t.app.inject({ headers: headersFor(t, as), url: `${url}?cursor=${cursor}` }),
        400,
        'validation',
      );
  });

  it('never answers 500 to garbage', async () => {
    const attempts = [
      { method: 'POST' as const, url: '/api/v1/parties', payload: '{' },
      { method: 'PATCH' as const, url: '/api/v1/house', payload: '[]' },
      { method: 'PATCH' as const, url: '/api/v1/house', payload: 'null' },
      { method: 'GET' as const, url: `/api/v1/parties/${'a'.repeat(300)}` },
      { method: 'GET' as const, url: '/api/v1/parties?limit=1&limit=2' },
      { method: 'DELETE' as const, url: `/api/v1/parties/${partyId}` },
    ];
    for (const a of attempts) {
      const res = await t.app.inject({
        ...a,
        headers: { 'content-type': 'application/json', ...headersFor(t, 'beheer') },
      });
      expect(res.statusCode, `${a.method} ${a.url}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `${a.method} ${a.url}`).toBeLessThan(500);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('sends strict security headers', async () => {
    const res = await t.app.inject({ headers: headersFor(t, 'professional'), url: '/api/v1/house' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('serves the OpenAPI 3.1 document and its rendered docs', async () => {
    const doc = (
      await t.app.inject({ headers: headersFor(t, 'professional'), url: '/api/v1/openapi.json' })
    ).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers[0].url).toBe('/api/v1');
    expect(doc.info.contact).toMatchObject({
      name: expect.any(String),
      email: expect.any(String),
      url: expect.any(String),
    });
    for (const [path, ops] of Object.entries<
      Record<string, { responses: Record<string, Record<string, unknown>> }>
    >(doc.paths)) {
      expect(path).not.toMatch(/\/$/);
      for (const op of Object.values(ops)) {
        for (const [status, response] of Object.entries(op.responses)) {
          if (/^[23]/.test(status)) expect(response.headers).toHaveProperty('API-Version');
          if (/^[45]/.test(status)) expect(response.content).toHaveProperty(['application/problem+json']);
        }
      }
    }
    const docs = await t.app.inject({ headers: headersFor(t, 'professional'), url: '/api/docs' });
    expect([200, 302]).toContain(docs.statusCode);
  });

  it('reports liveness and readiness', async () => {
    expect(
      (await t.app.inject({ headers: headersFor(t, 'professional'), url: '/health/live' })).json(),
    ).toEqual({ status: 'ok' });
    expect(
      (await t.app.inject({ headers: headersFor(t, 'professional'), url: '/health/ready' })).json(),
    ).toEqual({ status: 'ok' });
  });
});
