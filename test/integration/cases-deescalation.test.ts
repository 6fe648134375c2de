/**
 * De-escalation (issue 5 §6; Art. 1.10, 8.4d): proposed with an evaluation against the criteria
 * by the procesregisseur or the coordinator; approved by both, two different users (one user
 * cannot fill both approvals, in the API nor in the database); cancelled with a reason; then the
 * scrub — every element decided, keeping needs a reason, removed contents really gone — and the
 * case closes with its retention date; the retention engine later removes all of it.
 * Runs on SQLite and PostgreSQL.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeCaseRows } from '../../src/modules/cases/retention.js';
import { newId } from '../../src/platform/ids.js';
import { runRetention } from '../../src/platform/retention/engine.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { type Cast, CRITERIA, caseAt, caseInExecution, castOf } from './cases-execution-fixtures.js';
import { api, type Caller, PERSON } from './cases-fixtures.js';

const nobody: Caller[] = ['manager', 'beheer', 'privacy', 'informatiecentrum', 'secretaris'];

describe.each(dialects)('case de-escalation on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof api>;
  let cast: Cast;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    call = api(t);
    cast = await castOf(t);
  });
  afterAll(() => t.close());

  const post = (as: Caller, id: string, what: string, etag?: string, payload: object = {}) =>
    call(as, 'POST', `/cases/${id}/${what}`, payload, etag);
  const evaluation = { evaluation: 'Beide criteria gehaald sinds het laatste overleg' };

  it('is proposed by the coordinator or the procesregisseur only, and the other approver is told', async () => {
    const c = await caseInExecution(t);
    for (const as of [cast.participant.session, 'professional'] as Caller[])
      expect((await post(as, c.id, 'propose-deescalation', c.etag, evaluation)).statusCode, String(as)).toBe(
        403,
      );
    for (const as of [...nobody, cast.uninvited.session, cast.otherRegisseur.session])
      expect((await post(as, c.id, 'propose-deescalation', c.etag, evaluation)).statusCode, String(as)).toBe(
        404,
      );
    expect((await post(cast.coordinator.session, c.id, 'propose-deescalation', c.etag, {})).statusCode).toBe(
      400,
    );
    expect(
      (await post(cast.coordinator.session, c.id, 'propose-deescalation', undefined, evaluation)).statusCode,
    ).toBe(428);
    const proposed = await post(cast.coordinator.session, c.id, 'propose-deescalation', c.etag, evaluation);
    expect(proposed.statusCode, proposed.body).toBe(200);
    expect(
      (
        await post(
          'procesregisseur',
          c.id,
          'propose-deescalation',
          proposed.headers.etag as string,
          evaluation,
        )
      ).statusCode,
    ).toBe(400);

    const told = await t.db.kysely
      .selectFrom('notifications')
      .select('user_id')
      .where('case_id', '=', c.id)
      .where('kind', '=', 'case.deescalation-proposed')
      .execute();
    expect(told.map((n) => n.user_id)).toEqual([t.users.procesregisseur.id]);

    const view = await call('procesregisseur', 'GET', `/cases/${c.id}/deescalation`);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({
      criteria: CRITERIA,
      scrubPending: false,
      permissions: ['approve', 'cancel'],
    });
    expect(view.json().proposals[0]).toMatchObject({
      status: 'pending',
      evaluation: evaluation.evaluation,
      proposedByUserId: cast.coordinator.id,
      conferenceId: c.conferenceId,
    });
    expect((await call(cast.participant.session, 'GET', `/cases/${c.id}/deescalation`)).statusCode).toBe(403);
    expect((await call('professional', 'GET', `/cases/${c.id}/deescalation`)).statusCode).toBe(403);
    for (const as of [...nobody, cast.uninvited.session])
      expect((await call(as, 'GET', `/cases/${c.id}/deescalation`)).statusCode, String(as)).toBe(404);
    const raw = await t.db.kysely
      .selectFrom('case_deescalations')
      .selectAll()
      .where('case_id', '=', c.id)
      .execute();
    expect(JSON.stringify(raw)).not.toContain('criteria gehaald');
  });

  it('needs two different users: one user cannot fill both approvals', async () => {
    const c = await caseAt(t, 'proposed');
    const first = await post('procesregisseur', c.id, 'approve-deescalation', c.etag);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().status).toBe('in_uitvoering');
    let etag = first.headers.etag as string;
    const again = await post('procesregisseur', c.id, 'approve-deescalation', etag);
    expect(again.statusCode).toBe(400);
    expect(again.json().detail).toContain('1.10');
    for (const as of [cast.participant.session, 'professional'] as Caller[])
      expect((await post(as, c.id, 'approve-deescalation', etag)).statusCode, String(as)).toBe(403);
    for (const as of [...nobody, cast.otherRegisseur.session])
      expect((await post(as, c.id, 'approve-deescalation', etag)).statusCode, String(as)).toBe(404);

    // The database refuses it too, whatever the code path.
    const row = await t.db.kysely
      .selectFrom('case_deescalations')
      .select('id')
      .where('case_id', '=', c.id)
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow();
    await expect(
      t.db.kysely
        .updateTable('case_deescalations')
        .set({ coordinator_user_id: t.users.procesregisseur.id, coordinator_at: new Date().toISOString() })
        .where('id', '=', row.id)
        .execute(),
    ).rejects.toThrow();

    const second = await post(cast.coordinator.session, c.id, 'approve-deescalation', etag);
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().status).toBe('afgeschaald');
    etag = second.headers.etag as string;
    const view = (await call('procesregisseur', 'GET', `/cases/${c.id}/deescalation`)).json();
    expect(view.proposals[0]).toMatchObject({
      status: 'approved',
      procesregisseurApproval: { userId: t.users.procesregisseur.id },
      coordinatorApproval: { userId: cast.coordinator.id },
    });
    expect(view.scrubPending).toBe(true);
    expect(view.permissions).toEqual(['scrub']);
    const scrubDue = await t.db.kysely
      .selectFrom('notifications')
      .select('user_id')
      .where('case_id', '=', c.id)
      .where('kind', '=', 'case.scrub-due')
      .execute();
    expect(scrubDue.map((n) => n.user_id)).toEqual([t.users.procesregisseur.id]);
    // Not closed yet: the retention clock starts after the scrub.
    const dossier = await t.db.kysely
      .selectFrom('dossiers')
      .select('closed_at')
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(dossier.closed_at).toBeNull();
  });

  it('is cancelled with a reason by either approver, after which approving is refused', async () => {
    const c = await caseAt(t, 'proposed');
    expect(
      (await post(cast.participant.session, c.id, 'cancel-deescalation', c.etag, { reason: 'x' })).statusCode,
    ).toBe(403);
    expect((await post(cast.coordinator.session, c.id, 'cancel-deescalation', c.etag, {})).statusCode).toBe(
      400,
    );
    const cancelled = await post(cast.coordinator.session, c.id, 'cancel-deescalation', c.etag, {
      reason: 'Terugval',
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const etag = cancelled.headers.etag as string;
    expect((await post('procesregisseur', c.id, 'approve-deescalation', etag)).statusCode).toBe(409);
    expect(
      (await post('procesregisseur', c.id, 'cancel-deescalation', etag, { reason: 'x' })).statusCode,
    ).toBe(409);
    const view = (await call(cast.coordinator.session, 'GET', `/cases/${c.id}/deescalation`)).json();
    expect(view.proposals[0]).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Terugval',
      cancelledByUserId: cast.coordinator.id,
    });
    // A new proposal may follow.
    expect((await post('procesregisseur', c.id, 'propose-deescalation', etag, evaluation)).statusCode).toBe(
      200,
    );
  });

  it('answers a proposal or approval from a stale page with 412 precondition-failed, changing nothing', async () => {
    const stale = async (as: Caller, id: string, what: string, etag: string, payload: object = {}) => {
      const res = await post(as, id, what, etag, payload);
      expect(res.statusCode, `${what}: ${res.body}`).toBe(412);
      expect(res.json()).toMatchObject({
        type: 'urn:ketenhuis:problem:precondition-failed',
        status: 412,
      });
      expect(res.json().detail).toContain('De casus is intussen gewijzigd; laad de pagina opnieuw.');
    };
    const snapshot = async (id: string) =>
      JSON.stringify([
        await t.db.kysely.selectFrom('case_deescalations').selectAll().where('case_id', '=', id).execute(),
        await t.db.kysely.selectFrom('cases').select(['status', 'version']).where('id', '=', id).execute(),
      ]);

    // Both approvers loaded the page; the coordinator proposes first.
    const c = await caseInExecution(t);
    const proposed = await post(cast.coordinator.session, c.id, 'propose-deescalation', c.etag, evaluation);
    expect(proposed.statusCode, proposed.body).toBe(200);
    let before = await snapshot(c.id);
    await stale('procesregisseur', c.id, 'propose-deescalation', c.etag, evaluation);
    // An approval sent twice (the second from the page as it was before the first).
    const page = proposed.headers.etag as string;
    const first = await post('procesregisseur', c.id, 'approve-deescalation', page);
    expect(first.statusCode, first.body).toBe(200);
    before = await snapshot(c.id);
    await stale('procesregisseur', c.id, 'approve-deescalation', page);
    // A cancellation or approval of a proposal that was cancelled meanwhile.
    const cancelled = await post(
      cast.coordinator.session,
      c.id,
      'cancel-deescalation',
      first.headers.etag as string,
      {
        reason: 'Terugval',
      },
    );
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    before = await snapshot(c.id);
    await stale(cast.coordinator.session, c.id, 'approve-deescalation', first.headers.etag as string);
    await stale('procesregisseur', c.id, 'cancel-deescalation', first.headers.etag as string, {
      reason: 'x',
    });
    expect(await snapshot(c.id)).toBe(before);
    // Who may not decide at all still hears so first (403), whatever the version; no role: 404.
    expect((await post(cast.participant.session, c.id, 'approve-deescalation', page)).statusCode).toBe(403);
    expect((await post(cast.uninvited.session, c.id, 'approve-deescalation', page)).statusCode).toBe(404);

    // The second approval from a stale page after the first closed it: 412, not 409.
    const d = await caseAt(t, 'proposed');
    const done = await post('procesregisseur', d.id, 'approve-deescalation', d.etag);
    expect(done.statusCode, done.body).toBe(200);
    const completed = await post(
      cast.coordinator.session,
      d.id,
      'approve-deescalation',
      done.headers.etag as string,
    );
    expect(completed.json().status).toBe('afgeschaald');
    before = await snapshot(d.id);
    await stale('procesregisseur', d.id, 'approve-deescalation', d.etag);
    await stale(cast.coordinator.session, d.id, 'approve-deescalation', done.headers.etag as string);
    expect(await snapshot(d.id)).toBe(before);
  });

  it('voids a proposal when a follow-up conference is held after it (Art. 1.9)', async () => {
    const c = await caseAt(t, 'proposed');
    let etag = await post('procesregisseur', c.id, 'approve-deescalation', c.etag).then(
      (r) => r.headers.etag as string,
    );
    const followUp = await post(cast.coordinator.session, c.id, 'plan-follow-up', etag);
    expect(followUp.statusCode, followUp.body).toBe(200);
    etag = followUp.headers.etag as string;
    // Not in execution: the pending proposal cannot be completed meanwhile.
    expect((await post(cast.coordinator.session, c.id, 'approve-deescalation', etag)).statusCode).toBe(409);
    const soon = new Date(Date.now() + 86_400_000);
    const planned = await call('procesregisseur', 'POST', `/cases/${c.id}/conferences`, {
      startsAt: soon.toISOString(),
      endsAt: new Date(soon.getTime() + 3_600_000).toISOString(),
      location: 'Zaal 3',
      goal: 'Vervolg',
      decisionTypes: ['Bijstellen plan'],
      invitations: [
        {
          partyId: t.partyIds.get('middin'),
          contribution: 'Woonbegeleiding',
          participantUserIds: [cast.coordinator.id],
        },
      ],
    });
    expect(planned.statusCode, planned.body).toBe(201);
    const held = await post('procesregisseur', c.id, `conferences/${planned.json().id}/hold`, etag, {
      attendance: [{ userId: cast.coordinator.id, present: true }],
      coordinatorUserId: cast.coordinator.id,
      actions: [{ ownerPartyId: t.partyIds.get('middin'), description: 'Nazorg', dueDate: '2099-01-01' }],
      partyRoles: [],
      deescalationCriteria: 'Nieuwe criteria',
      minutes: 'Vervolgafspraken',
    });
    expect(held.statusCode, held.body).toBe(200);
    etag = held.headers.etag as string;
    // The old proposal (with its one approval) no longer counts; the new criteria apply.
    const view = (await call('procesregisseur', 'GET', `/cases/${c.id}/deescalation`)).json();
    expect(view.criteria).toBe('Nieuwe criteria');
    expect(view.proposals[0].status).toBe('cancelled');
    expect(view.permissions).toEqual(['propose']);
    expect((await post(cast.coordinator.session, c.id, 'approve-deescalation', etag)).statusCode).toBe(409);
    const again = await post(cast.coordinator.session, c.id, 'propose-deescalation', etag, evaluation);
    expect(again.statusCode, again.body).toBe(200);
    const rows = await t.db.kysely
      .selectFrom('case_deescalations')
      .select('status')
      .where('case_id', '=', c.id)
      .orderBy('proposed_at')
      .execute();
    expect(rows.map((r) => r.status)).toEqual(['cancelled', 'pending']);
  });

  it('scrubs: every element decided, keeping with a reason; removed contents are gone; the case closes and is removed after retention', async () => {
    const c = await caseInExecution(t);
    let etag = c.etag;
    etag = (
      await post(cast.coordinator.session, c.id, 'escalate', etag, {
        reason: 'Stagnatie bij de woningcorporatie',
      })
    ).headers.etag as string;
    const progress = await post(cast.coordinator.session, c.id, 'progress-reports', undefined, {
      text: 'Voortgang: huur betaald',
    });
    expect(progress.statusCode).toBe(201);
    etag = (await call('procesregisseur', 'GET', `/cases/${c.id}/execution`)).headers.etag as string;
    etag = (await post('procesregisseur', c.id, 'propose-deescalation', etag, evaluation)).headers
      .etag as string;
    // Scrubbing before the decision is refused.
    expect((await post('procesregisseur', c.id, 'scrub', etag, { decisions: [] })).statusCode).toBe(409);
    etag = (await post(cast.coordinator.session, c.id, 'approve-deescalation', etag)).headers.etag as string;
    etag = (await post('procesregisseur', c.id, 'approve-deescalation', etag)).headers.etag as string;
    // The escalation ended with the case.
    expect((await call('manager', 'GET', `/cases/${c.id}`)).statusCode).toBe(404);

    for (const as of [cast.coordinator.session, cast.participant.session, 'professional'] as Caller[])
      expect((await call(as, 'GET', `/cases/${c.id}/scrub`)).statusCode, String(as)).toBe(403);
    for (const as of [...nobody, cast.uninvited.session, cast.otherRegisseur.session])
      expect((await call(as, 'GET', `/cases/${c.id}/scrub`)).statusCode, String(as)).toBe(404);
    const list = await call('procesregisseur', 'GET', `/cases/${c.id}/scrub`);
    expect(list.statusCode, list.body).toBe(200);
    const elements = list.json().elements as { type: string; id: string; preview: string | null }[];
    const types = new Set(elements.map((e) => e.type));
    for (const type of [
      'registration',
      'person',
      'timeline-note',
      'conference-record',
      'action',
      'progress-report',
      'escalation',
    ])
      expect(types, type).toContain(type);
    expect(elements.find((e) => e.type === 'person')?.preview).toBe(`${PERSON.name} (${PERSON.birthDate})`);

    const keepConference = (e: { type: string; id: string }) =>
      e.type === 'action' && e.id === c.actions.middin;
    const decisions = elements.map((e) =>
      keepConference(e)
        ? { type: e.type, id: e.id, decision: 'keep', reason: 'Woonbegeleiding loopt door (Art. 16.1)' }
        : { type: e.type, id: e.id, decision: 'remove' },
    );
    const scrub = (as: Caller, body: object, tag?: string) => post(as, c.id, 'scrub', tag, body);
    expect((await scrub(cast.coordinator.session, { decisions }, etag)).statusCode).toBe(403);
    expect((await scrub(cast.uninvited.session, { decisions }, etag)).statusCode).toBe(404);
    expect((await scrub('procesregisseur', { decisions })).statusCode).toBe(428);
    const keepWithoutReason = decisions.map((d) =>
      keepConference(d) ? { type: d.type, id: d.id, decision: 'keep' } : d,
    );
    expect((await scrub('procesregisseur', { decisions: keepWithoutReason }, etag)).statusCode).toBe(400);
    const missing = await scrub('procesregisseur', { decisions: decisions.slice(1) }, etag);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().detail).toContain('ontbreekt');
    const foreign = [...decisions, { type: 'action', id: newId(), decision: 'remove' }];
    expect((await scrub('procesregisseur', { decisions: foreign }, etag)).statusCode).toBe(400);
    // Nothing was removed by the refused attempts.
    expect(
      await t.db.kysely.selectFrom('case_persons').select('id').where('case_id', '=', c.id).execute(),
    ).toHaveLength(1);

    const personId = elements.find((e) => e.type === 'person')?.id as string;
    const personRow = await t.db.kysely
      .selectFrom('case_persons')
      .selectAll()
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    const closed = await scrub('procesregisseur', { decisions }, etag);
    expect(closed.statusCode, closed.body).toBe(200);
    const result = closed.json();
    expect(result).toMatchObject({ status: 'afgeschaald', kept: 1, removed: decisions.length - 1 });
    // Retention: the multiproblem protocol keeps a closed dossier 24 months (configuration).
    const dossier = await t.db.kysely
      .selectFrom('dossiers')
      .select('closed_at')
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(dossier.closed_at).not.toBeNull();
    const closedAt = new Date(dossier.closed_at as string);
    const until = new Date(result.retentionUntil);
    expect(
      until.getUTCFullYear() * 12 +
        until.getUTCMonth() -
        (closedAt.getUTCFullYear() * 12 + closedAt.getUTCMonth()),
    ).toBeGreaterThanOrEqual(24);

    // Removed contents are really gone from the database.
    const db = t.db.kysely;
    expect(await db.selectFrom('case_persons').select('id').where('case_id', '=', c.id).execute()).toEqual(
      [],
    );
    expect(await db.selectFrom('case_actions').select('id').where('case_id', '=', c.id).execute()).toEqual([
      { id: c.actions.middin },
    ]);
    expect(
      await db.selectFrom('case_progress_reports').select('id').where('case_id', '=', c.id).execute(),
    ).toEqual([]);
    expect(
      await db.selectFrom('case_escalations').select('id').where('case_id', '=', c.id).execute(),
    ).toEqual([]);
    expect(
      await db
        .selectFrom('case_events')
        .select('id')
        .where('case_id', '=', c.id)
        .where('note_enc', 'is not', null)
        .execute(),
    ).toEqual([]);
    const dump = JSON.stringify(
      await Promise.all(
        ['case_persons', 'cases', 'case_events', 'case_actions'].map((table) =>
          db
            .selectFrom(table as 'cases')
            .selectAll()
            .execute(),
        ),
      ),
    );
    for (const sealed of [personRow.name_enc, personRow.birth_date_enc, personRow.address_enc])
      expect(dump).not.toContain(sealed);
    // The conference stays as a fact, without its texts, and still reads.
    const conference = await db
      .selectFrom('case_conferences')
      .selectAll()
      .where('id', '=', c.conferenceId)
      .executeTakeFirstOrThrow();
    expect(conference.minutes_enc).toBeNull();
    expect(conference.location_enc).toBeNull();
    const conferences = await call('procesregisseur', 'GET', `/cases/${c.id}/conferences`);
    expect(conferences.statusCode, conferences.body).toBe(200);
    expect(conferences.body).not.toContain('Plan van aanpak opstellen');
    expect(conferences.body).not.toContain('Woonbegeleiding');
    expect(conferences.body).not.toContain('Middin coördineert');
    const after = (await call('procesregisseur', 'GET', `/cases/${c.id}/scrub`)).json();
    expect(after.pending).toBe(false);
    expect(after.elements.map((e: { type: string; id: string }) => `${e.type}:${e.id}`)).toEqual([
      `action:${c.actions.middin}`,
    ]);
    expect(after.decisions.find((d: { decision: string }) => d.decision === 'keep')).toMatchObject({
      reason: 'Woonbegeleiding loopt door (Art. 16.1)',
    });
    const detail = (await call('procesregisseur', 'GET', `/cases/${c.id}`)).json();
    expect(detail).toMatchObject({ status: 'afgeschaald', persons: [], reason: '', goal: '' });
    // The scrub is logged per data subject as a removal, under afschaling.
    const logged = await db
      .selectFrom('processing_log')
      .innerJoin(
        'processing_activities',
        'processing_activities.uri',
        'processing_log.processing_activity_id',
      )
      .select(['processing_log.operation', 'processing_activities.key', 'processing_log.data_subject_id'])
      .where('processing_log.case_id', '=', c.id)
      .where('processing_log.name', '=', 'case.scrub')
      .execute();
    expect(logged).toEqual([expect.objectContaining({ operation: 'remove', key: 'afschaling' })]);
    expect(logged[0]?.data_subject_id).not.toBeNull();
    // Only once.
    expect(
      (await scrub('procesregisseur', { decisions: [] }, closed.headers.etag as string)).statusCode,
    ).toBe(409);

    // After the retention period the engine removes the case, this module's rows included.
    const options = {
      ledgerPath: join(mkdtempSync(join(tmpdir(), 'ketenhuis-ledger-')), 'shred-ledger.jsonl'),
      removalActivityUri: 'urn:ketenhuis:haaglanden:verwerking:verwijdering',
      removers: [removeCaseRows],
    };
    const early = await runRetention(db, {
      ...options,
      dryRun: true,
      now: new Date(Date.parse(result.retentionUntil) - 1),
    });
    expect(early.due.map((d) => d.id)).not.toContain(c.id);
    const report = await runRetention(db, { ...options, now: new Date(result.retentionUntil) });
    expect(report.due.map((d) => d.id)).toContain(c.id);
    for (const table of [
      'cases',
      'case_deescalations',
      'case_scrub_decisions',
      'case_action_status_changes',
      'case_conferences',
    ] as const) {
      const column = table === 'cases' ? 'id' : 'case_id';
      expect(
        await db
          .selectFrom(table)
          .select(column as 'id')
          .where(column as 'id', '=', c.id)
          .execute(),
        table,
      ).toEqual([]);
    }
  });
});
