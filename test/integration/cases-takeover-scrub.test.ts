/**
 * Taking over a de-escalated case whose scrub is still due (Art. 12.1, 1.10): when the assigned
 * procesregisseur leaves before the scrub, another procesregisseur addresses the case by id, takes
 * it over with a recorded reason — without closing the dossier — and scrubs it, so that it gets
 * its closing moment and retention date. A scrubbed or otherwise closed dossier cannot be taken
 * over and stays hidden (404) from procesregisseurs without a relation to it.
 * Runs on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unseal } from '../../src/modules/cases/sealing.js';
import { openCaseKey } from '../../src/platform/crypto/case-keys.js';
import { verifyChain } from '../../src/platform/processing-log/index.js';
import type { Session, TestApp } from '../support/app.js';
import { createTestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { type Cast, caseAt, castOf, etagOf } from './cases-execution-fixtures.js';
import { api, type Caller, extraUser, registration } from './cases-fixtures.js';

describe.each(dialects)('taking over a case whose scrub is due on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof api>;
  let cast: Cast;
  let third: { id: string; session: Session };
  beforeAll(async () => {
    t = await createTestApp(dialect);
    call = api(t);
    cast = await castOf(t);
    third = await extraUser(t, 'regisseur-drie', ['procesregisseur'], null);
  });
  afterAll(() => t.close());

  const takeOver = (as: Caller, id: string, etag: string, reason = 'Procesregisseur is uit dienst') =>
    call(as, 'POST', `/cases/${id}/take-over`, { reason }, etag);
  const closedAt = async (id: string) => {
    const c = await t.db.kysely
      .selectFrom('cases')
      .select('closed_at')
      .where('id', '=', id)
      .executeTakeFirst();
    const d = await t.db.kysely
      .selectFrom('dossiers')
      .select('closed_at')
      .where('id', '=', id)
      .executeTakeFirst();
    return { case: c?.closed_at, dossier: d?.closed_at };
  };
  const scrubAll = async (as: Caller, id: string, etag: string) => {
    const list = await call(as, 'GET', `/cases/${id}/scrub`);
    expect(list.statusCode, list.body).toBe(200);
    const decisions = (list.json().elements as { type: string; id: string }[]).map((e) => ({
      type: e.type,
      id: e.id,
      decision: 'remove',
    }));
    return call(as, 'POST', `/cases/${id}/scrub`, { decisions }, etag);
  };

  it('lets another procesregisseur take over and scrub it, with the reason recorded', async () => {
    const c = await caseAt(t, 'deescalated');
    const etag = await etagOf(t, c.id);
    expect(await closedAt(c.id)).toEqual({ case: null, dossier: null });
    // No relation yet: the case is not shown or listed, but addressable for the take-over.
    expect((await call(cast.otherRegisseur.session, 'GET', `/cases/${c.id}`)).statusCode).toBe(404);
    const listed = (await call(cast.otherRegisseur.session, 'GET', '/cases?limit=100')).json().items;
    expect(listed.some((i: { id: string }) => i.id === c.id)).toBe(false);
    // Nobody else may take it over; the reason is required; the assigned one already holds it.
    for (const as of [
      'manager',
      'beheer',
      'informatiecentrum',
      'privacy',
      cast.uninvited.session,
    ] as Caller[])
      expect((await takeOver(as, c.id, etag)).statusCode, String(as)).toBe(404);
    expect((await takeOver(cast.coordinator.session, c.id, etag)).statusCode).toBe(403);
    expect((await takeOver('procesregisseur', c.id, etag)).statusCode).toBe(400);
    expect((await takeOver(cast.otherRegisseur.session, c.id, etag, ' ')).statusCode).toBe(400);

    const taken = await takeOver(cast.otherRegisseur.session, c.id, etag);
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.json()).toMatchObject({ status: 'afgeschaald' });
    // The take-over does not close the dossier: the retention clock still waits for the scrub.
    expect(await closedAt(c.id)).toEqual({ case: null, dossier: null });
    const row = await t.db.kysely
      .selectFrom('case_procesregisseurs')
      .select('reason_enc')
      .where('case_id', '=', c.id)
      .where('user_id', '=', cast.otherRegisseur.id)
      .executeTakeFirstOrThrow();
    const key = await openCaseKey(t.db.kysely, t.masterKey, c.id);
    const reason = unseal(
      key,
      'case_procesregisseurs',
      'reason',
      `${c.id}:${cast.otherRegisseur.id}`,
      row.reason_enc as string,
    );
    expect(reason).toBe('Procesregisseur is uit dienst');
    const logged = await t.db.kysely
      .selectFrom('processing_log')
      .select('processing_activity_id')
      .where('case_id', '=', c.id)
      .where('name', '=', 'case.take-over')
      .execute();
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.every((e) => e.processing_activity_id.endsWith(':afschaling'))).toBe(true);

    // Now assigned: the new procesregisseur sees the case, is offered the scrub, and closes it.
    const detail = await call(cast.otherRegisseur.session, 'GET', `/cases/${c.id}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json().timeline.some((e: { type: string }) => e.type === 'taken-over')).toBe(true);
    const view = await call(cast.otherRegisseur.session, 'GET', `/cases/${c.id}/deescalation`);
    expect(view.json()).toMatchObject({ scrubPending: true, permissions: ['scrub'] });
    const scrubbed = await scrubAll(cast.otherRegisseur.session, c.id, taken.headers.etag as string);
    expect(scrubbed.statusCode, scrubbed.body).toBe(200);
    expect(scrubbed.json().retentionUntil).toEqual(expect.any(String));
    const closed = await closedAt(c.id);
    expect(closed.case).not.toBeNull();
    expect(closed.dossier).toBe(closed.case);
    expect((await verifyChain(t.db.kysely)).ok).toBe(true);

    // Scrubbed: closed for good. A third procesregisseur gets 404, the assigned ones a conflict.
    const after = scrubbed.headers.etag as string;
    expect((await takeOver(third.session, c.id, after)).statusCode).toBe(404);
    expect((await takeOver('procesregisseur', c.id, after)).statusCode).toBe(409);
  });

  it('refuses a take-over of a scrubbed dossier by a procesregisseur without a relation', async () => {
    const c = await caseAt(t, 'deescalated');
    const scrubbed = await scrubAll('procesregisseur', c.id, await etagOf(t, c.id));
    expect(scrubbed.statusCode, scrubbed.body).toBe(200);
    const etag = scrubbed.headers.etag as string;
    expect((await takeOver(cast.otherRegisseur.session, c.id, etag)).statusCode).toBe(404);
    expect(
      await t.db.kysely
        .selectFrom('case_procesregisseurs')
        .select('user_id')
        .where('case_id', '=', c.id)
        .execute(),
    ).toEqual([{ user_id: t.users.procesregisseur.id }]);
  });

  it('refuses a take-over of every other closed dossier, and still allows it on an open case', async () => {
    const created = await call('professional', 'POST', '/cases', registration(t, { partnersInvolved: [] }));
    const id = created.json().id as string;
    let etag = created.headers.etag as string;
    etag = (await call('professional', 'POST', `/cases/${id}/submit`, {}, etag)).headers.etag as string;
    etag = (await call('procesregisseur', 'POST', `/cases/${id}/pick-up`, {}, etag)).headers.etag as string;
    const rejected = await call(
      'procesregisseur',
      'POST',
      `/cases/${id}/reject`,
      { reason: 'Niet complex (Bijlage 2)', advice: 'Sociaal wijkteam' },
      etag,
    );
    expect(rejected.statusCode, rejected.body).toBe(200);
    const closedTag = rejected.headers.etag as string;
    expect((await takeOver(cast.otherRegisseur.session, id, closedTag)).statusCode).toBe(404);
    expect((await takeOver('procesregisseur', id, closedTag)).statusCode).toBe(409);

    const open = await caseAt(t, 'execution');
    const taken = await takeOver(third.session, open.id, await etagOf(t, open.id), 'Vakantie');
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.json().status).toBe('in_uitvoering');
    expect(await closedAt(open.id)).toEqual({ case: null, dossier: null });
  });
});
