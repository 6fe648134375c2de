/**
 * Withdrawal (Art. 23.1, 21.3) and exclusion (23.2) over the real API: each takes effect at once,
 * and a user of that party, signed in through the real login, loses access on the next request.
 * The lasting duty of secrecy is recorded (23.3).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, everyone, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { extraUser } from './cases-fixtures.js';
import { api, type Headers } from './governance-membership-fixtures.js';

describe.each(dialects)('withdrawal and exclusion (Art. 23) on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof api>;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    call = api(t);
  });
  afterAll(() => t.close());

  const headersOf = (s: { cookie: string; csrfToken: string }): Headers => ({
    cookie: s.cookie,
    'x-csrf-token': s.csrfToken,
  });
  const party = (key: string) => t.partyIds.get(key) ?? '';
  const notice = (kind: string, key: string, extra: object = {}) => ({
    kind,
    partyId: party(key),
    noticeOn: '2025-02-01',
    reference: `brief ${key}`,
    text:
      kind === 'exclusion'
        ? 'Afspraken over informatiebeveiliging niet nagekomen (Art. 17.3).'
        : 'Wij zeggen het convenant op.',
    ...extra,
  });

  it('23.2: exclusion needs a notice of default, then a majority; the users lose access at once', async () => {
    const member = await extraUser(t, 'fivoor-professional', ['professional'], 'fivoor');
    const h = headersOf(member.session);
    expect((await call(h, 'GET', '/cases')).status).toBe(200);

    expect((await call('manager', 'POST', '/terminations', notice('exclusion', 'fivoor'))).status).toBe(403);
    const inDefault = await call('secretaris', 'POST', '/terminations', notice('exclusion', 'fivoor'));
    expect(inDefault.status).toBe(201);
    expect(inDefault.body).toMatchObject({ status: 'in_default', permissions: ['decide'] });
    expect(inDefault.body.lastingDuties).toEqual([
      expect.objectContaining({ article: '23.3', duty: 'geheimhouding' }),
    ]);
    // A notice of default alone changes nothing for the party.
    expect((await call(h, 'GET', '/cases')).status).toBe(200);

    const id = inDefault.body.id as string;
    const before = {
      decidedOn: '2025-01-15',
      reference: 'SG 2025-01',
      votesFor: 6,
      votesAgainst: 1,
      abstentions: 0,
    };
    const early = await call('secretaris', 'POST', `/terminations/${id}/decision`, before, inDefault.etag);
    expect(early.status).toBe(400);
    expect(early.body.detail).toContain('Art. 23.2');

    const decided = await call(
      'secretaris',
      'POST',
      `/terminations/${id}/decision`,
      { ...before, decidedOn: '2025-03-01' },
      inDefault.etag,
    );
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({
      status: 'effective',
      party: { status: 'excluded' },
      decision: { votesFor: 6 },
    });
    expect(decided.body.effectiveAt).toBeTruthy();
    // The very next request of the excluded party's user is refused.
    expect((await call(h, 'GET', '/cases')).status).toBe(401);
    expect((await call(h, 'GET', '/parties')).status).toBe(401);
  });

  it('23.2: a tie is not a majority; the party stays', async () => {
    const inDefault = await call('secretaris', 'POST', '/terminations', notice('exclusion', 'limor'));
    const decided = await call(
      'secretaris',
      'POST',
      `/terminations/${inDefault.body.id}/decision`,
      { decidedOn: '2025-03-01', reference: 'SG 2025-03', votesFor: 4, votesAgainst: 4, abstentions: 3 },
      inDefault.etag,
    );
    expect(decided.body).toMatchObject({ status: 'not_excluded', party: { status: 'active' } });
    // A decision is taken once.
    const again = await call(
      'secretaris',
      'POST',
      `/terminations/${inDefault.body.id}/decision`,
      { decidedOn: '2025-03-02', reference: 'x', votesFor: 9, votesAgainst: 0, abstentions: 0 },
      decided.etag,
    );
    expect(again.status).toBe(409);
  });

  it('23.1: a written withdrawal takes effect at once; its users lose access on the next request', async () => {
    const member = await extraUser(t, 'exodus-professional', ['professional'], 'exodus');
    const h = headersOf(member.session);
    expect((await call(h, 'GET', '/cases')).status).toBe(200);
    const res = await call('secretaris', 'POST', '/terminations', notice('withdrawal', 'exodus'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'withdrawal',
      status: 'effective',
      party: { status: 'withdrawn' },
    });
    expect((await call(h, 'GET', '/cases')).status).toBe(401);
    // A withdrawn party cannot withdraw or be excluded again.
    const again = await call('secretaris', 'POST', '/terminations', notice('exclusion', 'exodus'));
    expect(again.status).toBe(409);
    expect(again.body.detail).toContain('Art. 23.2');
  });

  it('21.3: a withdrawal over an amendment takes effect as of its entry into force, not before', async () => {
    const future = await call('secretaris', 'POST', '/covenant/versions', {
      label: 'Wijziging 2099',
      summary: 'Nieuwe tekst van Art. 15',
      decidedOn: '2025-03-01',
      reference: 'SG 2025-03 punt 4',
      entryIntoForce: '2099-01-01',
    });
    expect(future.status).toBe(201);
    const res = await call(
      'secretaris',
      'POST',
      '/terminations',
      notice('withdrawal', 'barka', { amendmentId: future.body.id }),
    );
    expect(res.body).toMatchObject({
      status: 'announced',
      effectiveOn: '2099-01-01',
      party: { status: 'active' },
      permissions: ['take-effect'],
    });
    const take = await call('secretaris', 'POST', `/terminations/${res.body.id}/take-effect`, {}, res.etag);
    expect(take.status).toBe(409);
    expect(take.body.detail).toContain('Art. 21.3');

    const past = await call('secretaris', 'POST', '/covenant/versions', {
      label: 'Wijziging 2024',
      summary: 'Nieuwe tekst van Art. 19',
      decidedOn: '2024-01-10',
      reference: 'SG 2024-01',
      entryIntoForce: '2024-03-01',
    });
    const now = await call(
      'secretaris',
      'POST',
      '/terminations',
      notice('withdrawal', 'humanitas', { amendmentId: past.body.id }),
    );
    expect(now.body).toMatchObject({ status: 'effective', party: { status: 'withdrawn' } });
  });

  it('is recorded by the secretary and read by secretary, manager and delegates; others 404', async () => {
    const list = await call('secretaris', 'GET', '/terminations');
    const id = (list.body.items as { id: string }[])[0]?.id;
    for (const as of everyone) {
      const expected = as === 'anonymous' ? 401 : ['secretaris', 'manager'].includes(as) ? 200 : 404;
      expect([as, (await call(as, 'GET', '/terminations')).status]).toEqual([as, expected]);
      expect([as, (await call(as, 'GET', `/terminations/${id}`)).status]).toEqual([as, expected]);
      const create = await call(as, 'POST', '/terminations', notice('exclusion', 'perspektief'));
      expect([as, create.status]).toEqual([as, as === 'manager' ? 403 : expected === 200 ? 201 : expected]);
    }
  });
});
