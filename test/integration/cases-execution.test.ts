/**
 * Execution (issue 5 §5; Art. 8.5, 12.2g, 13): the execution view per relation, action status
 * changes by the coordinator and by the owner party's participants (If-Match on the action),
 * progress reports to the procesregisseur, and overdue actions for worklists — for every role and
 * relation, with processing-log entries. Runs on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type As, createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { type Cast, caseInExecution, castOf } from './cases-execution-fixtures.js';
import { api, type Caller } from './cases-fixtures.js';

const houseStaffWithoutRole: As[] = ['manager', 'beheer', 'privacy', 'informatiecentrum', 'secretaris'];

describe.each(dialects)('case execution on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof api>;
  let cast: Cast;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    call = api(t);
    cast = await castOf(t);
  });
  afterAll(() => t.close());

  const logNames = async (caseId: string) =>
    (
      await t.db.kysely
        .selectFrom('processing_log')
        .select(['name', 'acting_user_id'])
        .where('case_id', '=', caseId)
        .execute()
    ).map((r) => `${r.name}:${r.acting_user_id}`);

  it('shows the execution view to those with a role in the case, with their permissions; 404 to everyone else', async () => {
    const c = await caseInExecution(t);
    const view = async (as: Caller) => call(as, 'GET', `/cases/${c.id}/execution`);

    const coordinator = await view(cast.coordinator.session);
    expect(coordinator.statusCode, coordinator.body).toBe(200);
    const body = coordinator.json();
    expect(body.actions.map((a: { description: string }) => a.description)).toEqual([
      'Behandeling ggz starten',
      'Wijkagent bezoekt het adres',
      'Begeleiding bij wonen',
    ]);
    expect(body.actions.map((a: { overdue: boolean }) => a.overdue)).toEqual([true, true, false]);
    expect(body.permissions).toEqual(['report-progress', 'read-progress', 'escalate']);
    expect(body.actions.every((a: { permissions: string[] }) => a.permissions.includes('cancel'))).toBe(true);
    expect(body.progressReports).toEqual([]);

    const participant = (await view(cast.participant.session)).json();
    const perms = Object.fromEntries(
      participant.actions.map((a: { id: string; permissions: string[] }) => [a.id, a.permissions]),
    );
    expect(perms[c.actions.parnassia]).toEqual(['update-status']);
    expect(perms[c.actions.middin]).toEqual([]);
    expect(participant.permissions).toEqual([]);
    expect(participant.progressReports).toBeNull();
    expect(participant.escalations).toBeNull();

    const regie = (await view('procesregisseur')).json();
    expect(regie.permissions).toEqual(['read-progress', 'escalate']);
    // The procesregisseur changes no status, but may change what an action cites (Art. 16.2).
    expect(
      regie.actions.every((a: { permissions: string[] }) => a.permissions.join() === 'change-citations'),
    ).toBe(true);

    const registering = (await view('professional')).json();
    expect(registering.permissions).toEqual([]);
    expect(registering.actions.every((a: { permissions: string[] }) => a.permissions.length === 0)).toBe(
      true,
    );

    for (const as of [
      ...houseStaffWithoutRole,
      cast.uninvited.session,
      cast.otherRegisseur.session,
    ] as Caller[]) {
      expect((await view(as)).statusCode, String(as)).toBe(404);
    }
    expect((await call('anonymous' as never, 'GET', `/cases/${c.id}/execution`)).statusCode).toBe(401);
    // Every read of the sealed texts is logged, per person, with the reader.
    expect(await logNames(c.id)).toEqual(
      expect.arrayContaining([
        `case.execution.read:${cast.coordinator.id}`,
        `case.execution.read:${cast.participant.id}`,
        `case.execution.read:${t.users.procesregisseur.id}`,
      ]),
    );
  });

  it("lets the coordinator change any action and a participant only their own party's, with If-Match", async () => {
    const c = await caseInExecution(t);
    const status = (as: Caller, actionId: string, payload: object, etag?: string) =>
      call(as, 'POST', `/cases/${c.id}/actions/${actionId}/status`, payload, etag);

    const mine = await status(
      cast.participant.session,
      c.actions.parnassia,
      { status: 'in_progress' },
      '"v1"',
    );
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toEqual({ id: c.actions.parnassia, status: 'in_progress', version: 2 });
    expect(mine.headers.etag).toBe('"v2"');
    // Not their party's action; cancelling is the coordinator's call.
    expect(
      (await status(cast.participant.session, c.actions.middin, { status: 'done' }, '"v1"')).statusCode,
    ).toBe(403);
    expect(
      (await status(cast.participant.session, c.actions.parnassia, { status: 'cancelled' }, '"v2"'))
        .statusCode,
    ).toBe(403);
    // The registering professional of the owner party is no participant; the procesregisseur supports but does not update.
    expect((await status('professional', c.actions.politie, { status: 'done' }, '"v1"')).statusCode).toBe(
      403,
    );
    expect((await status('procesregisseur', c.actions.politie, { status: 'done' }, '"v1"')).statusCode).toBe(
      403,
    );
    for (const as of [
      ...houseStaffWithoutRole,
      cast.uninvited.session,
      cast.otherRegisseur.session,
    ] as Caller[]) {
      expect((await status(as, c.actions.politie, { status: 'done' }, '"v1"')).statusCode, String(as)).toBe(
        404,
      );
    }

    expect((await status(cast.coordinator.session, c.actions.middin, { status: 'done' })).statusCode).toBe(
      428,
    );
    expect(
      (await status(cast.coordinator.session, c.actions.parnassia, { status: 'done' }, '"v1"')).statusCode,
    ).toBe(412);
    expect(
      (await status(cast.coordinator.session, c.actions.parnassia, { status: 'in_progress' }, '"v2"'))
        .statusCode,
    ).toBe(400);
    expect(
      (await status(cast.coordinator.session, c.actions.parnassia, { status: 'bezig' }, '"v2"')).statusCode,
    ).toBe(400);
    const done = await status(
      cast.coordinator.session,
      c.actions.parnassia,
      { status: 'done', note: 'Intake gehouden' },
      '"v2"',
    );
    expect(done.statusCode, done.body).toBe(200);
    const cancelled = await status(
      cast.coordinator.session,
      c.actions.middin,
      { status: 'cancelled' },
      '"v1"',
    );
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    // An action of another case is not found through this case.
    const other = await caseInExecution(t);
    expect(
      (await status(cast.coordinator.session, other.actions.middin, { status: 'done' }, '"v1"')).statusCode,
    ).toBe(404);

    const view = (await call(cast.coordinator.session, 'GET', `/cases/${c.id}/execution`)).json();
    const parnassia = view.actions.find((a: { id: string }) => a.id === c.actions.parnassia);
    expect(parnassia.status).toBe('done');
    expect(parnassia.overdue).toBe(false);
    expect(parnassia.history).toEqual([
      expect.objectContaining({
        fromStatus: 'open',
        toStatus: 'in_progress',
        changedByUserId: cast.participant.id,
        note: null,
      }),
      expect.objectContaining({
        fromStatus: 'in_progress',
        toStatus: 'done',
        changedByUserId: cast.coordinator.id,
        note: 'Intake gehouden',
      }),
    ]);
    const detail = (await call('procesregisseur', 'GET', `/cases/${c.id}`)).json();
    expect(detail.timeline.filter((e: { type: string }) => e.type === 'action-status-changed')).toHaveLength(
      3,
    );
    expect(await logNames(c.id)).toEqual(
      expect.arrayContaining([
        `case.action.status:${cast.participant.id}`,
        `case.action.status:${cast.coordinator.id}`,
      ]),
    );
    // The note is sealed: it is not in the database as plain text.
    const raw = await t.db.kysely
      .selectFrom('case_action_status_changes')
      .select('note_enc')
      .where('case_id', '=', c.id)
      .execute();
    expect(JSON.stringify(raw)).not.toContain('Intake gehouden');
  });

  it('takes progress reports from the coordinator only, for the procesregisseur', async () => {
    const c = await caseInExecution(t);
    const report = (as: Caller) =>
      call(as, 'POST', `/cases/${c.id}/progress-reports`, { text: 'Alle partijen op schema' });
    const made = await report(cast.coordinator.session);
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ authorUserId: cast.coordinator.id, text: 'Alle partijen op schema' });
    for (const as of [cast.participant.session, 'professional', 'procesregisseur'] as Caller[])
      expect((await report(as)).statusCode, String(as)).toBe(403);
    for (const as of [
      ...houseStaffWithoutRole,
      cast.uninvited.session,
      cast.otherRegisseur.session,
    ] as Caller[])
      expect((await report(as)).statusCode, String(as)).toBe(404);
    expect(
      (await call(cast.coordinator.session, 'POST', `/cases/${c.id}/progress-reports`, { text: ' ' }))
        .statusCode,
    ).toBe(400);

    const regie = (await call('procesregisseur', 'GET', `/cases/${c.id}/execution`)).json();
    expect(regie.progressReports.map((r: { text: string }) => r.text)).toEqual(['Alle partijen op schema']);
    // The author by name and party (issue 5), only to those who may read the reports.
    expect(regie.userNames).toEqual([
      expect.objectContaining({ userId: cast.coordinator.id, displayName: 'coordinator-middin' }),
    ]);
    const participant = (await call(cast.participant.session, 'GET', `/cases/${c.id}/execution`)).json();
    expect(participant.progressReports).toBeNull();
    expect(participant.userNames).toEqual([]);
    // On the procesregisseur's timeline, not on the participants'.
    const regieTimeline = (await call('procesregisseur', 'GET', `/cases/${c.id}`)).json().timeline;
    expect(regieTimeline.map((e: { type: string }) => e.type)).toContain('progress-reported');
    expect(await logNames(c.id)).toContain(`case.progress-report:${cast.coordinator.id}`);
  });

  it("lists each caller's own overdue actions across cases and per case, without texts", async () => {
    const c = await caseInExecution(t);
    const overdue = async (as: Caller, url = '/overdue-actions?limit=100') => {
      const res = await call(as, 'GET', url);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().items as { caseId: string; actionId: string }[]).filter((i) => i.caseId === c.id);
    };
    const ids = (items: { actionId: string }[]) => items.map((i) => i.actionId).sort();
    expect(ids(await overdue(cast.participant.session))).toEqual([c.actions.parnassia]);
    expect(ids(await overdue(cast.coordinator.session))).toEqual(
      [c.actions.parnassia, c.actions.politie].sort(),
    );
    expect(ids(await overdue('procesregisseur'))).toEqual([c.actions.parnassia, c.actions.politie].sort());
    for (const as of [
      'professional',
      ...houseStaffWithoutRole,
      cast.uninvited.session,
      cast.otherRegisseur.session,
    ] as Caller[])
      expect(await overdue(as), String(as)).toEqual([]);

    const perCase = await call(cast.participant.session, 'GET', `/cases/${c.id}/overdue-actions`);
    expect(perCase.statusCode).toBe(200);
    const item = perCase.json().items[0];
    expect(item).toEqual({
      caseId: c.id,
      caseNumber: c.caseNumber,
      actionId: c.actions.parnassia,
      ownerPartyId: t.partyIds.get('parnassia-groep'),
      dueDate: expect.any(String),
      status: 'open',
      daysOverdue: 3,
    });
    expect(perCase.body).not.toContain('Behandeling');
    expect((await call(cast.uninvited.session, 'GET', `/cases/${c.id}/overdue-actions`)).statusCode).toBe(
      404,
    );
    expect((await call('manager', 'GET', `/cases/${c.id}/overdue-actions`)).statusCode).toBe(404);

    // Paging: one at a time, in due-date order.
    const first = (await call('procesregisseur', 'GET', `/cases/${c.id}/overdue-actions?limit=1`)).json();
    expect(first.items.map((i: { actionId: string }) => i.actionId)).toEqual([c.actions.parnassia]);
    const second = (
      await call(
        'procesregisseur',
        'GET',
        `/cases/${c.id}/overdue-actions?limit=1&cursor=${first.nextCursor}`,
      )
    ).json();
    expect(second.items.map((i: { actionId: string }) => i.actionId)).toEqual([c.actions.politie]);
    expect(second.nextCursor).toBeNull();

    // Done is no longer overdue.
    const done = await call(
      cast.coordinator.session,
      'POST',
      `/cases/${c.id}/actions/${c.actions.parnassia}/status`,
      { status: 'done' },
      '"v1"',
    );
    expect(done.statusCode).toBe(200);
    expect(ids(await overdue(cast.participant.session))).toEqual([]);
  });
});
