/**
 * Information items (issue 6 part A; Art. 12.2f, 15.1, 16.2): providing, reading per role and
 * relation, conditions with immediate effect, withdrawal, reading before the conference (assessed
 * by the procesregisseur, approved by the provider), the house's own notes, and the processing log
 * with the provider as controller. Runs on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type As, createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { api, type Caller, extraUser } from './cases-fixtures.js';
import { buildCase, type Pool, poolOf } from './information-items-fixtures.js';

const houseWithoutRole: As[] = ['manager', 'beheer', 'privacy', 'informatiecentrum', 'secretaris'];

describe.each(dialects)('information items on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof api>;
  let pool: Pool;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    call = api(t);
    pool = await poolOf(t);
  });
  afterAll(() => t.close());

  const party = (k: string) => t.partyIds.get(k) as string;
  const item = (over: Record<string, unknown> = {}) => ({
    title: 'Zorgmijding sinds maart',
    body: 'Cliënt komt afspraken niet na.',
    regime: 'bijzonder',
    visibility: 'all-participants',
    useInActionPlan: true,
    ...over,
  });
  const create = async (as: Caller, caseId: string, over: Record<string, unknown> = {}) => {
    const res = await call(as, 'POST', `/cases/${caseId}/information-items`, item(over));
    expect(res.statusCode, res.body).toBe(201);
    return { id: res.json().id as string, etag: res.headers.etag as string };
  };
  const sees = async (as: Caller, id: string) =>
    (await call(as, 'GET', `/information-items/${id}`)).statusCode;
  const listed = async (as: Caller, caseId: string) => {
    const res = await call(as, 'GET', `/cases/${caseId}/information-items`);
    return res.statusCode === 200 ? (res.json().items as { id: string }[]).map((i) => i.id) : res.statusCode;
  };
  const heldCase = () =>
    buildCase(t, {
      stage: 'held',
      participants: [
        { userId: pool.middin1.id, partyKey: 'middin' },
        { userId: pool.parnassia.id, partyKey: 'parnassia-groep' },
      ],
      coordinatorUserId: pool.middin1.id,
    });

  it('lets a professional with a role provide an item for their party, logged with that party as controller', async () => {
    const c = await heldCase();
    const { id, etag } = await create('professional', c.id, { personIds: c.personIds });
    expect(etag).toBe('"v1"');
    const res = await call(pool.parnassia.session, 'GET', `/information-items/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      title: 'Zorgmijding sinds maart',
      body: 'Cliënt komt afspraken niet na.',
      providerKind: 'party',
      providerPartyId: party('politie-den-haag'),
      regime: 'bijzonder',
      visibleBecause: 'all-participants',
      permissions: [],
      personIds: c.personIds,
    });
    const mine = (await call('professional', 'GET', `/information-items/${id}`)).json();
    expect(mine.visibleBecause).toBe('provider');
    expect(mine.permissions).toEqual(['change-conditions', 'withdraw', 'add-attachment']);
    const log = await t.db.kysely
      .selectFrom('processing_log')
      .select(['name', 'operation', 'controller_party_id', 'data_subject_id', 'acting_user_id'])
      .where('case_id', '=', c.id)
      .where('name', 'like', 'information-item.%')
      .execute();
    const created = log.find((l) => l.name === 'information-item.create');
    expect(created).toMatchObject({ operation: 'create', controller_party_id: party('politie-den-haag') });
    expect(created?.data_subject_id).toBeTruthy();
    expect(
      log.some((l) => l.name === 'information-item.read' && l.acting_user_id === pool.parnassia.id),
    ).toBe(true);
    // Nothing of the item is stored in the clear.
    const raw = await t.db.kysely
      .selectFrom('information_items')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(raw)).not.toContain('Zorgmijding');
  });

  it('shows items per relation and condition; 404 to everyone else, in lists and details', async () => {
    const c = await heldCase();
    const all = await create(pool.parnassia.session, c.id);
    const named = await create(pool.parnassia.session, c.id, {
      visibility: 'named-parties',
      namedPartyIds: [party('middin')],
    });
    const regie = await create(pool.parnassia.session, c.id, { visibility: 'procesregisseur-only' });
    expect(await listed('professional', c.id)).toEqual([all.id]);
    expect(await listed(pool.middin1.session, c.id)).toEqual([all.id, named.id]);
    expect(await listed('procesregisseur', c.id)).toEqual([all.id, named.id, regie.id]);
    expect(await listed(pool.parnassia.session, c.id)).toEqual([all.id, named.id, regie.id]);
    // Middin's unnamed colleague has no role; GGD was not invited; house staff have no part.
    for (const who of [
      pool.middin2.session,
      pool.ggd.session,
      pool.otherRegisseur.session,
      ...houseWithoutRole,
    ]) {
      expect(await listed(who, c.id)).toBe(404);
      for (const i of [all, named, regie]) expect(await sees(who, i.id)).toBe(404);
    }
    expect(await sees('professional', named.id)).toBe(404);
    expect(await sees(pool.middin1.session, regie.id)).toBe(404);
    expect(await listed('anonymous', c.id)).toBe(401);
  });

  it('gives effect to tightened conditions and withdrawal at once; only the provider changes them', async () => {
    const c = await heldCase();
    const i = await create(pool.parnassia.session, c.id);
    expect(await sees(pool.middin1.session, i.id)).toBe(200);
    const conditions = {
      visibility: 'named-parties',
      namedPartyIds: [party('politie-den-haag')],
      useInActionPlan: false,
    };
    const byOther = await call(
      pool.middin1.session,
      'POST',
      `/information-items/${i.id}/conditions`,
      conditions,
      i.etag,
    );
    expect(byOther.statusCode, byOther.body).toBe(403);
    const noIfMatch = await call(
      pool.parnassia.session,
      'POST',
      `/information-items/${i.id}/conditions`,
      conditions,
    );
    expect(noIfMatch.statusCode).toBe(428);
    const tightened = await call(
      pool.parnassia.session,
      'POST',
      `/information-items/${i.id}/conditions`,
      conditions,
      i.etag,
    );
    expect(tightened.statusCode, tightened.body).toBe(200);
    expect(await sees(pool.middin1.session, i.id)).toBe(404);
    expect(await sees('professional', i.id)).toBe(200);
    const stale = await call(
      pool.parnassia.session,
      'POST',
      `/information-items/${i.id}/withdraw`,
      {},
      i.etag,
    );
    expect(stale.statusCode).toBe(412);
    const bad = await call(
      pool.parnassia.session,
      'POST',
      `/information-items/${i.id}/conditions`,
      { ...conditions, namedPartyIds: [] },
      '"v2"',
    );
    expect(bad.statusCode).toBe(400);
    const withdrawn = await call(
      pool.parnassia.session,
      'POST',
      `/information-items/${i.id}/withdraw`,
      {},
      '"v2"',
    );
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    for (const who of ['professional', 'procesregisseur', pool.middin1.session] as Caller[])
      expect(await sees(who, i.id)).toBe(404);
    const own = (await call(pool.parnassia.session, 'GET', `/information-items/${i.id}`)).json();
    expect(own.withdrawnAt).not.toBeNull();
    expect(own.permissions).toEqual([]);
    const again = await call(
      pool.parnassia.session,
      'POST',
      `/information-items/${i.id}/withdraw`,
      {},
      '"v3"',
    );
    expect(again.statusCode).toBe(409);
    // Expiry: once past, only the provider sees it.
    const e = await create(pool.parnassia.session, c.id, {
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(await sees(pool.middin1.session, e.id)).toBe(200);
    await t.db.kysely
      .updateTable('information_items')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', e.id)
      .execute();
    expect(await sees(pool.middin1.session, e.id)).toBe(404);
    expect(await sees(pool.parnassia.session, e.id)).toBe(200);
    const past = await call(
      pool.parnassia.session,
      'POST',
      `/cases/${c.id}/information-items`,
      item({ expiresAt: '2001-01-01T00:00:00Z' }),
    );
    expect(past.statusCode).toBe(400);
  });

  it('opens an item before the conference only after assessment by the procesregisseur and approval by the provider (Art. 12.2f)', async () => {
    const c = await buildCase(t, {
      stage: 'planned',
      participants: [{ userId: pool.middin1.id, partyKey: 'middin' }],
    });
    const i = await create('professional', c.id);
    expect(await sees(pool.middin1.session, i.id)).toBe(404);
    expect(await sees('procesregisseur', i.id)).toBe(200);
    const early = await call(
      'professional',
      'POST',
      `/information-items/${i.id}/pre-conference/approval`,
      { approve: true },
      i.etag,
    );
    expect(early.statusCode).toBe(409);
    const byProvider = await call(
      'professional',
      'POST',
      `/information-items/${i.id}/pre-conference/assessment`,
      { allow: true },
      i.etag,
    );
    expect(byProvider.statusCode).toBe(403);
    const assessed = await call(
      'procesregisseur',
      'POST',
      `/information-items/${i.id}/pre-conference/assessment`,
      { allow: true },
      i.etag,
    );
    expect(assessed.statusCode, assessed.body).toBe(200);
    expect(await sees(pool.middin1.session, i.id)).toBe(404);
    const mine = (await call('professional', 'GET', `/information-items/${i.id}`)).json();
    expect(mine.preConference).toBe('requested');
    expect(mine.permissions).toContain('approve-pre-conference');
    const told = (await call('professional', 'GET', '/me/notifications')).json();
    expect(JSON.stringify(told)).toContain('case.pre-conference-approval-requested');
    expect(JSON.stringify(told)).not.toContain('Zorgmijding');
    const byRegie = await call(
      'procesregisseur',
      'POST',
      `/information-items/${i.id}/pre-conference/approval`,
      { approve: true },
      '"v2"',
    );
    expect(byRegie.statusCode).toBe(403);
    const approved = await call(
      'professional',
      'POST',
      `/information-items/${i.id}/pre-conference/approval`,
      { approve: true },
      '"v2"',
    );
    expect(approved.statusCode, approved.body).toBe(200);
    expect(await sees(pool.middin1.session, i.id)).toBe(200);
    const refused = await call(
      'professional',
      'POST',
      `/information-items/${i.id}/pre-conference/approval`,
      { approve: false },
      '"v3"',
    );
    expect(refused.statusCode).toBe(200);
    expect(await sees(pool.middin1.session, i.id)).toBe(404);
  });

  it("keeps the house's own notes from the centrumgemeente's professionals (Art. 14.1)", async () => {
    const denHaag = await extraUser(t, 'info-den-haag', ['professional'], 'den-haag');
    const c = await buildCase(t, {
      stage: 'held',
      participants: [{ userId: denHaag.id, partyKey: 'den-haag' }],
    });
    const note = await create('procesregisseur', c.id, { visibility: 'procesregisseur-only' });
    const own = (await call('procesregisseur', 'GET', `/information-items/${note.id}`)).json();
    expect(own).toMatchObject({ providerKind: 'house', visibleBecause: 'provider' });
    const house = await t.db.kysely
      .selectFrom('house')
      .select('centrumgemeente_party_id')
      .executeTakeFirstOrThrow();
    expect(own.providerPartyId).toBe(house.centrumgemeente_party_id);
    expect(await sees(denHaag.session, note.id)).toBe(404);
    expect(await sees(pool.otherRegisseur.session, note.id)).toBe(404);
  });

  it('refuses providing to those without a part in the exchange, or about persons of another case', async () => {
    const c = await buildCase(t, { stage: 'triage', participants: [] });
    const ic = await call('informatiecentrum', 'POST', `/cases/${c.id}/information-items`, item());
    expect(ic.statusCode).toBe(403);
    const outsider = await call(pool.ggd.session, 'POST', `/cases/${c.id}/information-items`, item());
    expect(outsider.statusCode).toBe(404);
    const strangers = await call(
      pool.middin1.session,
      'POST',
      `/cases/${c.id}/information-items`,
      item({ personIds: ['01900000-0000-7000-8000-000000000000'] }),
    );
    expect(strangers.statusCode).toBe(404);
    const wrongPerson = await call(
      'professional',
      'POST',
      `/cases/${c.id}/information-items`,
      item({ personIds: ['01900000-0000-7000-8000-000000000000'] }),
    );
    expect(wrongPerson.statusCode).toBe(400);
    const list = (await call('professional', 'GET', `/cases/${c.id}/information-items`)).json();
    expect(list).toEqual({ items: [], nextCursor: null, permissions: ['create'] });
  });

  it('turns a triage answer into an item of the answering party, procesregisseur-only until that party decides otherwise', async () => {
    const c = await buildCase(t, {
      stage: 'triage',
      participants: [],
      triageAnswer: { partyKey: 'ggd-haaglanden', session: pool.ggd.session },
    });
    const id = c.triageItemId as string;
    const regie = (await call('procesregisseur', 'GET', `/information-items/${id}`)).json();
    expect(regie).toMatchObject({
      providerPartyId: party('ggd-haaglanden'),
      visibility: 'procesregisseur-only',
      body: 'Bekend bij ons\n\nLopende begeleiding',
    });
    expect(await sees('professional', id)).toBe(404);
    // The answering party sees its own item without a role in the case, and nothing else of it.
    expect(await listed(pool.ggd.session, c.id)).toEqual([id]);
    expect((await call(pool.ggd.session, 'GET', `/cases/${c.id}`)).statusCode).toBe(404);
    const widened = await call(
      pool.ggd.session,
      'POST',
      `/information-items/${id}/conditions`,
      { visibility: 'all-participants', useInActionPlan: false },
      '"v1"',
    );
    expect(widened.statusCode, widened.body).toBe(200);
    // Still before the first conference: the registering professional waits for Art. 12.2f.
    expect(await sees('professional', id)).toBe(404);
  });

  it("keeps a party's items from its colleagues without a role and from a party no longer admitted (Art. 15.3, 16.2)", async () => {
    // A named participant provides; their colleague of the same party has no role: 404, list too.
    const c = await heldCase();
    const own = await create(pool.middin1.session, c.id, { visibility: 'procesregisseur-only' });
    expect(await sees(pool.middin1.session, own.id)).toBe(200);
    expect(await sees(pool.middin2.session, own.id)).toBe(404);
    expect(await listed(pool.middin2.session, c.id)).toBe(404);
    const colleagueWithdraws = await call(
      pool.middin2.session,
      'POST',
      `/information-items/${own.id}/withdraw`,
      {},
      own.etag,
    );
    expect(colleagueWithdraws.statusCode).toBe(404);

    // A triage answer: the answering professional provided it personally and keeps the provider's
    // view without a role in the case; their colleague does not.
    const asked = await buildCase(t, {
      stage: 'triage',
      participants: [],
      triageAnswer: { partyKey: 'middin', session: pool.middin1.session },
    });
    const answer = asked.triageItemId as string;
    const mine = (await call(pool.middin1.session, 'GET', `/information-items/${answer}`)).json();
    expect(mine).toMatchObject({ visibleBecause: 'provider' });
    expect(mine.permissions).toContain('change-conditions');
    expect(await listed(pool.middin1.session, asked.id)).toEqual([answer]);
    expect(await sees(pool.middin2.session, answer)).toBe(404);
    expect(await listed(pool.middin2.session, asked.id)).toBe(404);

    // The case's protocol no longer admits Middin (the youth-group protocol does not): the party
    // loses its own items with the case — 404, also for its writes; the procesregisseur keeps them.
    await t.db.kysely
      .updateTable('cases')
      .set({ protocol_key: 'jeugdgroepen' })
      .where('id', 'in', [c.id, asked.id])
      .execute();
    for (const [caseId, id] of [
      [c.id, own.id],
      [asked.id, answer],
    ] as const) {
      expect(await sees(pool.middin1.session, id)).toBe(404);
      expect(await listed(pool.middin1.session, caseId)).toBe(404);
      expect((await call(pool.middin1.session, 'GET', `/cases/${caseId}`)).statusCode).toBe(404);
      expect(await sees('procesregisseur', id)).toBe(200);
    }
    const formerWithdraws = await call(
      pool.middin1.session,
      'POST',
      `/information-items/${own.id}/withdraw`,
      {},
      own.etag,
    );
    expect(formerWithdraws.statusCode).toBe(404);
  });

  it('never names an item on the timeline, in notifications or in the case search', async () => {
    const c = await heldCase();
    await create(pool.parnassia.session, c.id, {
      title: 'GEHEIM-MERKTEKEN-TITEL',
      body: 'GEHEIM-MERKTEKEN-TEKST',
      visibility: 'procesregisseur-only',
    });
    for (const who of ['professional', 'procesregisseur', pool.middin1.session] as Caller[]) {
      const bodies = [
        (await call(who, 'GET', `/cases/${c.id}`)).body,
        (await call(who, 'GET', '/me/notifications')).body,
        (await call(who, 'POST', '/cases/search', { person: { bsn: '111222333' } })).body,
      ];
      for (const b of bodies) expect(b).not.toContain('GEHEIM-MERKTEKEN');
    }
  });
});
