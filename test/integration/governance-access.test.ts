/**
 * Access to every governance (part A) operation for every role, on both databases: the entries of
 * test/matrix/entries.ts for these operations, run with the requests of governance-fixtures.ts
 * (Art. 4.6, 5.7, 6.9, 7.5, 18.2). Independent of the other modules' matrix set-up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expected, matrix } from '../matrix/entries.js';
import { createTestApp, everyone, headersFor, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { governanceMatrixRequest } from './governance-fixtures.js';

const ours =
  /^(GET|POST|PUT|PATCH) \/(mandates|meetings|agenda-items|decisions|decision-lists|annual-plans|annual-reports|finances)\b|^GET \/bodies\/\{id\}\/cadence$/;

describe.each(dialects)('governance access per role on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('covers every governance operation of the OpenAPI document', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    const documented = Object.entries<Record<string, unknown>>(doc.paths).flatMap(([path, byMethod]) =>
      Object.keys(byMethod).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const mine = documented.filter((k) => ours.test(k));
    expect(mine.length).toBe(39);
    for (const k of mine) expect(matrix[k], k).toBeDefined();
  });

  it('gives every role what the matrix says', { timeout: 300_000 }, async () => {
    let counter = 0;
    const keys = Object.keys(matrix).filter((k) => ours.test(k));
    for (const key of keys) {
      const e = matrix[key];
      if (!e || e === 'public') throw new Error(`${key} must not be public`);
      for (const as of everyone) {
        const req = await governanceMatrixRequest(t, key, ++counter);
        if (!req) throw new Error(`no request for ${key}`);
        const res = await t.app.inject({ ...req, headers: { ...req.headers, ...headersFor(t, as) } });
        const label = `${key} as ${as}: ${res.statusCode} ${res.body.slice(0, 300)}`;
        const outcome = expected(e, as);
        if (outcome === 'ok') expect(res.statusCode, label).toBeLessThan(300);
        else if (typeof outcome === 'number') expect(res.statusCode, label).toBe(outcome);
        else expect(res.json().type, label).toBe(`urn:ketenhuis:problem:${outcome}`);
      }
    }
  });
});
