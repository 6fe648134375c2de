/**
 * The later demo cases hang together in time (issue 5 §12; Art. 1.9, 1.10, 8.4, 13.2): every
 * moment lies in the past and in order; a held conference took place before it was recorded and
 * before the actions it agreed fell due; overdue actions really are overdue today; the follow-up
 * conference replaced the coordinator; the de-escalation proposal postdates the last conference;
 * and the scrubbed dossier closed with the retention date of its protocol. Runs on SQLite and
 * PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retentionUntil } from '../../src/modules/cases/deescalation/rules.js';
import { houseToday } from '../../src/modules/cases/execution/today.js';
import { dialects } from '../support/db.js';
import { type DemoHouse, openDemoHouse } from './demo-seed-fixtures.js';

describe.each(dialects)('the later demo cases on %s', (dialect) => {
  let h: DemoHouse;
  beforeAll(async () => {
    h = await openDemoHouse(dialect);
  }, 180_000);
  afterAll(() => h?.close());

  it('puts every recorded moment in the past, in the order it happened', async () => {
    const db = h.db.kysely;
    const now = h.now.toISOString();
    for (const c of h.seeded.cases) {
      const row = await db.selectFrom('cases').selectAll().where('id', '=', c.id).executeTakeFirstOrThrow();
      expect(row.created_at < now && row.updated_at < now, c.key).toBe(true);
      expect(row.updated_at >= row.created_at, c.key).toBe(true);
      if (row.submitted_at) expect(row.submitted_at > row.created_at, c.key).toBe(true);
      const events = await db
        .selectFrom('case_events')
        .select(['at', 'type'])
        .where('case_id', '=', c.id)
        .orderBy('id')
        .execute();
      // Ids are time-ordered at writing; the moved moments keep that order.
      expect(
        events.map((e) => e.at),
        c.key,
      ).toEqual(events.map((e) => e.at).sort());
      expect(events.every((e) => e.at < now)).toBe(true);
    }
  });

  it('holds conferences before their actions fall due, and overdue actions really are overdue', async () => {
    const db = h.db.kysely;
    const today = await houseToday(db);
    const held = await db.selectFrom('case_conferences').selectAll().where('status', '=', 'held').execute();
    expect(held.length).toBeGreaterThanOrEqual(7);
    for (const c of held) {
      expect(c.starts_at < c.ends_at && c.ends_at <= (c.held_at as string)).toBe(true);
      expect(c.created_at < c.starts_at).toBe(true);
      const actions = await db
        .selectFrom('case_actions')
        .selectAll()
        .where('conference_id', '=', c.id)
        .execute();
      for (const a of actions) expect(a.due_date > (c.held_at as string).slice(0, 10)).toBe(true);
    }
    const execution = (
      await h.get('procesregisseur', `/cases/${h.idOf('uitvoering-overlast-schulden')}/execution`)
    ).json();
    const overdue = (execution.actions as { overdue: boolean; dueDate: string; status: string }[]).filter(
      (a) => a.overdue,
    );
    expect(overdue).toHaveLength(2);
    for (const a of overdue) expect(a.dueDate < today && a.status !== 'done').toBe(true);
    expect(execution.actions).toHaveLength(4);
    expect(new Set(execution.actions.map((a: { ownerPartyId: string }) => a.ownerPartyId)).size).toBe(4);
    expect(execution.actions.some((a: { status: string }) => a.status === 'done')).toBe(true);
    expect(execution.progressReports).toHaveLength(2);
  });

  it('shows a held follow-up conference that replaced the coordinator (Art. 1.9, 8.6)', async () => {
    const id = h.idOf('vervolgoverleg-gezin');
    const res = await h.get('reclassering', `/cases/${id}/conferences`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as {
      sequence: number;
      status: string;
      coordinator: { partyId: string } | null;
      minutes: string | null;
      invitations: { participants: { attendance: string | null }[] }[];
    }[];
    expect(items.map((c) => [c.sequence, c.status]).sort()).toEqual([
      [1, 'held'],
      [2, 'held'],
    ]);
    const party = async (key: string) =>
      (await h.db.kysely.selectFrom('parties').select('id').where('key', '=', key).executeTakeFirstOrThrow())
        .id;
    const bySeq = (n: number) => items.find((c) => c.sequence === n);
    // The case has one coordinator: the one the latest conference appointed (Art. 8.4a, 13).
    expect(bySeq(1)?.minutes).toContain('de gemeente coördineert');
    expect(bySeq(2)?.coordinator?.partyId).toBe(await party('reclassering-nederland'));
    const attendance = bySeq(2)?.invitations.flatMap((i) => i.participants.map((p) => p.attendance));
    expect(attendance).toContain('absent');
    const timeline = (await h.get('reclassering', `/cases/${id}`)).json().timeline as { type: string }[];
    expect(timeline.filter((e) => e.type === 'conference-held')).toHaveLength(2);
    expect(timeline.some((e) => e.type === 'follow-up-requested')).toBe(true);
  });

  it('proposes de-escalation after the last conference, and closes the scrubbed dossier with its retention date', async () => {
    const db = h.db.kysely;
    const proposal = await db
      .selectFrom('case_deescalations')
      .selectAll()
      .where('case_id', '=', h.idOf('afschaling-voorgesteld'))
      .executeTakeFirstOrThrow();
    const conf = await db
      .selectFrom('case_conferences')
      .select('held_at')
      .where('case_id', '=', proposal.case_id)
      .executeTakeFirstOrThrow();
    expect(proposal.status).toBe('pending');
    expect(proposal.proposed_at > (conf.held_at as string)).toBe(true);

    const scrubbedId = h.idOf('afgeschaald-geschoond');
    const view = (await h.get('procesregisseur', `/cases/${scrubbedId}/deescalation`)).json();
    expect(view).toMatchObject({ status: 'afgeschaald', scrubPending: false, permissions: [] });
    const approved = view.proposals.find((p: { status: string }) => p.status === 'approved');
    const dossier = await db
      .selectFrom('dossiers')
      .selectAll()
      .where('id', '=', scrubbedId)
      .executeTakeFirstOrThrow();
    expect(dossier.closed_at).toBe(approved.scrubbedAt);
    expect(approved.retentionUntil).toBe(retentionUntil(dossier.closed_at as string, 24));
    expect(approved.retentionUntil > h.now.toISOString()).toBe(true);
    const scrub = (await h.get('procesregisseur', `/cases/${scrubbedId}/scrub`)).json();
    expect(scrub.pending).toBe(false);
    expect(scrub.decisions.filter((d: { decision: string }) => d.decision === 'keep')).toHaveLength(1);
    // Nothing personal is left but what was kept: the persons were removed.
    expect(
      await db.selectFrom('case_persons').select('id').where('case_id', '=', scrubbedId).execute(),
    ).toEqual([]);
    // The dossier whose scrub is due has no closing moment yet.
    const due = await db
      .selectFrom('dossiers')
      .select('closed_at')
      .where('id', '=', h.idOf('afgeschaald-te-schonen'))
      .executeTakeFirstOrThrow();
    expect(due.closed_at).toBeNull();
  });
});
