/**
 * Governance part A end to end on both databases: a Stuurgroep meeting with invitation, mandate
 * (controllership refused, Bijlage 3), votes per party incl. via a mandate, the hearing rule
 * holding a decision until the absent party gave written input (Art. 5.5), the decision list read
 * by the other body (Art. 5.6), a tie in the Partneroverleg referred to the Stuurgroep (Art. 7.3),
 * the annual plan (Art. 4.4), finances (Art. 18), cadence (Art. 4.2) and the processing log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, grantSeat, headersFor, type Session, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { extraUser } from './cases-fixtures.js';
import { bodyId, seatMatrixUsers } from './governance-fixtures.js';

type Who = 'secretaris' | 'manager' | 'professional' | Session;

describe.each(dialects)('governance decisions on %s', (dialect) => {
  let t: TestApp;
  let sg: string;
  let po: string;
  const p = (key: string) => t.partyIds.get(key) as string;
  const u = {} as Record<
    'sgPolitie' | 'sgDelft' | 'poDenHaag' | 'poPolitie',
    { id: string; session: Session }
  >;

  async function call(
    as: Who,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    url: string,
    payload?: object,
    ifMatch?: string,
  ) {
    const h =
      typeof as === 'string' ? headersFor(t, as) : { cookie: as.cookie, 'x-csrf-token': as.csrfToken };
    return t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...h, ...(ifMatch ? { 'if-match': ifMatch } : {}) },
      ...(payload ? { payload } : {}),
    });
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    sg = await bodyId(t, 'stuurgroep');
    po = await bodyId(t, 'partneroverleg');
    await seatMatrixUsers(t);
    for (const [name, party, body] of [
      ['sgPolitie', 'politie-den-haag', 'stuurgroep'],
      ['sgDelft', 'delft', 'stuurgroep'],
      ['poDenHaag', 'den-haag', 'partneroverleg'],
      ['poPolitie', 'politie-den-haag', 'partneroverleg'],
    ] as const) {
      u[name] = await extraUser(t, name.toLowerCase(), ['professional'], party);
      await grantSeat(t, u[name].id, body, 'member', [party]);
    }
  });
  afterAll(() => t.close());

  async function meeting(body: string, startsAt = '2025-03-04T09:00:00Z') {
    const res = await call('secretaris', 'POST', '/meetings', {
      bodyId: body,
      title: 'Vergadering, voorjaar; agenda',
      startsAt,
      endsAt: startsAt.replace('T09', 'T11'),
      location: 'Den Haag, Spui 70',
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; version: number };
  }

  it('holds a meeting for members only, with an RFC 5545 invitation', async () => {
    const m = await meeting(sg);
    expect((await call('professional', 'GET', `/meetings/${m.id}`)).statusCode).toBe(404);
    expect((await call(u.poDenHaag.session, 'GET', `/meetings/${m.id}`)).statusCode).toBe(404);
    const seen = await call(u.sgPolitie.session, 'GET', `/meetings/${m.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().permissions).toEqual(['propose-agenda-item', 'vote']);
    expect((await call('secretaris', 'GET', `/meetings/${m.id}`)).json().permissions).toContain(
      'record-attendance',
    );
    const ics = await call(u.sgPolitie.session, 'GET', `/meetings/${m.id}/calendar`);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    expect(ics.body).toContain('DTSTART:20250304T090000Z\r\n');
    expect(ics.body).toContain('Vergadering\\, voorjaar\\; agenda');
    expect(ics.body.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect((await call('professional', 'GET', `/meetings/${m.id}/calendar`)).statusCode).toBe(404);
    const list = await call('professional', 'GET', '/meetings');
    expect(list.json().items).toEqual([]);
  });

  it('refuses a mandate covering controllership, counts votes per party with mandates, holds until heard', async () => {
    const bad = await call('secretaris', 'POST', '/mandates', {
      bodyId: sg,
      mandatorPartyId: p('rijswijk'),
      mandateePartyId: p('delft'),
      scope: ['besluiten', 'verwerkingsverantwoordelijkheid'],
      validFrom: '2025-01-01',
      confirmedOn: '2025-01-02',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toMatch(/verwerkingsverantwoordelijkheid/);
    const mandate = await call('secretaris', 'POST', '/mandates', {
      bodyId: sg,
      mandatorPartyId: p('rijswijk'),
      mandateePartyId: p('delft'),
      scope: ['inbreng', 'besluiten'],
      validFrom: '2025-01-01',
      confirmedOn: '2025-01-02',
    });
    expect(mandate.statusCode, mandate.body).toBe(201);
    expect(mandate.json()).toMatchObject({ effective: true, permissions: ['update', 'revoke'] });
    expect(
      (
        await call(u.sgDelft.session, 'POST', `/mandates`, {
          bodyId: sg,
          mandatorPartyId: p('wassenaar'),
          mandateePartyId: p('delft'),
          scope: ['besluiten'],
          validFrom: '2025-01-01',
        })
      ).statusCode,
    ).toBe(403);

    const m = await meeting(sg);
    const created = await call('secretaris', 'POST', '/decisions', {
      bodyId: sg,
      meetingId: m.id,
      title: 'Nieuwe huisvesting',
      proposal: 'Huurcontract Spui',
      affectedPartyIds: [p('zoetermeer')],
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const asDelft = await call(u.sgDelft.session, 'GET', `/decisions/${id}`);
    expect(
      asDelft
        .json()
        .votableParties.map((x: { id: string }) => x.id)
        .sort(),
    ).toEqual([p('delft'), p('rijswijk')].sort());
    expect((await call('professional', 'GET', `/decisions/${id}`)).statusCode).toBe(404);

    const meetingNow = (await call('secretaris', 'GET', `/meetings/${m.id}`)).headers.etag as string;
    const att = await call(
      'secretaris',
      'PUT',
      `/meetings/${m.id}/attendance`,
      {
        items: [
          { userId: u.sgPolitie.id, status: 'present' },
          { userId: u.sgDelft.id, status: 'present' },
        ],
      },
      meetingNow,
    );
    expect(att.statusCode, att.body).toBe(200);

    let etag = asDelft.headers.etag as string;
    const vote = async (s: Session, partyId: string, choice: string) => {
      const res = await call(s, 'POST', `/decisions/${id}/votes`, { partyId, choice }, etag);
      if (res.statusCode === 200) etag = res.headers.etag as string;
      return res;
    };
    expect((await vote(u.sgPolitie.session, p('politie-den-haag'), 'for')).statusCode).toBe(200);
    expect((await vote(u.sgPolitie.session, p('delft'), 'for')).statusCode).toBe(403);
    expect((await vote(u.sgDelft.session, p('delft'), 'for')).statusCode).toBe(200);
    const viaMandate = await vote(u.sgDelft.session, p('rijswijk'), 'against');
    expect(
      viaMandate.json().votes.find((v: { party: { id: string } }) => v.party.id === p('rijswijk')).via,
    ).toBe('mandate');
    expect(
      (
        await call(
          'secretaris',
          'POST',
          `/decisions/${id}/votes`,
          { partyId: p('delft'), choice: 'for' },
          etag,
        )
      ).statusCode,
    ).toBe(403);

    const held = await call('secretaris', 'POST', `/decisions/${id}/close`, undefined, etag);
    expect(held.statusCode, held.body).toBe(200);
    expect(held.json()).toMatchObject({ status: 'held', waitingFor: [{ id: p('zoetermeer') }] });
    etag = held.headers.etag as string;
    const input = await call(
      'secretaris',
      'POST',
      `/decisions/${id}/written-inputs`,
      { partyId: p('zoetermeer'), kind: 'written', text: 'Akkoord', receivedOn: '2025-03-05' },
      etag,
    );
    expect(input.statusCode, input.body).toBe(200);
    const closed = await call(
      'secretaris',
      'POST',
      `/decisions/${id}/close`,
      undefined,
      input.headers.etag as string,
    );
    expect(closed.json()).toMatchObject({
      status: 'adopted',
      tally: { for: 2, against: 1, abstain: 0, outcome: 'adopted' },
    });

    const list = await call('secretaris', 'POST', `/meetings/${m.id}/decision-list`);
    expect(list.statusCode, list.body).toBe(201);
    expect(list.json()).toMatchObject({
      to: { key: 'partneroverleg' },
      decisions: [{ decisionId: id, status: 'adopted', for: 2 }],
    });
    const listId = list.json().id as string;
    expect((await call(u.poDenHaag.session, 'GET', `/decision-lists/${listId}`)).statusCode).toBe(200);
    expect(
      (await call(u.poDenHaag.session, 'GET', '/decision-lists'))
        .json()
        .items.map((l: { id: string }) => l.id),
    ).toContain(listId);
    expect((await call('professional', 'GET', `/decision-lists/${listId}`)).statusCode).toBe(404);

    const logged = await t.db.kysely
      .selectFrom('processing_log')
      .select(['name', 'data_subject_id'])
      .where('data_subject_id_type', '=', 'ketenhuis-user')
      .execute();
    expect(logged).toContainEqual({ name: 'governance.attendance.record', data_subject_id: u.sgPolitie.id });
    expect(logged).toContainEqual({ name: 'governance.vote.cast', data_subject_id: u.sgDelft.id });
  });

  it('refers a Partneroverleg tie to the Stuurgroep (Art. 7.3)', async () => {
    const m = await meeting(po);
    const d = await call('secretaris', 'POST', '/decisions', {
      bodyId: po,
      meetingId: m.id,
      title: 'Werkproces',
      proposal: 'Nieuw werkproces',
    });
    let etag = d.headers.etag as string;
    for (const [who, party, choice] of [
      [u.poDenHaag, 'den-haag', 'for'],
      [u.poPolitie, 'politie-den-haag', 'against'],
    ] as const) {
      const res = await call(
        who.session,
        'POST',
        `/decisions/${d.json().id}/votes`,
        { partyId: p(party), choice },
        etag,
      );
      expect(res.statusCode, res.body).toBe(200);
      etag = res.headers.etag as string;
    }
    const closed = await call('secretaris', 'POST', `/decisions/${d.json().id}/close`, undefined, etag);
    expect(closed.json()).toMatchObject({
      status: 'undecided',
      tally: { outcome: 'tie' },
      permissions: ['refer'],
    });
    const referred = await call(
      'secretaris',
      'POST',
      `/decisions/${d.json().id}/refer`,
      undefined,
      closed.headers.etag as string,
    );
    expect(referred.json().status).toBe('referred');
    const target = await call(u.sgPolitie.session, 'GET', `/decisions/${referred.json().referredToId}`);
    expect(target.json()).toMatchObject({
      status: 'open',
      body: { key: 'stuurgroep' },
      referredFromId: d.json().id,
    });
    expect(
      (await call(u.poDenHaag.session, 'GET', `/decisions/${referred.json().referredToId}`)).statusCode,
    ).toBe(404);
  });

  it('puts only a complete annual plan to a vote and adopts it (Art. 4.4)', async () => {
    const plan = await call('manager', 'POST', '/annual-plans', { year: 2026 });
    expect(plan.statusCode, plan.body).toBe(201);
    expect(plan.json().missing).toMatch(/4\.4a/);
    const m = await meeting(sg, '2025-11-04T09:00:00Z');
    const early = await call(
      'secretaris',
      'POST',
      `/annual-plans/${plan.json().id}/propose`,
      { meetingId: m.id },
      plan.headers.etag as string,
    );
    expect(early.statusCode).toBe(409);
    const filled = await call(
      'manager',
      'PATCH',
      `/annual-plans/${plan.json().id}`,
      {
        longTermVision: 'Visie',
        priorities: 'Prioriteiten',
        budgetAndAccounts: 'Begroting',
        qualityAssurance: 'Kwaliteit',
      },
      plan.headers.etag as string,
    );
    expect(filled.json().missing).toBeNull();
    const proposed = await call(
      'secretaris',
      'POST',
      `/annual-plans/${plan.json().id}/propose`,
      { meetingId: m.id },
      filled.headers.etag as string,
    );
    expect(proposed.json().status).toBe('proposed');
    const decisionId = proposed.json().decisionId as string;
    const meetingEtag = (await call('secretaris', 'GET', `/meetings/${m.id}`)).headers.etag as string;
    await call(
      'secretaris',
      'PUT',
      `/meetings/${m.id}/attendance`,
      { items: [{ userId: u.sgPolitie.id, status: 'present' }] },
      meetingEtag,
    );
    const v = await call(
      u.sgPolitie.session,
      'POST',
      `/decisions/${decisionId}/votes`,
      { partyId: p('politie-den-haag'), choice: 'for' },
      '"v1"',
    );
    const closed = await call(
      'secretaris',
      'POST',
      `/decisions/${decisionId}/close`,
      undefined,
      v.headers.etag as string,
    );
    expect(closed.json().status).toBe('adopted');
    expect((await call('manager', 'GET', `/annual-plans/${plan.json().id}`)).json()).toMatchObject({
      status: 'adopted',
      permissions: [],
    });
  });

  it('keeps finances per year for the manager and the Stuurgroep (Art. 18)', async () => {
    const bad = await call(
      'manager',
      'PUT',
      '/finances/2025',
      {
        budgetLines: [],
        contributions: [{ partyId: p('delft'), kind: 'money', amountCents: null, description: '' }],
      },
      '"v0"',
    );
    expect(bad.statusCode).toBe(400);
    const put = await call(
      'manager',
      'PUT',
      '/finances/2025',
      {
        budgetLines: [{ category: 'Personeel', budgetCents: 500_000_00, realisedCents: 480_000_00 }],
        contributions: [
          { partyId: p('delft'), kind: 'money', amountCents: 25_000_00, description: 'Bijdrage' },
          {
            partyId: p('politie-den-haag'),
            kind: 'in_kind',
            amountCents: null,
            description: 'Gedetacheerde medewerker',
          },
        ],
      },
      '"v0"',
    );
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().totals).toEqual({
      budgetCents: 500_000_00,
      realisedCents: 480_000_00,
      contributedCents: 25_000_00,
    });
    expect((await call(u.sgDelft.session, 'GET', '/finances/2025')).json().contributions).toHaveLength(2);
    expect((await call(u.poDenHaag.session, 'GET', '/finances/2025')).statusCode).toBe(404);
    expect(
      (await call('manager', 'PUT', '/finances/2025', { budgetLines: [], contributions: [] }, '"v0"'))
        .statusCode,
    ).toBe(412);
  });

  it('shows where the Stuurgroep cadence was missed (Art. 4.2)', async () => {
    const res = await call(u.sgPolitie.session, 'GET', `/bodies/${sg}/cadence?year=2024`);
    expect(res.json()).toMatchObject({ status: 'missed', held: 0, required: 2, article: '4.2' });
    expect((await call(u.poDenHaag.session, 'GET', `/bodies/${sg}/cadence?year=2024`)).statusCode).toBe(404);
    const poCadence = await call(u.poDenHaag.session, 'GET', `/bodies/${po}/cadence?year=2024`);
    expect(poCadence.json()).toMatchObject({ rule: 'interval', intervalDays: 84, status: 'missed' });
  });
});
