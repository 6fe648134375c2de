/**
 * The notifications of registration and assessment (issue 5 §10, Art. 12.2a): a submitted
 * registration reaches every active procesregisseur, not the registering professional; the
 * outcome (accept or reject) reaches the registering professional; a take-over reaches the
 * procesregisseur already on the case. Nobody else is told. Runs on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, createTestApp, headersFor, roleUsers, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { api, type Caller, callerHeaders, extraUser, submittedCase } from './cases-fixtures.js';

const actors = Object.keys(roleUsers) as Actor[];

describe.each(dialects)('case transition notifications on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof api>;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    call = api(t);
  });
  afterAll(() => t.close());

  const kindsOf = async (as: Caller): Promise<string[]> => {
    const headers = typeof as === 'string' ? headersFor(t, as as Actor) : callerHeaders(t, as);
    const res = await t.app.inject({ url: '/api/v1/me/notifications?limit=100', headers });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: { kind: string }[] }).items.map((i) => i.kind);
  };
  const readAll = async (as: Caller) => {
    const res = await call(as, 'POST', '/me/notifications/read-all');
    expect(res.statusCode, res.body).toBeLessThan(300);
  };

  it('tells every procesregisseur of a new registration, and no one else', async () => {
    const second = await extraUser(t, `regie-${dialect}`, ['procesregisseur'], null);
    await submittedCase(t);
    expect(await kindsOf('procesregisseur')).toContain('case.submitted');
    expect(await kindsOf(second.session)).toContain('case.submitted');
    for (const a of actors.filter((x) => x !== 'procesregisseur'))
      expect(await kindsOf(a), a).not.toContain('case.submitted');
  });

  it('tells the registering professional the outcome, and a take-over to the procesregisseur on the case', async () => {
    const other = await extraUser(t, `overname-${dialect}`, ['procesregisseur'], null);
    const { id, etag } = await submittedCase(t);
    const picked = await call('procesregisseur', 'POST', `/cases/${id}/pick-up`, {}, etag);
    expect(picked.statusCode, picked.body).toBe(200);
    await readAll('procesregisseur');
    const taken = await call(
      other.session,
      'POST',
      `/cases/${id}/take-over`,
      { reason: 'Vervanging tijdens verlof' },
      picked.headers.etag as string,
    );
    expect(taken.statusCode, taken.body).toBe(200);
    expect(await kindsOf('procesregisseur')).toContain('case.taken-over');

    await readAll('professional');
    const accepted = await call(
      'procesregisseur',
      'POST',
      `/cases/${id}/accept`,
      { reasoning: 'Voldoet aan de criteria van Bijlage 2' },
      taken.headers.etag as string,
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(await kindsOf('professional')).toContain('case.accepted');
    for (const a of ['manager', 'privacy', 'beheer', 'secretaris', 'informatiecentrum'] as Actor[])
      expect(await kindsOf(a), a).not.toContain('case.accepted');
  });

  it('tells the registering professional of a rejection', async () => {
    const { id, etag } = await submittedCase(t);
    const picked = await call('procesregisseur', 'POST', `/cases/${id}/pick-up`, {}, etag);
    const rejected = await call(
      'procesregisseur',
      'POST',
      `/cases/${id}/reject`,
      { reason: 'Geen meervoudige problematiek', advice: 'Meld aan bij het sociaal wijkteam' },
      picked.headers.etag as string,
    );
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(await kindsOf('professional')).toContain('case.rejected');
  });
});
