/**
 * GET /me/governance on both databases: a user with seats sees exactly their own seats (body, role,
 * the parties they vote for, whether they vote and whether they run the meetings, Art. 4.3, 4.6,
 * 5.4, 6.3, 6.9), a user without seats an empty list, anonymous 401; and the permissions it
 * reports agree with what the governance routes themselves answer to the same caller.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, createTestApp, headersFor, type Session, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { extraUser } from './cases-fixtures.js';
import { bodyId } from './governance-fixtures.js';

type Who = Actor | Session;
const h = (t: TestApp, as: Who) =>
  typeof as === 'string' ? headersFor(t, as) : { cookie: as.cookie, 'x-csrf-token': as.csrfToken };

describe.each(dialects)('my governance seats on %s', (dialect) => {
  let t: TestApp;
  let sg: string;
  let po: string;
  let jv: string;
  let seatless: { id: string; session: Session };
  const party = (key: string) => t.partyIds.get(key) as string;
  const mine = (as: Who) => t.app.inject({ url: '/api/v1/me/governance', headers: h(t, as) });

  /** Seats as functioneel beheer records them: through PUT /users/{id}/memberships. */
  async function seat(userId: string, items: { bodyId: string; role: string; votesForPartyIds: string[] }[]) {
    const url = `/api/v1/users/${userId}/memberships`;
    const etag = String((await t.app.inject({ url, headers: headersFor(t, 'beheer') })).headers.etag);
    const res = await t.app.inject({
      method: 'PUT',
      url,
      payload: { items },
      headers: { ...headersFor(t, 'beheer'), 'if-match': etag },
    });
    expect(res.statusCode, res.body).toBe(200);
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    sg = await bodyId(t, 'stuurgroep');
    po = await bodyId(t, 'partneroverleg');
    jv = await bodyId(t, 'jaarvergadering');
    seatless = await extraUser(t, 'zonderzetel', ['professional'], 'parnassia-groep');
  });
  afterAll(() => t.close());

  it('refuses anonymous callers with 401', async () => {
    const res = await t.app.inject({ url: '/api/v1/me/governance' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('gives users without a seat an empty list, with what their role alone lets them read', async () => {
    const expected: Record<Actor, string[]> = {
      beheer: [],
      informatiecentrum: [],
      privacy: [],
      professional: ['raise-disputes'],
      procesregisseur: ['raise-disputes'],
      secretaris: ['read-membership-records', 'raise-disputes'],
      manager: ['read-membership-records', 'read-annual-documents', 'read-finances', 'raise-disputes'],
    };
    for (const [as, permissions] of Object.entries(expected) as [Actor, string[]][]) {
      const res = await mine(as);
      expect(res.statusCode, as).toBe(200);
      expect(res.json(), as).toEqual({ items: [], permissions });
    }
  });

  it('shows a user with seats exactly their seats, in the covenant order, and nothing of others', async () => {
    await seat(t.users.professional.id, [
      { bodyId: po, role: 'member', votesForPartyIds: [party('politie-den-haag')] },
      { bodyId: sg, role: 'chair', votesForPartyIds: [party('politie-den-haag')] },
    ]);
    await seat(t.users.secretaris.id, [
      { bodyId: sg, role: 'secretary', votesForPartyIds: [] },
      { bodyId: po, role: 'secretary', votesForPartyIds: [] },
    ]);
    // House staff in the secretary's seat without the secretaris role does not run meetings (Art. 4.6).
    await seat(t.users.manager.id, [
      { bodyId: jv, role: 'secretary', votesForPartyIds: [] },
      { bodyId: po, role: 'member', votesForPartyIds: [] },
    ]);

    const politie = { id: party('politie-den-haag'), name: 'Politie Eenheid Den Haag' };
    const prof = await mine('professional');
    expect(prof.statusCode).toBe(200);
    const body = prof.json();
    expect(body.items).toEqual([
      {
        body: { id: sg, key: 'stuurgroep', name: expect.any(String) },
        role: 'chair',
        votesFor: [{ id: politie.id, name: expect.any(String) }],
        mayVote: true,
        mayManageMeetings: false,
      },
      {
        body: { id: po, key: 'partneroverleg', name: expect.any(String) },
        role: 'member',
        votesFor: [{ id: politie.id, name: expect.any(String) }],
        mayVote: true,
        mayManageMeetings: false,
      },
    ]);
    expect(body.items[0].body.name).toBe('Stuurgroep');
    expect(body.items[0].votesFor[0].name).toMatch(/Politie/);
    expect(body.permissions).toEqual([
      'read-membership-records',
      'read-annual-documents',
      'read-finances',
      'raise-disputes',
    ]);
    // Own data only: no other member appears anywhere in the answer.
    for (const other of [t.users.secretaris.id, t.users.manager.id]) expect(prof.body).not.toContain(other);

    const sec = (await mine('secretaris')).json();
    expect(sec.items.map((i: { body: { key: string } }) => i.body.key)).toEqual([
      'stuurgroep',
      'partneroverleg',
    ]);
    for (const i of sec.items) expect(i).toMatchObject({ role: 'secretary', votesFor: [], mayVote: false });
    expect(sec.items.every((i: { mayManageMeetings: boolean }) => i.mayManageMeetings)).toBe(true);

    const man = (await mine('manager')).json();
    expect(man.items).toEqual([
      expect.objectContaining({ body: expect.objectContaining({ key: 'partneroverleg' }), role: 'member' }),
      expect.objectContaining({
        body: expect.objectContaining({ key: 'jaarvergadering' }),
        role: 'secretary',
      }),
    ]);
    for (const i of man.items) expect(i).toMatchObject({ mayVote: false, mayManageMeetings: false });

    // A professional of another party without a seat still sees nothing.
    expect((await mine(seatless.session)).json()).toEqual({ items: [], permissions: ['raise-disputes'] });
  });

  it('reports the permissions the governance routes themselves enforce', async () => {
    const year = new Date().getFullYear();
    const checks = [
      ['read-membership-records', '/accessions'],
      ['read-annual-documents', '/annual-plans'],
      ['read-finances', `/finances/${year}`],
    ] as const;
    const callers: Who[] = [
      'beheer',
      'manager',
      'procesregisseur',
      'informatiecentrum',
      'secretaris',
      'privacy',
      'professional',
      seatless.session,
    ];
    for (const as of callers) {
      const permissions: string[] = (await mine(as)).json().permissions;
      for (const [permission, url] of checks) {
        const res = await t.app.inject({ url: `/api/v1${url}`, headers: h(t, as) });
        const label = `${typeof as === 'string' ? as : 'zonderzetel'} ${url}: ${res.statusCode}`;
        expect(res.statusCode, label).toBe(permissions.includes(permission) ? 200 : 404);
      }
      // The meetings list is never a 404; it holds meetings of the caller's own bodies only.
      const meetings = await t.app.inject({ url: '/api/v1/meetings', headers: h(t, as) });
      expect(meetings.statusCode).toBe(200);
    }
  });

  it('follows a change of seats at once', async () => {
    await seat(t.users.professional.id, []);
    expect((await mine('professional')).json()).toEqual({ items: [], permissions: ['raise-disputes'] });
  });
});
