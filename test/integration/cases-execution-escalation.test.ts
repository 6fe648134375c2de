/**
 * Escalation to the manager (opschaling, issue 5 §5, §7; Art. 11.3d): who may escalate and close
 * an escalation, the managers' notification, and the manager's access — none before, the full
 * case (logged) while escalated, none again after. Runs on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type As, createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { type Cast, caseInExecution, castOf } from './cases-execution-fixtures.js';
import { api, type Caller, PERSON } from './cases-fixtures.js';

describe.each(dialects)('case escalation on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof api>;
  let cast: Cast;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    call = api(t);
    cast = await castOf(t);
  });
  afterAll(() => t.close());

  const escalate = (as: Caller, id: string, etag?: string, reason = 'Afspraken worden niet nagekomen') =>
    call(as, 'POST', `/cases/${id}/escalate`, { reason }, etag);

  it('is for the assigned procesregisseur or the coordinator, with a reason and If-Match', async () => {
    const c = await caseInExecution(t);
    for (const as of [cast.participant.session, 'professional'] as Caller[])
      expect((await escalate(as, c.id, c.etag)).statusCode, String(as)).toBe(403);
    const nobody: Caller[] = [
      'manager',
      'beheer',
      'privacy',
      'informatiecentrum',
      'secretaris',
      cast.uninvited.session,
      cast.otherRegisseur.session,
    ];
    for (const as of nobody) expect((await escalate(as, c.id, c.etag)).statusCode, String(as)).toBe(404);
    expect((await escalate('anonymous', c.id, c.etag)).statusCode).toBe(401);
    expect((await escalate(cast.coordinator.session, c.id)).statusCode).toBe(428);
    expect((await escalate(cast.coordinator.session, c.id, '"v1"')).statusCode).toBe(412);
    expect((await escalate(cast.coordinator.session, c.id, c.etag, '  ')).statusCode).toBe(400);

    const done = await escalate(cast.coordinator.session, c.id, c.etag);
    expect(done.statusCode, done.body).toBe(200);
    expect((await escalate('procesregisseur', c.id, done.headers.etag as string)).statusCode).toBe(409);

    // The managers are told, without any personal data; the participants' timeline shows the fact only.
    const note = await t.db.kysely
      .selectFrom('notifications')
      .selectAll()
      .where('case_id', '=', c.id)
      .where('kind', '=', 'case.escalated')
      .execute();
    expect(note.map((n) => n.user_id)).toEqual([t.users.manager.id]);
    expect(note[0]?.link).toBe(`/casussen/${c.id}`);
    const timeline = (await call(cast.participant.session, 'GET', `/cases/${c.id}`)).json().timeline;
    expect(timeline.find((e: { type: string }) => e.type === 'escalated')).toMatchObject({ note: null });
    const raw = await t.db.kysely
      .selectFrom('case_escalations')
      .selectAll()
      .where('case_id', '=', c.id)
      .execute();
    expect(JSON.stringify(raw)).not.toContain('nagekomen');
  });

  it('opens the case to the manager while escalated, logged, and closes it again after resolution', async () => {
    const c = await caseInExecution(t);
    const managerRead = () => call('manager', 'GET', `/cases/${c.id}`);
    expect((await managerRead()).statusCode).toBe(404);
    expect(
      (await call('manager', 'GET', '/cases')).json().items.map((i: { id: string }) => i.id),
    ).not.toContain(c.id);

    const escalated = await escalate('procesregisseur', c.id, c.etag);
    expect(escalated.statusCode, escalated.body).toBe(200);
    const read = await managerRead();
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().persons[0].name).toBe(PERSON.name);
    const listed = (await call('manager', 'GET', '/cases'))
      .json()
      .items.find((i: { id: string }) => i.id === c.id);
    expect(listed).toMatchObject({ relation: 'escalated-manager' });
    const execution = (await call('manager', 'GET', `/cases/${c.id}/execution`)).json();
    expect(execution.escalated).toBe(true);
    expect(execution.escalations[0]).toMatchObject({
      reason: 'Afspraken worden niet nagekomen',
      resolvedAt: null,
    });
    expect(execution.permissions).toEqual(['read-progress', 'resolve-escalation']);
    // The manager reads, but does not carry out the plan.
    const change = await call(
      'manager',
      'POST',
      `/cases/${c.id}/actions/${c.actions.middin}/status`,
      { status: 'done' },
      '"v1"',
    );
    expect(change.statusCode).toBe(403);
    const logged = await t.db.kysely
      .selectFrom('processing_log')
      .innerJoin(
        'processing_activities',
        'processing_activities.uri',
        'processing_log.processing_activity_id',
      )
      .select(['processing_log.name', 'processing_activities.key', 'processing_log.data_subject_id'])
      .where('processing_log.case_id', '=', c.id)
      .where('processing_log.acting_user_id', '=', t.users.manager.id)
      .execute();
    expect(logged).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'case.read', key: 'uitvoering-monitoring' })]),
    );
    expect(logged.every((l) => l.data_subject_id !== null)).toBe(true);

    // Only the manager or the procesregisseur closes it; the coordinator cannot.
    let etag = escalated.headers.etag as string;
    const resolve = (as: Caller, tag?: string) =>
      call(
        as,
        'POST',
        `/cases/${c.id}/resolve-escalation`,
        { resolution: 'Afspraken gemaakt met de partijen' },
        tag,
      );
    expect((await resolve(cast.coordinator.session, etag)).statusCode).toBe(403);
    expect((await resolve(cast.participant.session, etag)).statusCode).toBe(403);
    expect((await resolve(cast.uninvited.session, etag)).statusCode).toBe(404);
    expect((await resolve('manager')).statusCode).toBe(428);
    const resolved = await resolve('manager', etag);
    expect(resolved.statusCode, resolved.body).toBe(200);
    etag = resolved.headers.etag as string;
    expect((await managerRead()).statusCode).toBe(404);
    expect((await resolve('procesregisseur', etag)).statusCode).toBe(409);
    const history = (await call('procesregisseur', 'GET', `/cases/${c.id}/execution`)).json().escalations;
    expect(history[0]).toMatchObject({
      resolvedByUserId: t.users.manager.id,
      resolution: 'Afspraken gemaakt met de partijen',
    });

    // A case can be escalated again later.
    expect((await escalate(cast.coordinator.session, c.id, etag)).statusCode).toBe(200);
  });

  it('is refused outside execution (Art. 11.3d)', async () => {
    const created = await call('professional', 'POST', '/cases', {
      caseType: 'person',
      persons: [PERSON],
      reason: 'r',
      goal: 'g',
      partnersInvolved: [],
      protocolKey: 'multiproblematiek',
      informed: true,
      criteria: {
        areaSafetyProblem: true,
        impactOnSystem: true,
        multipleChainsNeeded: true,
        multiproblem: true,
      },
    });
    const id = created.json().id;
    let etag = (await call('professional', 'POST', `/cases/${id}/submit`, {}, created.headers.etag as string))
      .headers.etag as string;
    etag = (await call('procesregisseur', 'POST', `/cases/${id}/pick-up`, {}, etag)).headers.etag as string;
    expect((await escalate('procesregisseur', id, etag)).statusCode).toBe(409);
    const managerOnly: As = 'manager';
    expect((await escalate(managerOnly, id, etag)).statusCode).toBe(404);
  });
});
