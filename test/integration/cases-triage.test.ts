/**
 * Triage end to end (issue 5 §3; Art. 1.8, 12.2b, 15.3): information requests by the
 * procesregisseur and the informatiecentrum, the asked party's limited view and answer, refusal of
 * parties the protocol does not admit, who sees what (404 for everyone without a role, and for
 * the asked party on the case itself), the outcome, and the "next triage" list. Both dialects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '../support/app.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { extraUser, PERSON } from './cases-fixtures.js';
import { flow, inDays } from './cases-triage-fixtures.js';

describe.each(dialects)('triage on %s', (dialect) => {
  let t: TestApp;
  let f: ReturnType<typeof flow>;
  let middin: Session;
  let middin2: Session;
  let barka: Session;
  let otherRegie: Session;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    f = flow(t);
    middin = (await extraUser(t, 'middin-a', ['professional'], 'middin')).session;
    middin2 = (await extraUser(t, 'middin-b', ['professional'], 'middin')).session;
    barka = (await extraUser(t, 'barka-a', ['professional'], 'barka')).session;
    otherRegie = (await extraUser(t, 'regie-b', ['procesregisseur'], null)).session;
  });
  afterAll(() => t.close());

  const ask = (
    caseId: string,
    party: string,
    as: string | Session = 'procesregisseur',
    deadline = inDays(7),
  ) =>
    f.call(as, 'POST', `/cases/${caseId}/information-requests`, {
      partyId: t.partyIds.get(party),
      question: 'Is uw organisatie betrokken bij Jan de Vries?',
      deadline,
    });

  it('asks a party, which answers in its limited view; the answer is its item, not stored on the request', async () => {
    const c = await f.inTriage();
    const sent = await f.ok(await ask(c.id, 'middin'), 201);
    const reqId = sent.json().id as string;
    expect(sent.json()).toMatchObject({ status: 'open', answer: null, overdue: false });
    const byIc = await f.ok(await ask(c.id, 'politie-den-haag', 'informatiecentrum'), 201);
    expect(byIc.json().partyId).toBe(t.partyIds.get('politie-den-haag'));

    // The asked party's list and limited view: case number, question, deadline, name and birth date.
    const list = await f.ok(await f.call(middin, 'GET', '/information-requests'));
    const item = list.json().items.find((i: { id: string }) => i.id === reqId);
    expect(item).toMatchObject({
      status: 'open',
      persons: [{ name: PERSON.name, birthDate: PERSON.birthDate }],
      permissions: ['answer'],
    });
    expect(JSON.stringify(item)).not.toContain(PERSON.bsn);
    expect(JSON.stringify(item)).not.toContain(PERSON.address);
    expect(JSON.stringify(item)).not.toContain('Overlast');
    // ...but never the case itself.
    expect((await f.call(middin, 'GET', `/cases/${c.id}`)).statusCode).toBe(404);
    expect((await f.call(middin, 'GET', `/cases/${c.id}/information-requests`)).statusCode).toBe(404);
    // Another party does not see the request.
    expect((await f.call(barka, 'GET', `/information-requests/${reqId}`)).statusCode).toBe(404);
    expect((await f.call(barka, 'GET', '/information-requests')).json().items).toEqual([]);

    const one = await f.ok(await f.call(middin2, 'GET', `/information-requests/${reqId}`));
    const answered = await f.ok(
      await f.call(
        middin2,
        'POST',
        `/information-requests/${reqId}/answer`,
        { involved: true, summary: 'Bekend bij begeleid wonen', information: 'Sinds 2022 in begeleiding' },
        one.headers.etag as string,
      ),
    );
    expect(answered.json().version).toBe(2);
    // Twice is a conflict (after If-Match is right), a stale ETag 412.
    const again = await f.call(
      middin,
      'POST',
      `/information-requests/${reqId}/answer`,
      { involved: false, summary: 'x' },
      '"v2"',
    );
    expect(again.statusCode).toBe(409);
    expect(
      (
        await f.call(
          middin,
          'POST',
          `/information-requests/${reqId}/answer`,
          { involved: false, summary: 'x' },
          '"v1"',
        )
      ).statusCode,
    ).toBe(412);

    // Sealed at rest, and the request keeps no copy of the answer (backlog 18): who and when only.
    const raw = await t.db.kysely
      .selectFrom('case_information_requests')
      .selectAll()
      .where('id', '=', reqId)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(raw)).not.toContain('begeleid wonen');
    expect(JSON.stringify(raw)).not.toContain('Jan de Vries');
    expect(raw).toMatchObject({
      status: 'answered',
      involved: null,
      summary_enc: null,
      information_enc: null,
    });
    expect(raw.answered_at).not.toBeNull();

    // The content comes from the answering party's item: the procesregisseur sees every live item
    // (Art. 12.2f); the informatiecentrum has no role in the exchange and sees that it was answered.
    const answerItem = await t.db.kysely
      .selectFrom('information_items')
      .select('id')
      .where('source_request_id', '=', reqId)
      .executeTakeFirstOrThrow();
    const regie = (await f.ok(await f.call('procesregisseur', 'GET', `/cases/${c.id}/information-requests`)))
      .json()
      .items.find((i: { id: string }) => i.id === reqId);
    expect(regie.answer).toMatchObject({
      answeredAt: raw.answered_at,
      content: {
        itemId: answerItem.id,
        involved: true,
        text: 'Bekend bij begeleid wonen\n\nSinds 2022 in begeleiding',
      },
    });
    const ic = await f.ok(await f.call('informatiecentrum', 'GET', `/cases/${c.id}/information-requests`));
    expect(ic.json().items.find((i: { id: string }) => i.id === reqId).answer).toMatchObject({
      answeredAt: raw.answered_at,
      content: null,
    });
    expect(ic.body).not.toContain('begeleid');
    expect(ic.body).not.toContain(answerItem.id);
    // In the limited view, the professional who answered sees it (the item's provider); a
    // colleague of the same party without a role only that it was answered (Art. 16.2).
    const own = (await f.ok(await f.call(middin2, 'GET', `/information-requests/${reqId}`))).json();
    expect(own.answer.content).toMatchObject({ itemId: answerItem.id, involved: true });
    const colleague = await f.ok(await f.call(middin, 'GET', `/information-requests/${reqId}`));
    expect(colleague.json().answer).toMatchObject({ content: null });
    expect(colleague.body).not.toContain('begeleid');
    // The registering professional sees the case, not the other parties' answers.
    expect((await f.call('professional', 'GET', `/cases/${c.id}/information-requests`)).statusCode).toBe(403);

    // The answer is logged as provided by the answering party (Art. 16.2); the reads per reader.
    const log = await t.db.kysely
      .selectFrom('processing_log')
      .select(['name', 'controller_party_id', 'acting_party_id', 'processing_activity_id'])
      .where('case_id', '=', c.id)
      .execute();
    const answer = log.find((l) => l.name === 'case.information-request.answer');
    expect(answer?.controller_party_id).toBe(t.partyIds.get('middin'));
    expect(answer?.processing_activity_id).toMatch(/verwerking:triage$/);
    expect(
      log.some(
        (l) => l.name === 'case.information-request.read' && l.acting_party_id === t.partyIds.get('middin'),
      ),
    ).toBe(true);

    // The asked party's professionals were told, without personal data.
    const notes = await t.db.kysely
      .selectFrom('notifications')
      .selectAll()
      .where('kind', '=', 'case.information-requested')
      .execute();
    expect(notes.some((n) => n.link === `/bevragingen/${reqId}`)).toBe(true);
  });

  it('refuses parties the protocol does not admit, past deadlines, and callers without the triage role', async () => {
    const c = await f.inTriage({ protocolKey: 'radicalisering', partnersInvolved: [] });
    const refused = await ask(c.id, 'middin');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().detail).toContain('privacyprotocol');
    expect((await ask(c.id, 'politie-den-haag', 'procesregisseur', inDays(-1))).statusCode).toBe(400);
    await f.ok(await ask(c.id, 'politie-den-haag'), 201);

    expect((await ask(c.id, 'politie-den-haag', 'professional')).statusCode).toBe(403);
    for (const who of [otherRegie, 'manager', 'beheer', 'privacy', 'secretaris', barka] as const)
      expect((await ask(c.id, 'politie-den-haag', who as never)).statusCode).toBe(404);
    expect((await f.call(otherRegie, 'GET', `/cases/${c.id}`)).statusCode).toBe(404);
    expect((await f.call('informatiecentrum', 'GET', `/cases/${c.id}`)).statusCode).toBe(200);
  });

  it('cancels open requests, records the outcome and tells the registering professional', async () => {
    const c = await f.inTriage();
    const r1 = await f.ok(await ask(c.id, 'middin'), 201);
    const r2 = await f.ok(await ask(c.id, 'barka'), 201);
    const cancelled = await f.ok(
      await f.call(
        'informatiecentrum',
        'POST',
        `/cases/${c.id}/information-requests/${r1.json().id}/cancel`,
        { reason: 'Dubbel' },
        r1.headers.etag as string,
      ),
    );
    expect(cancelled.json().status).toBe('cancelled');
    expect((await f.call(middin, 'GET', `/information-requests/${r1.json().id}`)).statusCode).toBe(404);

    // Advice needs the advice; the registering professional may not decide (403 before 400).
    const noAdvice = await f.call(
      'procesregisseur',
      'POST',
      `/cases/${c.id}/decide-triage`,
      { route: 'advice', goal: 'Doel' },
      c.etag,
    );
    expect(noAdvice.statusCode).toBe(400);
    expect(
      (
        await f.call(
          'professional',
          'POST',
          `/cases/${c.id}/decide-triage`,
          { route: 'advice', goal: 'Doel' },
          c.etag,
        )
      ).statusCode,
    ).toBe(403);
    const decided = await f.ok(
      await f.call(
        'procesregisseur',
        'POST',
        `/cases/${c.id}/decide-triage`,
        { route: 'referral', goal: 'Passende hulp', advice: 'Verwezen naar het sociaal wijkteam' },
        c.etag,
      ),
    );
    expect(decided.json().status).toBe('afgesloten_zonder_overleg');
    // The still open request was closed with the triage: the party can no longer answer.
    const left = await f.call(barka, 'GET', `/information-requests/${r2.json().id}`);
    expect(left.statusCode).toBe(404);
    const detail = await f.ok(await f.call('professional', 'GET', `/cases/${c.id}`));
    expect(detail.json().triage).toMatchObject({
      route: 'referral',
      advice: 'Verwezen naar het sociaal wijkteam',
    });
    const told = await t.db.kysely
      .selectFrom('notifications')
      .select('user_id')
      .where('kind', '=', 'case.triage-decided')
      .where('case_id', '=', c.id)
      .execute();
    expect(told.map((n) => n.user_id)).toEqual([t.users.professional.id]);
    // Out of triage, the informatiecentrum no longer sees the case.
    expect((await f.call('informatiecentrum', 'GET', `/cases/${c.id}`)).statusCode).toBe(404);
  });

  it('routes to a conference only with admitted parties', async () => {
    const c = await f.inTriage({ protocolKey: 'jeugdgroepen', partnersInvolved: [] });
    const body = (keys: string[]) => ({
      route: 'conference',
      goal: 'Aanpak',
      themes: [],
      partyIds: keys.map((k) => t.partyIds.get(k)),
    });
    const bad = await f.call(
      'procesregisseur',
      'POST',
      `/cases/${c.id}/decide-triage`,
      body(['jit', 'middin']),
      c.etag,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toContain('partyIds[1]');
    const good = await f.ok(
      await f.call(
        'procesregisseur',
        'POST',
        `/cases/${c.id}/decide-triage`,
        body(['jit', 'politie-den-haag']),
        c.etag,
      ),
    );
    expect(good.json().status).toBe('overleg_gepland');
  });

  it('lists the cases for the next triage by schedule, for procesregisseur and informatiecentrum only', async () => {
    const c = await f.inTriage();
    await f.ok(await ask(c.id, 'middin', 'procesregisseur', inDays(0)), 201);
    const next = await f.ok(await f.call('procesregisseur', 'GET', '/triage/next'));
    const item = next.json().items.find((i: { id: string }) => i.id === c.id);
    expect(item).toMatchObject({ openRequests: 1, answeredRequests: 0, overdueRequests: 0 });
    expect(Date.parse(item.triageAt)).toBeGreaterThan(Date.now());
    // The house triages on Tuesday at 10:00 Amsterdam time.
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Amsterdam',
      weekday: 'long',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(item.triageAt));
    expect(local).toBe('Tuesday 10:00');
    expect(
      (await f.ok(await f.call('informatiecentrum', 'GET', '/triage/next')))
        .json()
        .items.some((i: { id: string }) => i.id === c.id),
    ).toBe(true);
    expect(
      (await f.ok(await f.call(otherRegie, 'GET', '/triage/next')))
        .json()
        .items.some((i: { id: string }) => i.id === c.id),
    ).toBe(false);
    for (const who of ['professional', 'manager', 'beheer'] as const)
      expect((await f.call(who, 'GET', '/triage/next')).statusCode).toBe(404);
  });
});
