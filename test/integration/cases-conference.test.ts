/**
 * Case conference end to end (issue 5 §4, §7; Art. 8, 12.2c–e, 13, 15.3): planning with admitted
 * parties and named active professionals only, who sees the case (named participants yes, a party
 * that is only invited no), the iCalendar invitation without personal data, rescheduling and
 * cancelling, recording the conference with coordinator and action plan, and a follow-up. Both dialects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { extraUser, PERSON } from './cases-fixtures.js';
import { at, flow, inDays } from './cases-triage-fixtures.js';

describe.each(dialects)('case conference on %s', (dialect) => {
  let t: TestApp;
  let f: ReturnType<typeof flow>;
  let middin: { id: string; session: Session };
  let middinUnnamed: Session;
  let politie2: { id: string; session: Session };
  let otherRegie: Session;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    f = flow(t);
    middin = await extraUser(t, 'middin-c', ['professional'], 'middin');
    middinUnnamed = (await extraUser(t, 'middin-d', ['professional'], 'middin')).session;
    politie2 = await extraUser(t, 'politie-c', ['professional'], 'politie-den-haag');
    otherRegie = (await extraUser(t, 'regie-c', ['procesregisseur'], null)).session;
  });
  afterAll(() => t.close());

  const plan = (over: Record<string, unknown> = {}) => ({
    startsAt: at(3, 9),
    endsAt: at(3, 10),
    location: 'Zorg- en Veiligheidshuis, zaal 2',
    goal: 'Afspraken over woonbegeleiding',
    decisionTypes: ['Plan van aanpak', 'Casuscoördinator'],
    themes: ['wonen'],
    invitations: [
      {
        partyId: t.partyIds.get('middin'),
        contribution: 'Stand van de begeleiding',
        participantUserIds: [middin.id],
      },
      {
        partyId: t.partyIds.get('politie-den-haag'),
        contribution: 'Meldingen overlast',
        participantUserIds: [politie2.id],
      },
    ],
    ...over,
  });
  const record = (coordinator: string, over: Record<string, unknown> = {}) => ({
    attendance: [
      { userId: middin.id, present: true },
      { userId: politie2.id, present: true },
    ],
    coordinatorUserId: coordinator,
    actions: [
      {
        ownerPartyId: t.partyIds.get('middin'),
        description: 'Huisbezoek met begeleider',
        dueDate: inDays(14),
      },
    ],
    partyRoles: [
      { partyId: t.partyIds.get('middin'), role: 'Begeleiding', informationNeeds: 'Meldingen politie' },
    ],
    deescalationCriteria: 'Drie maanden geen overlast',
    minutes: 'Afgesproken: huisbezoek binnen twee weken.',
    ...over,
  });

  it('plans, invites, records and follows up; participants and coordinator see the case', async () => {
    const c = await f.toConference(['middin', 'politie-den-haag']);
    // Before invitation, Middin sees nothing.
    expect((await f.call(middin.session, 'GET', `/cases/${c.id}`)).statusCode).toBe(404);
    const detail = await f.ok(await f.call('procesregisseur', 'GET', `/cases/${c.id}`));
    expect(detail.json().permissions).toContain('plan-conference');

    const planned = await f.ok(
      await f.call('procesregisseur', 'POST', `/cases/${c.id}/conferences`, plan()),
      201,
    );
    const confId = planned.json().id as string;
    expect(planned.json()).toMatchObject({
      sequence: 1,
      status: 'planned',
      permissions: expect.arrayContaining(['hold', 'cancel']),
    });
    expect((await f.call('procesregisseur', 'POST', `/cases/${c.id}/conferences`, plan())).statusCode).toBe(
      409,
    );

    // Named participant: sees the case as participant; an unnamed colleague of an invited party does not.
    const asParticipant = await f.ok(await f.call(middin.session, 'GET', `/cases/${c.id}`));
    expect(asParticipant.json().relation).toBe('participant');
    expect(asParticipant.json().persons[0].name).toBe(PERSON.name);
    expect((await f.call(middinUnnamed, 'GET', `/cases/${c.id}`)).statusCode).toBe(404);
    expect((await f.call(otherRegie, 'GET', `/cases/${c.id}`)).statusCode).toBe(404);
    const mine = await f.ok(await f.call(middin.session, 'GET', '/cases'));
    expect(mine.json().items.find((i: { id: string }) => i.id === c.id)?.relation).toBe('participant');
    const invited = await t.db.kysely
      .selectFrom('notifications')
      .select('user_id')
      .where('kind', '=', 'case.conference-invited')
      .where('case_id', '=', c.id)
      .execute();
    expect(invited.map((n) => n.user_id).sort()).toEqual([middin.id, politie2.id].sort());

    // The iCalendar invitation: for the regisseur and the named participants, no personal data.
    const ics = await f.call(middin.session, 'GET', `/cases/${c.id}/conferences/${confId}/invitation.ics`);
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.body).toContain(`UID:casusoverleg-${confId}@`);
    expect(ics.body).toMatch(/DTSTART:\d{8}T\d{6}Z\r\n/);
    expect(ics.body).toMatch(/DTSTAMP:\d{8}T\d{6}Z\r\n/);
    for (const secret of [PERSON.name, PERSON.bsn, PERSON.address, 'woonbegeleiding', 'zaal 2', 'Overlast'])
      expect(ics.body).not.toContain(secret);
    for (const line of ics.body.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(
      (await f.call('professional', 'GET', `/cases/${c.id}/conferences/${confId}/invitation.ics`)).statusCode,
    ).toBe(403);
    expect(
      (await f.call(middinUnnamed, 'GET', `/cases/${c.id}/conferences/${confId}/invitation.ics`)).statusCode,
    ).toBe(404);

    // Reschedule: the new time, the invitations unchanged.
    const moved = await f.ok(
      await f.call(
        'procesregisseur',
        'PATCH',
        `/cases/${c.id}/conferences/${confId}`,
        { startsAt: at(4, 9), endsAt: at(4, 11) },
        planned.headers.etag as string,
      ),
    );
    expect(moved.json()).toMatchObject({ startsAt: at(4, 9), version: 2 });
    expect(moved.json().invitations).toHaveLength(2);

    // Recording: a participant may not (403); the coordinator must be present; then in_uitvoering.
    let caseEtag = (await f.call('procesregisseur', 'GET', `/cases/${c.id}`)).headers.etag as string;
    const hold = (as: string | Session, body: object) =>
      f.call(as, 'POST', `/cases/${c.id}/conferences/${confId}/hold`, body, caseEtag);
    expect((await hold(middin.session, record(middin.id))).statusCode).toBe(403);
    const absent = await hold(
      'procesregisseur',
      record(middin.id, { attendance: [{ userId: middin.id, present: false }] }),
    );
    expect(absent.statusCode).toBe(400);
    expect(absent.json().detail).toContain('coordinatorUserId');
    const wrongOwner = await hold(
      'procesregisseur',
      record(middin.id, {
        actions: [{ ownerPartyId: t.partyIds.get('barka'), description: 'x', dueDate: inDays(3) }],
      }),
    );
    expect(wrongOwner.statusCode).toBe(400);
    const held = await f.ok(await hold('procesregisseur', record(middin.id)));
    expect(held.json().status).toBe('in_uitvoering');
    caseEtag = held.headers.etag as string;

    const asCoordinator = await f.ok(await f.call(middin.session, 'GET', `/cases/${c.id}`));
    expect(asCoordinator.json()).toMatchObject({
      relation: 'coordinator',
      coordinator: { userId: middin.id, partyId: t.partyIds.get('middin') },
    });
    expect(asCoordinator.json().permissions).toContain('plan-follow-up');
    const confs = await f.ok(await f.call(politie2.session, 'GET', `/cases/${c.id}/conferences`));
    const heldConf = confs.json().items[0];
    // The coordinator by name and party (issue 5).
    expect(confs.json().userNames).toContainEqual(
      expect.objectContaining({ userId: middin.id, partyId: t.partyIds.get('middin') }),
    );
    expect(heldConf).toMatchObject({
      status: 'held',
      minutes: 'Afgesproken: huisbezoek binnen twee weken.',
      deescalationCriteria: 'Drie maanden geen overlast',
    });
    expect(heldConf.actions[0]).toMatchObject({ description: 'Huisbezoek met begeleider', status: 'open' });
    expect(
      heldConf.invitations.find((i: { partyId: string }) => i.partyId === t.partyIds.get('middin'))
        .participants[0].attendance,
    ).toBe('present');
    const raw = await t.db.kysely
      .selectFrom('case_actions')
      .selectAll()
      .where('case_id', '=', c.id)
      .execute();
    expect(JSON.stringify(raw)).not.toContain('Huisbezoek');
    const log = await t.db.kysely
      .selectFrom('processing_log')
      .select(['name', 'processing_activity_id'])
      .where('case_id', '=', c.id)
      .execute();
    expect(log.find((l) => l.name === 'case.action-plan.create')?.processing_activity_id).toMatch(
      /plan-van-aanpak$/,
    );
    expect(log.some((l) => l.name === 'case.conference.list')).toBe(true);

    // Follow-up: the coordinator asks, the procesregisseur plans and records; a new coordinator.
    const follow = await f.ok(
      await f.call(middin.session, 'POST', `/cases/${c.id}/plan-follow-up`, {}, caseEtag),
    );
    expect(follow.json().status).toBe('overleg_gepland');
    const second = await f.ok(
      await f.call('procesregisseur', 'POST', `/cases/${c.id}/conferences`, plan()),
      201,
    );
    expect(second.json().sequence).toBe(2);
    caseEtag = follow.headers.etag as string;
    const again = await f.ok(
      await f.call(
        'procesregisseur',
        'POST',
        `/cases/${c.id}/conferences/${second.json().id}/hold`,
        record(politie2.id),
        caseEtag,
      ),
    );
    expect(again.json().status).toBe('in_uitvoering');
    expect((await f.ok(await f.call(politie2.session, 'GET', `/cases/${c.id}`))).json().relation).toBe(
      'coordinator',
    );
    // Middin stays a participant of the conferences it attended.
    expect((await f.ok(await f.call(middin.session, 'GET', `/cases/${c.id}`))).json().relation).toBe(
      'participant',
    );
  });

  it('refuses parties the protocol does not admit and people who are not active professionals of the party', async () => {
    const c = await f.toConference(['politie-den-haag'], {
      protocolKey: 'radicalisering',
      partnersInvolved: [],
    });
    const notAdmitted = await f.call('procesregisseur', 'POST', `/cases/${c.id}/conferences`, plan());
    expect(notAdmitted.statusCode).toBe(400);
    expect(notAdmitted.json().detail).toContain('invitations[0].partyId');
    const wrongParty = await f.call(
      'procesregisseur',
      'POST',
      `/cases/${c.id}/conferences`,
      plan({
        invitations: [
          { partyId: t.partyIds.get('politie-den-haag'), contribution: 'x', participantUserIds: [middin.id] },
        ],
      }),
    );
    expect(wrongParty.statusCode).toBe(400);
    expect(wrongParty.json().detail).toContain('participantUserIds[0]');
    const past = await f.call(
      'procesregisseur',
      'POST',
      `/cases/${c.id}/conferences`,
      plan({ startsAt: at(-1, 9), endsAt: at(-1, 10), invitations: [] }),
    );
    expect(past.statusCode).toBe(400);
    // Only the assigned procesregisseur plans; everyone else without a role: 404.
    const body = plan({
      invitations: [
        { partyId: t.partyIds.get('politie-den-haag'), contribution: 'x', participantUserIds: [] },
      ],
    });
    expect((await f.call('professional', 'POST', `/cases/${c.id}/conferences`, body)).statusCode).toBe(403);
    for (const who of [
      otherRegie,
      'manager',
      'beheer',
      'informatiecentrum',
      'privacy',
      middin.session,
    ] as const)
      expect((await f.call(who as never, 'POST', `/cases/${c.id}/conferences`, body)).statusCode).toBe(404);
    // A professional of a party that is only invited (not named) sees nothing.
    await f.ok(await f.call('procesregisseur', 'POST', `/cases/${c.id}/conferences`, body), 201);
    expect((await f.call(politie2.session, 'GET', `/cases/${c.id}`)).statusCode).toBe(404);
  });

  it('cancels a planned conference: its participants lose sight of the case', async () => {
    const c = await f.toConference(['middin']);
    const planned = await f.ok(
      await f.call(
        'procesregisseur',
        'POST',
        `/cases/${c.id}/conferences`,
        plan({ invitations: [plan().invitations[0]] }),
      ),
      201,
    );
    expect((await f.call(middin.session, 'GET', `/cases/${c.id}`)).statusCode).toBe(200);
    const url = `/cases/${c.id}/conferences/${planned.json().id}/cancel`;
    expect(
      (await f.call(middin.session, 'POST', url, { reason: 'x' }, planned.headers.etag as string)).statusCode,
    ).toBe(403);
    const cancelled = await f.ok(
      await f.call('procesregisseur', 'POST', url, { reason: 'Ziekte' }, planned.headers.etag as string),
    );
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: 'Ziekte' });
    expect((await f.call(middin.session, 'GET', `/cases/${c.id}`)).statusCode).toBe(404);
    // A new one can be planned.
    await f.ok(
      await f.call(
        'procesregisseur',
        'POST',
        `/cases/${c.id}/conferences`,
        plan({ invitations: [plan().invitations[0]] }),
      ),
      201,
    );
  });
});
