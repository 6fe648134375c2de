/**
 * The case relation matrix (issue 5: every case operation × relation; test/matrix/case-relations.ts):
 * per dialect, for every operation that acts on one case or a part of it, a case is brought through
 * the real API to the stage the operation needs and every relation calls it with a valid request.
 * Refusals never change a case, so all refused callers share one case; each further permitted
 * caller of an operation that moves the case gets a fresh one. Fails when a case operation in the
 * OpenAPI document has no row (see `isCaseOperation` for the rule).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CaseRelationActor,
  type CaseScenario,
  caseRelationActors,
  caseRelationMatrix,
  isCaseOperation,
  type RelationOutcome,
  relationExpected,
} from '../matrix/case-relations.js';
import { createTestApp, type Session, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { admitJit, type Cast, castFor } from './case-relations-cast.js';
import { type Built, buildCase } from './case-relations-fixtures.js';
import { relationRequest } from './case-relations-requests.js';
import { callerHeaders } from './cases-fixtures.js';
import { reauthenticated } from './information-disclosure-fixtures.js';

const operations = Object.keys(caseRelationMatrix).sort();

describe.each(dialects)('case relation matrix on %s', (dialect) => {
  let t: TestApp;
  let cast: Cast;
  let documented: string[];
  beforeAll(async () => {
    t = await createTestApp(dialect);
    cast = await castFor(t);
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    documented = Object.entries<Record<string, unknown>>(doc.paths).flatMap(([path, byMethod]) =>
      Object.keys(byMethod)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m) && isCaseOperation(path))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
  }, 120_000);
  afterAll(() => t?.close());

  it('has rows for every case operation in the OpenAPI document, and no stale ones', () => {
    expect(documented.length).toBeGreaterThan(40);
    expect(
      documented.filter((k) => !(k in caseRelationMatrix)),
      'case operations without rows',
    ).toEqual([]);
    expect(
      operations.filter((k) => !documented.includes(k)),
      'rows without operation',
    ).toEqual([]);
  });

  it('gives the JIT participant access while the protocol admits JIT, and none once it does not', async () => {
    const b = await buildCase(t, cast, 'planned');
    const asJit = () => call('GET /cases/{id}', 'not-admitted', b);
    await admitJit(t, true);
    try {
      expect((await asJit()).statusCode).toBe(200);
    } finally {
      await admitJit(t, false);
    }
    expect((await asJit()).statusCode).toBe(404);
  }, 60_000);

  async function call(op: string, who: CaseRelationActor, b: Built) {
    const req = await relationRequest(t, cast, op, b);
    const session = cast[who].session;
    const auth = session ? callerHeaders(t, session) : {};
    return t.app.inject({ ...req, headers: { ...req.headers, ...auth } });
  }

  type Res = Awaited<ReturnType<typeof call>>;
  const problem = (res: Res) => {
    try {
      return String(res.json().type ?? '').replace('urn:ketenhuis:problem:', '');
    } catch {
      return '';
    }
  };
  /** The outcome in the table's terms, for the failure message. */
  const outcomeOf = (res: Res): string =>
    res.statusCode < 300 ? 'ok' : `${res.statusCode} ${problem(res)} ${res.body.slice(0, 160)}`;
  function matches(expected: RelationOutcome, res: Res): boolean {
    if (expected === 'ok') return res.statusCode < 300;
    if (typeof expected === 'number') return res.statusCode === expected;
    if (expected === 'reauth') return problem(res) === 'reauth-required';
    return problem(res) === expected;
  }

  async function run(op: string, s: CaseScenario): Promise<string[]> {
    const wrong: string[] = [];
    const check = (who: CaseRelationActor, expected: RelationOutcome, res: Res) => {
      if (res.statusCode >= 500 || !matches(expected, res))
        wrong.push(`${op} [${s.stage}] as ${who}: expected ${expected}, got ${outcomeOf(res)}`);
    };
    const shared = await buildCase(t, cast, s.stage);
    const actors = caseRelationActors;
    const refused = actors.filter((w) => !['ok', 'reauth'].includes(String(relationExpected(s, w))));
    const permitted = actors.filter((w) => !refused.includes(w));
    for (const who of refused) check(who, relationExpected(s, who), await call(op, who, shared));
    const reuses = op.startsWith('GET ') || s.repeatable === true;
    for (const [i, who] of permitted.entries()) {
      const b = i === 0 || reuses ? shared : await buildCase(t, cast, s.stage);
      const expected = relationExpected(s, who);
      const first = await call(op, who, b);
      check(who, expected, first);
      if (expected !== 'reauth' || !matches('reauth', first)) continue;
      // Re-authenticated (the real endpoint), the same request succeeds.
      cast[who].session = await reauthenticated(t, cast[who].id, cast[who].session as Session);
      check(who, 'ok', await call(op, who, b));
    }
    return wrong;
  }

  it.each(operations)(
    '%s: every relation gets what the table says',
    async (op) => {
      const wrong: string[] = [];
      for (const s of caseRelationMatrix[op] ?? []) wrong.push(...(await run(op, s)));
      expect(wrong).toEqual([]);
    },
    120_000,
  );
});
