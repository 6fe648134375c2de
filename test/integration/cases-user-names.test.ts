/**
 * Names instead of bare user ids (issue 5, smaller gaps §1): the case view, its conferences, its
 * execution and its de-escalation name every professional they show by id — display name and
 * party name, never the e-mail address — and nobody else: not the author of an event the caller
 * may not see, not anyone to a caller who gets 404, and nobody in the manager's metadata-only
 * overview. Runs on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { type Cast, caseInExecution, castOf, type ExecutionCase } from './cases-execution-fixtures.js';
import { api, type Caller } from './cases-fixtures.js';

interface UserName {
  userId: string;
  displayName: string;
  partyId: string | null;
  partyName: string | null;
}

describe.each(dialects)('user names in case responses on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof api>;
  let cast: Cast;
  let c: ExecutionCase;
  const partyName = async (key: string) =>
    (await t.db.kysely.selectFrom('parties').select('name').where('key', '=', key).executeTakeFirstOrThrow())
      .name;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    call = api(t);
    cast = await castOf(t);
    c = await caseInExecution(t);
    // A status change by the coordinator, a progress report (the procesregisseur's eyes only) and
    // a de-escalation proposal by the coordinator.
    const action = (await call(cast.coordinator.session, 'GET', `/cases/${c.id}/execution`))
      .json()
      .actions.find((a: { id: string }) => a.id === c.actions.middin);
    const changed = await call(
      cast.coordinator.session,
      'POST',
      `/cases/${c.id}/actions/${c.actions.middin}/status`,
      { status: 'in_progress' },
      `"v${action.version}"`,
    );
    expect(changed.statusCode, changed.body).toBe(200);
    const report = await call(cast.coordinator.session, 'POST', `/cases/${c.id}/progress-reports`, {
      text: 'Loopt volgens plan',
    });
    expect(report.statusCode, report.body).toBe(201);
    const proposed = await call(
      cast.coordinator.session,
      'POST',
      `/cases/${c.id}/propose-deescalation`,
      { evaluation: 'Criteria gehaald' },
      c.etag,
    );
    expect(proposed.statusCode, proposed.body).toBe(200);
  });
  afterAll(() => t.close());

  /** Every user of this suite, by id, to find the ids a response shows. */
  const everyUserId = () => [
    ...Object.values(t.users).map((u) => u.id),
    ...Object.values(cast).map((u) => u.id),
  ];

  /**
   * The names are exactly those of the users the rest of the response shows by id: each id shown is
   * named, nobody else is; never an e-mail address.
   */
  function expectNamesForShownIds(body: string): Map<string, UserName> {
    const { userNames, ...rest } = JSON.parse(body) as { userNames: UserName[] };
    expect(Array.isArray(userNames)).toBe(true);
    const shown = JSON.stringify(rest);
    const shownIds = everyUserId().filter((id) => shown.includes(id));
    expect(userNames.map((n) => n.userId).sort()).toEqual([...new Set(shownIds)].sort());
    expect(body).not.toContain('@test.ketenhuis.example');
    for (const n of userNames)
      expect(Object.keys(n).sort()).toEqual(['displayName', 'partyId', 'partyName', 'userId']);
    return new Map(userNames.map((n) => [n.userId, n]));
  }

  const get = async (as: Caller, path: string) => {
    const res = await call(as, 'GET', `/cases/${c.id}${path}`);
    expect(res.statusCode, res.body).toBe(200);
    return res;
  };

  it('names the registering professional, the procesregisseur, the coordinator and the timeline’s actors on the case', async () => {
    const regie = expectNamesForShownIds((await get('procesregisseur', '')).body);
    expect(regie.get(t.users.professional.id)).toEqual({
      userId: t.users.professional.id,
      displayName: 'Test professional',
      partyId: t.partyIds.get('politie-den-haag'),
      partyName: await partyName('politie-den-haag'),
    });
    // Staff of the house belong to no party.
    expect(regie.get(t.users.procesregisseur.id)).toMatchObject({
      displayName: 'Test procesregisseur',
      partyId: null,
      partyName: null,
    });
    expect(regie.get(cast.coordinator.id)).toMatchObject({
      displayName: 'coordinator-middin',
      partyName: await partyName('middin'),
    });

    // The participant sees the same case without the procesregisseur's own events (the progress
    // report): names follow what is shown, nothing more.
    const participantView = await get(cast.participant.session, '');
    expect(participantView.json().timeline.map((e: { type: string }) => e.type)).not.toContain(
      'progress-reported',
    );
    expectNamesForShownIds(participantView.body);
    // The registering professional, too.
    expectNamesForShownIds((await get('professional', '')).body);
  });

  it('names the participants and the coordinator of the conferences', async () => {
    for (const as of ['procesregisseur', cast.participant.session, 'professional'] as Caller[]) {
      const names = expectNamesForShownIds((await get(as, '/conferences')).body);
      expect(names.get(cast.participant.id)).toMatchObject({
        displayName: 'deelnemer-parnassia',
        partyName: await partyName('parnassia-groep'),
      });
      expect(names.get(cast.coordinator.id)?.displayName).toBe('coordinator-middin');
    }
  });

  it('names who changed an action and who reported progress, only to those who may read it', async () => {
    const regie = await get('procesregisseur', '/execution');
    const names = expectNamesForShownIds(regie.body);
    expect(regie.json().progressReports).toHaveLength(1);
    expect(names.get(cast.coordinator.id)?.displayName).toBe('coordinator-middin');
    const participant = await get(cast.participant.session, '/execution');
    expect(participant.json().progressReports).toBeNull();
    expectNamesForShownIds(participant.body);
  });

  it('names the proposer and the approvers of a de-escalation', async () => {
    const approved = await call(
      'procesregisseur',
      'POST',
      `/cases/${c.id}/approve-deescalation`,
      {},
      (await get('procesregisseur', '/deescalation')).headers.etag as string,
    );
    expect(approved.statusCode, approved.body).toBe(200);
    for (const as of ['procesregisseur', cast.coordinator.session] as Caller[]) {
      const names = expectNamesForShownIds((await get(as, '/deescalation')).body);
      expect(names.get(cast.coordinator.id)?.displayName).toBe('coordinator-middin');
      expect(names.get(t.users.procesregisseur.id)?.displayName).toBe('Test procesregisseur');
    }
  });

  it('names nobody to a caller without a role in the case (404)', async () => {
    for (const as of [cast.uninvited.session, cast.otherRegisseur.session, 'beheer', 'manager'] as Caller[])
      for (const path of ['', '/conferences', '/execution', '/deescalation']) {
        const res = await call(as, 'GET', `/cases/${c.id}${path}`);
        expect(res.statusCode, `${String(as)} ${path}`).toBe(404);
        for (const name of ['Test professional', 'Test procesregisseur', 'coordinator-middin'])
          expect(res.body).not.toContain(name);
      }
  });

  it('keeps the manager’s overview free of names, also for an escalated case', async () => {
    const other = await caseInExecution(t);
    const escalated = await call(
      'procesregisseur',
      'POST',
      `/cases/${other.id}/escalate`,
      { reason: 'Afspraken niet nagekomen' },
      other.etag,
    );
    expect(escalated.statusCode, escalated.body).toBe(200);
    const res = await call('manager', 'GET', '/manager/overview');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().escalated.map((e: { caseId: string }) => e.caseId)).toContain(other.id);
    for (const word of [
      'userNames',
      'displayName',
      'partyName',
      'Test professional',
      'Test procesregisseur',
      'coordinator-middin',
      'deelnemer-parnassia',
      '@test.ketenhuis.example',
    ])
      expect(res.body).not.toContain(word);
    for (const id of everyUserId()) expect(res.body).not.toContain(id);
  });
});
