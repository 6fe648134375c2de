/**
 * The authorization matrix for the membership operations alone (Art. 19–23): every operation of
 * this module in the OpenAPI document, as every kind of caller, against test/matrix/entries.ts.
 * The full matrix test covers them too; this one fails on this module's entries only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookiePolicy } from '../../src/modules/identity/cookies.js';
import { createSession } from '../../src/modules/identity/session-store.js';
import { loadSettings } from '../../src/platform/config/env.js';
import { expected, matrix } from '../matrix/entries.js';
import { type As, createTestApp, everyone, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { membershipMatrixRequest } from './governance-membership-matrix.js';

const ours = /^\/(accessions|covenant|terminations|disputes|statements)(\/|$)/;

describe.each(dialects)('membership authorization matrix on %s', (dialect) => {
  let t: TestApp;
  let ops: string[];
  beforeAll(async () => {
    t = await createTestApp(dialect);
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    ops = Object.entries<Record<string, unknown>>(doc.paths)
      .filter(([path]) => ours.test(path))
      .flatMap(([path, byMethod]) => Object.keys(byMethod).map((m) => `${m.toUpperCase()} ${path}`));
  });
  afterAll(() => t.close());

  async function headersOf(as: As): Promise<Record<string, string>> {
    if (as === 'anonymous') return {};
    const settings = loadSettings({ DATABASE_URL: t.database.url });
    const { token, session } = await createSession(t.db.kysely, settings, t.users[as].id, 'complete', {});
    return { cookie: `${cookiePolicy(settings).name}=${token}`, 'x-csrf-token': session.csrf_token };
  }

  it('lists all 28 operations, each with an entry and a request', async () => {
    expect(ops).toHaveLength(28);
    for (const op of ops) {
      expect(matrix[op], op).toBeDefined();
      expect(await membershipMatrixRequest(t, op), op).toBeDefined();
    }
  });

  it('gives every caller exactly what the matrix says', async () => {
    for (const op of ops) {
      const expectation = matrix[op];
      if (!expectation || expectation === 'public') throw new Error(`${op} has no entry or is public`);
      for (const as of everyone) {
        const req = await membershipMatrixRequest(t, op);
        if (!req) throw new Error(op);
        const res = await t.app.inject({ ...req, headers: { ...req.headers, ...(await headersOf(as)) } });
        const label = `${op} as ${as}: ${res.statusCode} ${res.body.slice(0, 200)}`;
        const outcome = expected(expectation, as);
        if (outcome === 'ok') expect(res.statusCode, label).toBeLessThan(300);
        else if (typeof outcome === 'number') expect(res.statusCode, label).toBe(outcome);
        else expect(res.json().type, label).toBe(`urn:ketenhuis:problem:${outcome}`);
      }
    }
  });
});
