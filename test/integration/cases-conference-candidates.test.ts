/**
 * The participant candidates of a case conference (Art. 8.2, 12.2e, 15.3, 23.2): per party the
 * youth-group protocol admits and that is active, its active professionals by display name; a
 * party the protocol does not admit, a party no longer active and a disabled account are absent,
 * as is the house's own staff. Only whoever plans or changes the conference (the
 * assigned procesregisseur) gets them: every other relation to the case 403, no relation 404, a
 * phase without planning 409. Whoever is offered is accepted by the plan. Both dialects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type As, createTestApp, everyone, type Session, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { extraUser } from './cases-fixtures.js';
import { at, flow, inDays } from './cases-triage-fixtures.js';

type Candidates = {
  parties: { partyId: string; name: string; professionals: { userId: string; displayName: string }[] }[];
};

describe.each(dialects)('conference participant candidates on %s', (dialect) => {
  let t: TestApp;
  let f: ReturnType<typeof flow>;
  const people: Record<string, { id: string; session: Session }> = {};
  const party = (key: string) => t.partyIds.get(key) as string;
  const youth = { protocolKey: 'jeugdgroepen', partnersInvolved: [] };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    f = flow(t);
    const extra: [string, string | null, 'professional' | 'procesregisseur'][] = [
      ['kand-reclassering', 'reclassering-nederland', 'professional'],
      ['kand-reclassering-uit', 'reclassering-nederland', 'professional'],
      ['kand-middin', 'middin', 'professional'],
      ['kand-om', 'openbaar-ministerie', 'professional'],
      ['kand-regie', null, 'procesregisseur'],
    ];
    for (const [name, partyKey, role] of extra) people[name] = await extraUser(t, name, [role], partyKey);
    // A disabled account (Art. 8.2: only active professionals) and a party that left (Art. 23.2).
    const db = t.db.kysely;
    await db
      .updateTable('users')
      .set({ status: 'disabled' })
      .where('id', '=', people['kand-reclassering-uit']?.id as string)
      .execute();
    await db
      .updateTable('parties')
      .set({ status: 'withdrawn' })
      .where('id', '=', party('openbaar-ministerie'))
      .execute();
  });
  afterAll(() => t.close());

  const get = (as: As | Session, caseId: string, query = '') =>
    f.call(as, 'GET', `/cases/${caseId}/participant-candidates${query}`);
  const ids = (body: Candidates) => body.parties.flatMap((p) => p.professionals.map((x) => x.userId));

  it('lists the admitted active parties with their active professionals, by name', async () => {
    const c = await f.toConference(['reclassering-nederland'], youth);
    const res = await f.ok(await get('procesregisseur', c.id));
    const body = res.json() as Candidates;
    const byParty = new Map(body.parties.map((p) => [p.partyId, p]));
    // Admitted by the protocol: the police (with the registering professional) and Reclassering.
    const registering = await t.db.kysely
      .selectFrom('users')
      .select('display_name')
      .where('id', '=', t.users.professional.id)
      .executeTakeFirstOrThrow();
    expect(byParty.get(party('politie-den-haag'))?.professionals).toContainEqual({
      userId: t.users.professional.id,
      displayName: registering.display_name,
    });
    expect(byParty.get(party('reclassering-nederland'))).toEqual({
      partyId: party('reclassering-nederland'),
      name: 'Reclassering Nederland',
      professionals: [{ userId: people['kand-reclassering']?.id, displayName: 'kand-reclassering' }],
    });
    // Not admitted (Middin), no longer active (OM): not listed; disabled and non-professional absent.
    expect(byParty.has(party('middin'))).toBe(false);
    expect(byParty.has(party('openbaar-ministerie'))).toBe(false);
    for (const absent of ['kand-reclassering-uit', 'kand-middin', 'kand-om'])
      expect(ids(body)).not.toContain(people[absent]?.id);
    // No house staff, no personal data of the case: only these fields.
    expect(ids(body)).not.toContain(t.users.procesregisseur.id);
    expect(res.body).not.toContain('Jan de Vries');
    const names = body.parties.map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    // One party at a time; a party the protocol does not admit gives an empty list.
    const one = (
      await f.ok(await get('procesregisseur', c.id, `?partyId=${party('reclassering-nederland')}`))
    ).json();
    expect(one.parties.map((p: { partyId: string }) => p.partyId)).toEqual([party('reclassering-nederland')]);
    expect((await f.ok(await get('procesregisseur', c.id, `?partyId=${party('middin')}`))).json()).toEqual({
      parties: [],
    });
    expect((await get('procesregisseur', c.id, '?partyId=geen-uuid')).statusCode).toBe(400);
    expect((await get('procesregisseur', c.id, '?onbekend=1')).statusCode).toBe(400);

    // Whoever is offered is accepted by the plan (the same admission rule, party-admission.ts).
    const invitations = body.parties
      .filter((p) => p.professionals.length > 0)
      .map((p) => ({
        partyId: p.partyId,
        contribution: 'Bijdrage',
        participantUserIds: p.professionals.map((x) => x.userId),
      }));
    expect(invitations.length).toBeGreaterThanOrEqual(2);
    const plan = {
      startsAt: at(3, 9),
      endsAt: at(3, 10),
      location: 'Zaal 1',
      goal: 'Doel',
      decisionTypes: ['Plan van aanpak'],
      invitations,
    };
    await f.ok(await f.call('procesregisseur', 'POST', `/cases/${c.id}/conferences`, plan), 201);
  });

  it('is for the assigned procesregisseur only: 403 with another relation, 404 without, 409 out of phase', async () => {
    const c = await f.toConference(['reclassering-nederland'], youth);
    const expected: Record<As, number> = {
      anonymous: 401,
      procesregisseur: 200,
      professional: 403, // the registering professional
      beheer: 404,
      manager: 404,
      informatiecentrum: 404,
      secretaris: 404,
      privacy: 404,
    };
    for (const as of everyone) expect((await get(as, c.id)).statusCode, as).toBe(expected[as]);
    for (const name of ['kand-regie', 'kand-reclassering', 'kand-middin'])
      expect((await get(people[name]?.session as Session, c.id)).statusCode, name).toBe(404);

    // Planned: the named participant has a relation now, but not the right (403); the assigned
    // procesregisseur may still change the invitations, so still gets the candidates.
    const participant = people['kand-reclassering'] as { id: string; session: Session };
    const planned = await f.ok(
      await f.call('procesregisseur', 'POST', `/cases/${c.id}/conferences`, {
        startsAt: at(3, 9),
        endsAt: at(3, 10),
        location: 'Zaal 1',
        goal: 'Doel',
        decisionTypes: ['Plan van aanpak'],
        invitations: [
          {
            partyId: party('reclassering-nederland'),
            contribution: 'Toezicht',
            participantUserIds: [participant.id],
          },
        ],
      }),
      201,
    );
    expect((await get(participant.session, c.id)).statusCode).toBe(403);
    expect((await get('professional', c.id)).statusCode).toBe(403);
    expect((await get('procesregisseur', c.id)).statusCode).toBe(200);
    expect((await get(people['kand-regie']?.session as Session, c.id)).statusCode).toBe(404);

    // Held: execution begins, nothing to plan (409); the coordinator has no right to it (403).
    const detail = await f.ok(await f.call('procesregisseur', 'GET', `/cases/${c.id}`));
    await f.ok(
      await f.call(
        'procesregisseur',
        'POST',
        `/cases/${c.id}/conferences/${planned.json().id}/hold`,
        {
          attendance: [{ userId: participant.id, present: true }],
          coordinatorUserId: participant.id,
          actions: [
            { ownerPartyId: party('reclassering-nederland'), description: 'Actie', dueDate: inDays(10) },
          ],
          partyRoles: [],
          deescalationCriteria: 'Criteria',
          minutes: 'Afspraken',
        },
        detail.headers.etag as string,
      ),
    );
    const late = await get('procesregisseur', c.id);
    expect(late.statusCode).toBe(409);
    expect(late.headers['content-type']).toContain('application/problem+json');
    expect((await get(participant.session, c.id)).statusCode).toBe(403);
  });

  it('is refused to the informatiecentrum during the triage (403) and to the assigned procesregisseur (409)', async () => {
    const c = await f.inTriage(youth);
    expect((await get('informatiecentrum', c.id)).statusCode).toBe(403);
    expect((await get('procesregisseur', c.id)).statusCode).toBe(409);
    expect((await get('professional', c.id)).statusCode).toBe(403);
    expect((await get('manager', c.id)).statusCode).toBe(404);
  });
});
