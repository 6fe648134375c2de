/**
 * Which party may provide police (Wpg) and judicial (Wjsg) data (Art. 15.2; docs/privacy.md, known
 * gap 4), through the real API on both dialects. The house configuration gives each party its
 * special regimes (`regimes`, stored in `parties.special_regimes`): in Haaglanden the police Wpg and
 * the OM Wpg and Wjsg; a municipality none. Creating an item, answering an information request and
 * correcting an item's regime refuse a regime the providing party may not provide with 422
 * `regime-not-allowed`, and store nothing: no item, no answer, no processing-log entry. The session
 * tells the web app which regimes to offer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../../src/platform/config/env.js';
import { houseConfigFor, seedIfEmpty } from '../../src/server.js';
import type { Session } from '../support/app.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { type Caller, callerHeaders, extraUser } from './cases-fixtures.js';
import { flow, inDays } from './cases-triage-fixtures.js';

const PROBLEM = 'urn:ketenhuis:problem:regime-not-allowed';

describe.each(dialects)('which party may provide Wpg and Wjsg data on %s', (dialect) => {
  let t: TestApp;
  let f: ReturnType<typeof flow>;
  let gemeente: Session;
  let om: Session;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    f = flow(t);
    gemeente = (await extraUser(t, 'prof-den-haag', ['professional'], 'den-haag')).session;
    om = (await extraUser(t, 'officier-om', ['professional'], 'openbaar-ministerie')).session;
  }, 120_000);
  afterAll(() => t?.close());
  const party = (k: string) => t.partyIds.get(k) as string;

  const count = async (table: 'information_items' | 'processing_log', caseId: string) =>
    Number(
      (
        await t.db.kysely
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('case_id', '=', caseId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const stateOf = async (caseId: string) => ({
    items: await count('information_items', caseId),
    log: await count('processing_log', caseId),
  });
  const provide = (as: Caller, caseId: string, regime: string) =>
    f.call(as, 'POST', `/cases/${caseId}/information-items`, {
      title: `Informatie (${regime})`,
      body: 'Inhoud',
      regime,
      visibility: 'all-participants',
      useInActionPlan: false,
    });

  it('stores each party’s special regimes from the house configuration', async () => {
    const rows = await t.db.kysely
      .selectFrom('parties')
      .select(['key', 'special_regimes'])
      .where('key', 'in', ['politie-den-haag', 'openbaar-ministerie', 'den-haag', 'reclassering-nederland'])
      .execute();
    const byKey = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.special_regimes ?? 'null')]));
    expect(byKey).toEqual({
      'politie-den-haag': ['wpg'],
      'openbaar-ministerie': ['wpg', 'wjsg'],
      'den-haag': [],
      'reclassering-nederland': [],
    });
  });

  it('fills, at the next start, the regimes of parties from before migration 0038, and keeps those set since', async () => {
    const db = t.db.kysely;
    const regimesOf = async (key: string) =>
      (
        await db
          .selectFrom('parties')
          .select('special_regimes')
          .where('key', '=', key)
          .executeTakeFirstOrThrow()
      ).special_regimes;
    // A database from before 0038: no regimes recorded (NULL), which reads as none.
    await db
      .updateTable('parties')
      .set({ special_regimes: null })
      .where('key', '=', 'politie-den-haag')
      .execute();
    // Functioneel beheer has since taken the OM's regimes away: that choice stays.
    await db
      .updateTable('parties')
      .set({ special_regimes: '[]' })
      .where('key', '=', 'openbaar-ministerie')
      .execute();
    expect(await seedIfEmpty(t.db, houseConfigFor(loadSettings({})))).toBe(false);
    expect(JSON.parse((await regimesOf('politie-den-haag')) as string)).toEqual(['wpg']);
    expect(JSON.parse((await regimesOf('openbaar-ministerie')) as string)).toEqual([]);
    await db
      .updateTable('parties')
      .set({ special_regimes: JSON.stringify(['wpg', 'wjsg']) })
      .where('key', '=', 'openbaar-ministerie')
      .execute();
  });

  it('lets a police professional provide Wpg data, not Wjsg data', async () => {
    const c = await f.inTriage();
    const wpg = await provide('professional', c.id, 'politie');
    expect(wpg.statusCode, wpg.body).toBe(201);
    const before = await stateOf(c.id);
    const wjsg = await provide('professional', c.id, 'justitieel');
    expect(wjsg.statusCode, wjsg.body).toBe(422);
    expect(wjsg.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(wjsg.json()).toMatchObject({
      type: PROBLEM,
      status: 422,
      detail: 'Uw partij mag geen justitiële en strafvorderlijke gegevens (Wjsg) verstrekken (Art. 15.2).',
    });
    expect(await stateOf(c.id)).toEqual(before);
  });

  it('refuses a municipality professional Wpg and Wjsg data with 422, and stores and logs nothing', async () => {
    const c = await f.inTriage({}, gemeente);
    const before = await stateOf(c.id);
    for (const regime of ['politie', 'justitieel']) {
      const res = await provide(gemeente, c.id, regime);
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().type).toBe(PROBLEM);
      expect(res.json().detail).toMatch(/^Uw partij mag geen (politiegegevens \(Wpg\)|justitiële)/);
    }
    expect(await stateOf(c.id)).toEqual(before);
    // Ordinary and health data stay open to every party.
    for (const regime of ['gewoon', 'bijzonder'])
      expect((await provide(gemeente, c.id, regime)).statusCode).toBe(201);
    expect((await stateOf(c.id)).items).toBe(before.items + 2);
  });

  it('refuses the house a Wpg note: its controller is the centrumgemeente (Art. 1.12)', async () => {
    const c = await f.inTriage();
    const before = await stateOf(c.id);
    const res = await provide('procesregisseur', c.id, 'politie');
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().detail).toMatch(/^Het Zorg- en Veiligheidshuis/);
    expect(await stateOf(c.id)).toEqual(before);
  });

  it('refuses a correction of the regime to one the provider may not provide, and changes nothing', async () => {
    const c = await f.inTriage({}, gemeente);
    const created = await provide(gemeente, c.id, 'gewoon');
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    const etag = created.headers.etag as string;
    const before = await stateOf(c.id);
    const correct = (regime: string, tag: string) =>
      f.call(
        gemeente,
        'POST',
        `/information-items/${id}/conditions`,
        { visibility: 'procesregisseur-only', useInActionPlan: false, regime },
        tag,
      );
    const refused = await correct('politie', etag);
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().type).toBe(PROBLEM);
    const row = await t.db.kysely
      .selectFrom('information_items')
      .select(['regime', 'visibility', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ regime: 'gewoon', visibility: 'all-participants', version: 1 });
    expect(await stateOf(c.id)).toEqual(before);
    const allowed = await correct('bijzonder', etag);
    expect(allowed.statusCode, allowed.body).toBe(200);
  });

  describe('answering an information request', () => {
    async function asked(partyKey: string) {
      const c = await f.inTriage();
      const sent = await f.ok(
        await f.call('procesregisseur', 'POST', `/cases/${c.id}/information-requests`, {
          partyId: party(partyKey),
          question: 'Is uw partij betrokken?',
          deadline: inDays(7),
        }),
        201,
      );
      return { caseId: c.id, requestId: sent.json().id as string, etag: sent.headers.etag as string };
    }
    const answer = (as: Caller, r: { requestId: string; etag: string }, regime: string) =>
      f.call(
        as,
        'POST',
        `/information-requests/${r.requestId}/answer`,
        { involved: true, summary: 'Bekend', information: 'Details', regime },
        r.etag,
      );
    const requestRow = (id: string) =>
      t.db.kysely
        .selectFrom('case_information_requests')
        .select(['status', 'answered_at', 'version'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();

    it('refuses a municipality’s Wpg answer with 422: the request stays open, no item, no log', async () => {
      const r = await asked('den-haag');
      const before = await stateOf(r.caseId);
      const refused = await answer(gemeente, r, 'politie');
      expect(refused.statusCode, refused.body).toBe(422);
      expect(refused.json()).toMatchObject({
        type: PROBLEM,
        detail: 'Uw partij mag geen politiegegevens (Wpg) verstrekken (Art. 15.2).',
      });
      expect(await requestRow(r.requestId)).toEqual({ status: 'open', answered_at: null, version: 1 });
      expect(await stateOf(r.caseId)).toEqual(before);
      const ok = await answer(gemeente, r, 'gewoon');
      expect(ok.statusCode, ok.body).toBe(200);
      expect((await requestRow(r.requestId)).status).toBe('answered');
    });

    it('takes the police’s Wpg answer and the OM’s Wjsg answer, and refuses the police a Wjsg one', async () => {
      const police = await asked('politie-den-haag');
      const before = await stateOf(police.caseId);
      expect((await answer('professional', police, 'justitieel')).statusCode).toBe(422);
      expect(await stateOf(police.caseId)).toEqual(before);
      const wpg = await answer('professional', police, 'politie');
      expect(wpg.statusCode, wpg.body).toBe(200);
      const officier = await asked('openbaar-ministerie');
      const wjsg = await answer(om, officier, 'justitieel');
      expect(wjsg.statusCode, wjsg.body).toBe(200);
      const regimes = await t.db.kysely
        .selectFrom('information_items')
        .select(['source_request_id', 'regime'])
        .where('source_request_id', 'in', [police.requestId, officier.requestId])
        .execute();
      expect(Object.fromEntries(regimes.map((r) => [r.source_request_id, r.regime]))).toEqual({
        [police.requestId]: 'politie',
        [officier.requestId]: 'justitieel',
      });
    });
  });

  it('lets functioneel beheer give a party a special regime (as after migration 0038), effective at once', async () => {
    const reclassering = (await extraUser(t, 'reclasseerder', ['professional'], 'reclassering-nederland'))
      .session;
    const c = await f.inTriage({}, reclassering);
    expect((await provide(reclassering, c.id, 'justitieel')).statusCode).toBe(422);
    const url = `/parties/${party('reclassering-nederland')}`;
    const shown = await f.call('professional', 'GET', url);
    expect(shown.json().regimes).toEqual([]);
    const patch = (as: Caller, regimes: unknown, etag: string) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1${url}`,
        payload: { regimes },
        headers: { ...callerHeaders(t, as), 'if-match': etag },
      });
    // Only functioneel beheer; an unknown regime is refused.
    expect((await patch('professional', ['wjsg'], shown.headers.etag as string)).statusCode).toBe(403);
    expect((await patch('beheer', ['politie'], shown.headers.etag as string)).statusCode).toBe(400);
    expect((await patch('beheer', ['wjsg', 'wjsg'], shown.headers.etag as string)).statusCode).toBe(400);
    const granted = await patch('beheer', ['wjsg'], shown.headers.etag as string);
    expect(granted.statusCode, granted.body).toBe(200);
    expect(granted.json().regimes).toEqual(['wjsg']);
    expect((await provide(reclassering, c.id, 'justitieel')).statusCode).toBe(201);
    expect((await provide(reclassering, c.id, 'politie')).statusCode).toBe(422);
    const revoked = await patch('beheer', [], granted.headers.etag as string);
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect((await provide(reclassering, c.id, 'justitieel')).statusCode).toBe(422);
  });

  it('tells the web app in the session which regimes the user may provide', async () => {
    const regimesOf = async (as: Caller) =>
      (await f.call(as, 'GET', '/session')).json().user.providableRegimes;
    expect(await regimesOf('professional')).toEqual(['gewoon', 'bijzonder', 'politie']);
    expect(await regimesOf(om)).toEqual(['gewoon', 'bijzonder', 'politie', 'justitieel']);
    expect(await regimesOf(gemeente)).toEqual(['gewoon', 'bijzonder']);
    // House staff: the centrumgemeente's, the controller of the house's notes.
    expect(await regimesOf('procesregisseur')).toEqual(['gewoon', 'bijzonder']);
  });
});
