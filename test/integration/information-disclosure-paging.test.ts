/**
 * Paging of a case's disclosure requests (Art. 9.2, 17; issue 6): GET /cases/{id}/disclosures is
 * cursor-paginated (limit 1–100, default 25, opaque cursor, newest first by created_at and id),
 * filtered in SQL with the same rule as before (requester, assigned procesregisseur, whoever may
 * decide on one of its items; within a request only the items the caller may see). Every caller
 * gets exactly what the unpaginated list gave (information-disclosure-paging-fixtures.ts
 * `referenceList`), each visible request exactly once across pages, none invisible; only the
 * page is unsealed and logged; a bad cursor or limit is a 400 problem; and a caller without a
 * relation who sees no request gets 404 on every page. Runs on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type As, createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { api, type Caller, extraUser } from './cases-fixtures.js';
import { provideItem } from './information-disclosure-fixtures.js';
import {
  cursorOf,
  type Listed,
  pagedList,
  pastTheEnd,
  referenceList,
} from './information-disclosure-paging-fixtures.js';
import { buildCase, type Pool, poolOf } from './information-items-fixtures.js';

const BODY = { recipient: 'Derde', purpose: 'Doel', legalBasis: 'Art. 6 lid 1 sub e AVG' };

describe.each(dialects)('disclosure list pages on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof api>;
  let pool: Pool;
  let denHaag: { id: string; session: Caller };
  beforeAll(async () => {
    t = await createTestApp(dialect);
    call = api(t);
    pool = await poolOf(t);
    // A professional of the centrumgemeente: the house's notes are provided under its name.
    denHaag = await extraUser(t, 'disc-den-haag', ['professional'], 'den-haag');
  }, 120_000);
  afterAll(() => t.close());

  const list = (as: Caller, caseId: string, query = '') =>
    call(as, 'GET', `/cases/${caseId}/disclosures${query}`);
  const request = async (as: Caller, caseId: string, itemIds: string[]) => {
    const res = await call(as, 'POST', `/cases/${caseId}/disclosures`, { itemIds, ...BODY });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };

  /**
   * A held case: politie registers, Middin (coordinator) and Parnassia and Den Haag take part, GGD
   * answered the triage without a role. Items: politie's (A), Middin's (B), Parnassia's named for
   * Middin only (C), a house note (H), GGD's triage answer for the procesregisseur only (T). Eight
   * requests by different requesters; then B is withdrawn, so that from then on only its provider
   * sees it in the requests that hold it (Art. 16.2), while those requests stay visible.
   */
  async function world() {
    const c = await buildCase(t, {
      stage: 'held',
      participants: [
        { userId: pool.middin1.id, partyKey: 'middin' },
        { userId: pool.parnassia.id, partyKey: 'parnassia-groep' },
        { userId: denHaag.id, partyKey: 'den-haag' },
      ],
      coordinatorUserId: pool.middin1.id,
      triageAnswer: { partyKey: 'ggd-haaglanden', session: pool.ggd.session },
    });
    const A = await provideItem(t, c.id, 'professional', { title: 'A', body: 'a' });
    const B = await provideItem(t, c.id, pool.middin1.session, { title: 'B', body: 'b' });
    const C = await provideItem(t, c.id, pool.parnassia.session, {
      title: 'C',
      body: 'c',
      visibility: 'named-parties',
      namedPartyIds: [t.partyIds.get('middin')],
    });
    const H = await provideItem(t, c.id, 'procesregisseur', { title: 'H', body: 'h' });
    const T = c.triageItemId as string;
    const d = [
      await request('professional', c.id, [A]), // d1
      await request(pool.middin1.session, c.id, [B, C]), // d2
      await request('procesregisseur', c.id, [T]), // d3
      await request('professional', c.id, [A, B]), // d4
      await request(pool.parnassia.session, c.id, [C]), // d5
      await request('procesregisseur', c.id, [H, A]), // d6
      await request(pool.middin1.session, c.id, [B]), // d7
      await request(denHaag.session, c.id, [B, A]), // d8
    ];
    await t.db.kysely
      .updateTable('information_items')
      .set({ withdrawn_at: new Date().toISOString() })
      .where('id', '=', B)
      .execute();
    return { c, items: { A, B, C, H, T }, d };
  }

  const everyCaller = (): [string, Caller, string][] => [
    ['politie', 'professional', t.users.professional.id],
    ['procesregisseur', 'procesregisseur', t.users.procesregisseur.id],
    ['middin1', pool.middin1.session, pool.middin1.id],
    ['middin2', pool.middin2.session, pool.middin2.id],
    ['parnassia', pool.parnassia.session, pool.parnassia.id],
    ['den-haag', denHaag.session, denHaag.id],
    ['ggd', pool.ggd.session, pool.ggd.id],
    ['politie-collega', pool.politieColleague.session, pool.politieColleague.id],
    ['andere-regisseur', pool.otherRegisseur.session, pool.otherRegisseur.id],
    ...(['manager', 'beheer', 'privacy', 'informatiecentrum', 'secretaris'] as As[]).map(
      (a): [string, Caller, string] => [a, a, t.users[a as Exclude<As, 'anonymous'>].id],
    ),
  ];

  it('gives every caller exactly the requests and items of the unpaginated list, each once, newest first', async () => {
    const { c, items, d } = await world();
    const [d1, d2, d3, d4, d5, d6, d7, d8] = d as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const { A, B, C, H, T } = items;
    // Written out for a few callers, so that the reference itself is checked against the rule.
    const expected: Record<string, Listed[] | 404> = {
      // Requester of d1 and d4; decides on A in d6 and d8. B is withdrawn: only Middin sees it.
      politie: [
        { id: d8, itemIds: [A] },
        { id: d6, itemIds: [H, A] },
        { id: d4, itemIds: [A] },
        { id: d1, itemIds: [A] },
      ],
      // Every request; B is withdrawn, and a withdrawn item is its provider's only.
      procesregisseur: [
        { id: d8, itemIds: [A] },
        { id: d7, itemIds: [] },
        { id: d6, itemIds: [H, A] },
        { id: d5, itemIds: [C] },
        { id: d4, itemIds: [A] },
        { id: d3, itemIds: [T] },
        { id: d2, itemIds: [C] },
        { id: d1, itemIds: [A] },
      ],
      // Requester of d2 and d7, decides on B in d4 and d8; not on C (Parnassia's) in d5.
      middin1: [
        { id: d8, itemIds: [B, A] },
        { id: d7, itemIds: [B] },
        { id: d4, itemIds: [A, B] },
        { id: d2, itemIds: [B, C] },
      ],
      // Decides on C in d2 (where B is withdrawn) and requested d5.
      parnassia: [
        { id: d5, itemIds: [C] },
        { id: d2, itemIds: [C] },
      ],
      // Requested d8; never decides on the house's note (H): that is the procesregisseur's.
      'den-haag': [{ id: d8, itemIds: [A] }],
      // No relation to the case, but provided the triage answer and decides on it in d3.
      ggd: [{ id: d3, itemIds: [T] }],
      middin2: 404,
      'politie-collega': 404,
      'andere-regisseur': 404,
      manager: 404,
    };
    for (const [label, as, userId] of everyCaller()) {
      const reference = await referenceList(t, userId, c.id);
      if (label in expected) expect(reference, `reference for ${label}`).toEqual(expected[label]);
      for (const limit of [1, 2, 3, undefined]) {
        const paged = await pagedList(t, as, c.id, limit, `${label} limit ${limit}`);
        expect(paged, `${label} limit ${limit}`).toEqual(reference);
      }
    }
  });

  it('orders requests made in the same instant by id, across page boundaries', async () => {
    const { c, d } = await world();
    await t.db.kysely
      .updateTable('disclosure_requests')
      .set({ created_at: '2025-06-01T10:00:00.000Z' })
      .where('case_id', '=', c.id)
      .execute();
    const byIdDesc = [...d].sort().reverse();
    const regisseur = await pagedList(t, 'procesregisseur', c.id, 3, 'procesregisseur');
    expect((regisseur as Listed[]).map((x) => x.id)).toEqual(byIdDesc);
    for (const [label, as, userId] of everyCaller())
      expect(await pagedList(t, as, c.id, 2, label), label).toEqual(await referenceList(t, userId, c.id));
  });

  it('unseals and logs only the page (Art. 17): nothing for an empty page', async () => {
    const { c, d } = await world();
    const readLog = () =>
      t.db.kysely
        .selectFrom('processing_log')
        .select(['controller_party_id', 'trace_id'])
        .where('name', '=', 'disclosure.read')
        .where('case_id', '=', c.id)
        .where('acting_user_id', '=', t.users.professional.id)
        .orderBy('seq')
        .execute();
    // Requests beyond the first page, or not the caller's to see, are never opened: a broken seal
    // there does not break the page (the unpaginated list opened every visible request).
    const [d1, , , , d5] = d as string[];
    const broken = 'v1.AAAA.AAAA';
    const sealed = await t.db.kysely
      .selectFrom('disclosure_requests')
      .select(['id', 'recipient_enc'])
      .where('id', 'in', [d1 as string, d5 as string])
      .execute();
    await t.db.kysely
      .updateTable('disclosure_requests')
      .set({ recipient_enc: broken })
      .where('id', 'in', [d1 as string, d5 as string])
      .execute();
    const before = (await readLog()).length;
    const first = await list('professional', c.id, '?limit=1');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().items.map((x: { id: string }) => x.id)).toEqual([d[7]]);
    // One data subject: one entry per controller of the page's visible items (A: politie), one trace.
    const logged = (await readLog()).slice(before);
    expect(logged.map((l) => l.controller_party_id)).toEqual([t.partyIds.get('politie-den-haag')]);
    for (const row of sealed)
      await t.db.kysely
        .updateTable('disclosure_requests')
        .set({ recipient_enc: row.recipient_enc })
        .where('id', '=', row.id)
        .execute();
    // A page past the end, for a caller with a role: 200, empty, nothing unsealed or logged.
    const count = (await readLog()).length;
    const empty = await list('professional', c.id, `?cursor=${pastTheEnd}`);
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json()).toEqual({ items: [], nextCursor: null });
    expect((await readLog()).length).toBe(count);
  });

  it('refuses a bad cursor or limit with a 400 problem', async () => {
    const { c } = await world();
    const bad = [
      '?cursor=niet-een-cursor',
      `?cursor=${Buffer.from('{"k":1}').toString('base64url')}`,
      `?cursor=${cursorOf('2025-06-01T10:00:00.000Z', 'geen-uuid')}`,
      `?cursor=${cursorOf('', '00000000-0000-7000-8000-000000000000')}`,
      `?cursor=${'a'.repeat(501)}`,
      '?limit=0',
      '?limit=101',
      '?limit=twee',
      '?page=2',
    ];
    for (const query of bad)
      for (const as of ['professional', 'procesregisseur', pool.middin2.session] as Caller[]) {
        const res = await list(as, c.id, query);
        expect(res.statusCode, `${query}: ${res.body}`).toBe(400);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json().type).toBe('urn:ketenhuis:problem:validation');
      }
    expect((await list('professional', c.id, '?limit=100')).statusCode).toBe(200);
  });

  it('answers 404 on every page to a caller without a relation who sees no request; 200 to one who does', async () => {
    const { c, d } = await world();
    const first = await list('procesregisseur', c.id, '?limit=2');
    const real = first.json().nextCursor as string;
    expect(real).toBeTruthy();
    const queries = ['', '?limit=2', `?limit=2&cursor=${real}`, `?cursor=${pastTheEnd}`];
    for (const who of [
      pool.middin2.session,
      pool.politieColleague.session,
      pool.otherRegisseur.session,
      ...(['manager', 'beheer', 'privacy', 'informatiecentrum', 'secretaris'] as Caller[]),
    ])
      for (const query of queries) expect((await list(who, c.id, query)).statusCode, query).toBe(404);
    // GGD has no relation but decides on its triage answer in d3: a page past it is 200 and empty.
    const ggd = await list(pool.ggd.session, c.id, `?cursor=${pastTheEnd}`);
    expect(ggd.statusCode, ggd.body).toBe(200);
    expect(ggd.json()).toEqual({ items: [], nextCursor: null });
    expect((await list(pool.ggd.session, c.id)).json().items.map((x: { id: string }) => x.id)).toEqual([
      d[2],
    ]);
    const unknown = await list('procesregisseur', '01900000-0000-7000-8000-000000000000', `?cursor=${real}`);
    expect(unknown.statusCode).toBe(404);
    expect((await list('anonymous', c.id, `?cursor=${real}`)).statusCode).toBe(401);
  });
});
