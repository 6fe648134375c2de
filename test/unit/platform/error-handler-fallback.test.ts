/**
 * A 4xx error that names no problem code of its own (a plugin's, say) gets the generic code of its
 * status — never a domain code that shares the status (a 403 is not "password-change-required", a
 * 422 not "regime-not-allowed") — and a status without one becomes 400 malformed-request.
 */
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerErrorHandling } from '../../../src/platform/http/error-handler.js';

describe('problems for errors without a code of their own', () => {
  const app = Fastify({ logger: false });
  beforeAll(async () => {
    registerErrorHandling(app);
    app.get('/fails/:status', async (request) => {
      const err = new Error('plugin failure') as Error & { statusCode: number };
      err.statusCode = Number((request.params as { status: string }).status);
      throw err;
    });
    await app.ready();
  });
  afterAll(() => app.close());

  it.each([
    [403, 403, 'forbidden'],
    [409, 409, 'conflict'],
    [422, 400, 'malformed-request'],
    [418, 400, 'malformed-request'],
  ])('answers a %i with %i %s', async (thrown, status, code) => {
    const res = await app.inject({ url: `/fails/${thrown}` });
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().type).toContain(code);
  });
});
