/**
 * The manager's overview (issue 5 §7; Art. 11.3; domain.md: counts and metadata only): counts per
 * phase, per registering party and per month, overdue actions, dossiers waiting for their scrub,
 * and escalated cases as metadata — never a person or a text. Only the manager sees it (404 for
 * everyone else). Runs on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, everyone, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { caseInExecution, castOf } from './cases-execution-fixtures.js';
import { api, PERSON, registration } from './cases-fixtures.js';

describe.each(dialects)('manager overview on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof api>;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    call = api(t);
  });
  afterAll(() => t.close());

  it('is the manager’s alone', async () => {
    for (const as of everyone) {
      const res = await call(as, 'GET', '/manager/overview');
      const expected = as === 'anonymous' ? 401 : as === 'manager' ? 200 : 404;
      expect(res.statusCode, as).toBe(expected);
    }
    const cast = await castOf(t);
    for (const s of [cast.coordinator.session, cast.otherRegisseur.session])
      expect((await call(s, 'GET', '/manager/overview')).statusCode).toBe(404);
  });

  it('counts without persons or texts, and lists escalated cases as metadata', async () => {
    const before = (await call('manager', 'GET', '/manager/overview')).json();
    const count = (o: { byPhase: { status: string; count: number }[] }, status: string) =>
      o.byPhase.find((p) => p.status === status)?.count ?? 0;

    // A draft is not counted; an execution case with two overdue actions is.
    await call('professional', 'POST', '/cases', registration(t));
    const c = await caseInExecution(t);
    const after = (await call('manager', 'GET', '/manager/overview')).json();
    expect(count(after, 'concept')).toBe(0);
    expect(count(after, 'in_uitvoering')).toBe(count(before, 'in_uitvoering') + 1);
    expect(after.overdueActions).toBe(before.overdueActions + 2);
    const politie = t.partyIds.get('politie-den-haag');
    const byParty = (o: typeof after) =>
      o.byRegisteringParty.find((p: { partyId: string }) => p.partyId === politie)?.count ?? 0;
    expect(byParty(after)).toBe(byParty(before) + 1);
    const month = new Date().toISOString().slice(0, 7);
    const byMonth = (o: typeof after) =>
      o.byMonth.find((m: { month: string }) => m.month === month)?.count ?? 0;
    expect(byMonth(after)).toBe(byMonth(before) + 1);
    expect(after.escalated).toEqual([]);

    const escalated = await call(
      'procesregisseur',
      'POST',
      `/cases/${c.id}/escalate`,
      { reason: 'Geheime reden' },
      c.etag,
    );
    expect(escalated.statusCode).toBe(200);
    const res = await call('manager', 'GET', '/manager/overview');
    const overview = res.json();
    expect(overview.escalated).toEqual([
      {
        caseId: c.id,
        caseNumber: c.caseNumber,
        status: 'in_uitvoering',
        protocolKey: 'multiproblematiek',
        submittedAt: expect.any(String),
        escalatedAt: expect.any(String),
      },
    ]);
    for (const secret of [PERSON.name, PERSON.bsn, 'Geheime reden', 'Behandeling ggz starten', 'Overlast'])
      expect(res.body).not.toContain(secret);
    // Metadata only: reading it leaves no processing-log entry.
    const logged = await t.db.kysely
      .selectFrom('processing_log')
      .select('name')
      .where('acting_user_id', '=', t.users.manager.id)
      .execute();
    expect(logged).toEqual([]);
  });
});
