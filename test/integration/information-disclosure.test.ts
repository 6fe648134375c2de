/**
 * Disclosure to third parties (Art. 9.2, 19.1), through the real API on both dialects: a
 * participant requests disclosure of items they may see; an item they may not see is answered
 * exactly like an unknown one; each controller's decider approves or refuses in writing, only
 * after re-authentication; the export exists only after every approval, is a PDF marked with
 * recipient and reference on every page; and every step is logged, on the timeline and notified.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeCaseRows } from '../../src/modules/cases/retention.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { api, type Caller } from './cases-fixtures.js';
import {
  type DisclosureWorld,
  disclosureWorld,
  pdfPageTexts,
  reauthenticated,
} from './information-disclosure-fixtures.js';

const RECIPIENT = 'Woningcorporatie Haagwonen, afdeling Incasso';

describe.each(dialects)('disclosure to third parties on %s', (dialect) => {
  let t: TestApp;
  let w: DisclosureWorld;
  let call: ReturnType<typeof api>;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    call = api(t);
    w = await disclosureWorld(t);
  }, 120_000);
  afterAll(() => t.close());

  const count = async () =>
    (
      await t.db.kysely
        .selectFrom('disclosure_request_items')
        .select('item_id')
        .where('case_id', '=', w.c.id)
        .execute()
    ).length +
    (await t.db.kysely.selectFrom('disclosure_requests').select('id').where('case_id', '=', w.c.id).execute())
      .length;

  const base = () => `/cases/${w.c.id}/disclosures`;
  const body = (itemIds: string[]) => ({
    itemIds,
    recipient: RECIPIENT,
    purpose: 'Voorkomen van huisuitzetting door een betalingsregeling',
    legalBasis: 'Art. 6 lid 1 sub e AVG; toestemming verstrekkende partijen (Art. 9.2)',
  });
  const decide = (as: Caller, id: string, itemId: string, etag: string, decision = 'approved') =>
    call(
      as,
      'POST',
      `${base()}/${id}/items/${itemId}/decision`,
      { decision, reasoning: 'Noodzakelijk en evenredig' },
      etag,
    );

  it('never lets an item the requester cannot see into a request, nor reveals that it exists', async () => {
    const hidden = await call('professional', 'POST', base(), body([w.items.politie, w.items.hidden]));
    const unknown = await call(
      'professional',
      'POST',
      base(),
      body([w.items.politie, '01900000-0000-7000-8000-00000000abcd']),
    );
    expect(hidden.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(hidden.json().detail).toBe(unknown.json().detail);
    expect(hidden.json().title).toBe(unknown.json().title);
    const list = await call('professional', 'GET', base());
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([]);
    // Parnassia's own professional may ask for their item to be disclosed (they see it).
    const own = await call(w.cast.participant.session, 'POST', base(), body([w.items.hidden]));
    expect(own.statusCode).toBe(201);
    // …but the politie requester still does not see that request, nor the item in any list.
    const again = await call('professional', 'GET', base());
    expect(JSON.stringify(again.json())).not.toContain('Parnassia');
  });

  it('refuses callers without a role, and parties that may not request', async () => {
    expect((await call('anonymous', 'POST', base(), body([w.items.politie]))).statusCode).toBe(401);
    for (const as of ['beheer', 'manager', 'informatiecentrum', 'privacy', 'secretaris'] as const)
      expect((await call(as, 'POST', base(), body([w.items.politie]))).statusCode, as).toBe(404);
    expect((await call(w.cast.uninvited.session, 'POST', base(), body([w.items.politie]))).statusCode).toBe(
      404,
    );
  });

  it('needs every controller’s written, re-authenticated approval before the PDF exists', async () => {
    const created = await call('professional', 'POST', base(), body([w.items.middin, w.items.politie]));
    expect(created.statusCode, created.body).toBe(201);
    const d = created.json();
    let etag = created.headers.etag as string;
    expect(d.status).toBe('pending');
    expect(d.recipient).toBe(RECIPIENT);
    expect(d.reference).toMatch(/^VS-\d{4}-[2-9A-Z]{8}$/);
    expect(d.items.map((i: { itemId: string }) => i.itemId)).toEqual([w.items.middin, w.items.politie]);
    expect(d.permissions).toEqual(['cancel']);
    // Politie decides on its own item; Middin's item is Middin's to decide.
    expect(d.items.map((i: { permissions: string[] }) => i.permissions)).toEqual([[], ['decide']]);
    // Art. 9.2, 15.2: whoever decides sees the legal regime of each item.
    expect(d.items.map((i: { regime: string }) => i.regime)).toEqual(['gewoon', 'politie']);

    const early = await call('professional', 'POST', `${base()}/${d.id}/export`);
    expect(early.statusCode).toBe(409);

    // The coordinator (Middin) is notified and is the decider for Middin's item.
    const notes = await t.db.kysely
      .selectFrom('notifications')
      .select(['kind', 'link'])
      .where('user_id', '=', w.cast.coordinator.id)
      .where('kind', '=', 'disclosure.decision-requested')
      .execute();
    expect(notes.map((n) => n.link)).toContain(`/casussen/${w.c.id}/verstrekkingen/${d.id}`);

    // Without recent re-authentication: refused, nothing recorded.
    const noReauth = await decide(w.cast.coordinator.session, d.id, w.items.middin, etag);
    expect(noReauth.statusCode).toBe(401);
    expect(noReauth.json().type).toBe('urn:ketenhuis:problem:reauth-required');
    // Not a decider for this item: Parnassia sees neither request nor item → 404; the procesregisseur 403.
    expect((await decide(w.cast.participant.session, d.id, w.items.middin, etag)).statusCode).toBe(404);
    expect((await decide('procesregisseur', d.id, w.items.middin, etag)).statusCode).toBe(403);
    // Politie may not decide on Middin's item.
    expect((await decide('professional', d.id, w.items.middin, etag)).statusCode).toBe(403);

    const coordinator = await reauthenticated(t, w.cast.coordinator.id, w.cast.coordinator.session);
    w.cast.coordinator.session = coordinator;
    const approved = await decide(coordinator, d.id, w.items.middin, etag);
    expect(approved.statusCode, approved.body).toBe(200);
    etag = approved.headers.etag as string;
    expect(approved.json().status).toBe('pending');
    expect((await call('professional', 'POST', `${base()}/${d.id}/export`)).statusCode).toBe(409);
    // A second decision on the same item is refused.
    expect((await decide(coordinator, d.id, w.items.middin, etag)).statusCode).toBe(409);

    const politie = await reauthenticated(t, t.users.professional.id, t.sessions.professional);
    t.sessions.professional = politie;
    const last = await decide('professional', d.id, w.items.politie, etag);
    expect(last.statusCode, last.body).toBe(200);
    expect(last.json().status).toBe('approved');
    expect(last.json().permissions).toContain('export');
    expect(last.json().items[0].reasoning).toBe('Noodzakelijk en evenredig');

    // Only the requester produces the export.
    expect((await call('procesregisseur', 'POST', `${base()}/${d.id}/export`)).statusCode).toBe(403);
    expect((await call(coordinator, 'POST', `${base()}/${d.id}/export`)).statusCode).toBe(403);
    const pdf = await call('professional', 'POST', `${base()}/${d.id}/export`);
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    const pages = await pdfPageTexts(pdf.rawPayload);
    expect(pages.length).toBeGreaterThan(0);
    for (const text of pages) {
      expect(text).toContain(d.reference);
      expect(text).toContain(RECIPIENT);
    }
    const all = pages.join('\n');
    expect(all).toContain('Woonbegeleiding door Middin');
    expect(all).toContain('€ 1.200');
    expect(all).toContain('Meldingen politie');
    expect(all).not.toContain('Parnassia (geheim');
    // Each item carries its legal regime in Dutch words (Art. 15.2).
    expect(all).toContain('Wettelijk regime: Gewone persoonsgegevens');
    expect(all).toContain('Wettelijk regime: Politiegegevens (Wpg)');
    expect(all).not.toContain('Bijzondere persoonsgegevens');

    // Logged as a verstrekking per item with its controller; timeline; controllers told.
    const log = await t.db.kysely
      .selectFrom('processing_log')
      .select(['name', 'operation', 'controller_party_id', 'processing_activity_id'])
      .where('case_id', '=', w.c.id)
      .where('name', 'like', 'disclosure.%')
      .execute();
    const exported = log.filter((e) => e.name === 'disclosure.export');
    expect(exported.every((e) => e.operation === 'disclose')).toBe(true);
    expect(new Set(exported.map((e) => e.controller_party_id))).toEqual(
      new Set([t.partyIds.get('middin'), t.partyIds.get('politie-den-haag')]),
    );
    expect(exported[0]?.processing_activity_id).toMatch(/verstrekking-derden$/);
    for (const name of ['disclosure.request', 'disclosure.approve'])
      expect(log.map((e) => e.name)).toContain(name);
    const events = await t.db.kysely
      .selectFrom('case_events')
      .select('type')
      .where('case_id', '=', w.c.id)
      .execute();
    for (const type of ['disclosure-requested', 'disclosure-item-approved', 'disclosure-exported'])
      expect(events.map((e) => e.type)).toContain(type);
    const told = await t.db.kysely
      .selectFrom('notifications')
      .select('user_id')
      .where('kind', '=', 'disclosure.exported')
      .execute();
    expect(told.map((n) => n.user_id)).toContain(w.cast.coordinator.id);
    const detail = await call('professional', 'GET', `${base()}/${d.id}`);
    expect(detail.json().exportCount).toBe(1);
  });

  it('ends the request on a written refusal, and refuses an item changed after its approval', async () => {
    w.cast.coordinator.session = await reauthenticated(t, w.cast.coordinator.id, w.cast.coordinator.session);
    t.sessions.professional = await reauthenticated(t, t.users.professional.id, t.sessions.professional);
    const created = await call('professional', 'POST', base(), body([w.items.middin]));
    const d = created.json();
    const refused = await decide(
      w.cast.coordinator.session,
      d.id,
      w.items.middin,
      created.headers.etag as string,
      'refused',
    );
    expect(refused.statusCode, refused.body).toBe(200);
    expect(refused.json().status).toBe('refused');
    expect((await call('professional', 'POST', `${base()}/${d.id}/export`)).statusCode).toBe(409);
    expect(
      (
        await call(
          'professional',
          'POST',
          `${base()}/${d.id}/cancel`,
          { reason: 'x' },
          refused.headers.etag as string,
        )
      ).statusCode,
    ).toBe(409);

    const second = await call('professional', 'POST', base(), body([w.items.politie]));
    const ok = await decide('professional', second.json().id, w.items.politie, second.headers.etag as string);
    expect(ok.json().status).toBe('approved');
    // The provider changes the item after consent: the old consent no longer covers it.
    await t.db.kysely
      .updateTable('information_items')
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .where('id', '=', w.items.politie)
      .execute();
    const stale = await call('professional', 'POST', `${base()}/${second.json().id}/export`);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toContain('gewijzigd');
  });

  it('shows a request only to its requester, its deciders and the procesregisseur', async () => {
    const created = await call('professional', 'POST', base(), body([w.items.middin]));
    const url = `${base()}/${created.json().id}`;
    expect((await call('professional', 'GET', url)).statusCode).toBe(200);
    expect((await call(w.cast.coordinator.session, 'GET', url)).statusCode).toBe(200);
    expect((await call('procesregisseur', 'GET', url)).statusCode).toBe(200);
    expect((await call(w.cast.participant.session, 'GET', url)).statusCode).toBe(404);
    expect((await call(w.cast.uninvited.session, 'GET', url)).statusCode).toBe(404);
    for (const as of ['beheer', 'manager', 'privacy', 'informatiecentrum'] as const)
      expect((await call(as, 'GET', url)).statusCode, as).toBe(404);
    expect((await call('anonymous', 'GET', url)).statusCode).toBe(401);
    const cancel = await call(
      'professional',
      'POST',
      `${url}/cancel`,
      { reason: 'Niet meer nodig' },
      created.headers.etag as string,
    );
    expect(cancel.statusCode, cancel.body).toBe(200);
    expect(cancel.json().status).toBe('cancelled');
  });
  it('gives the regime of exactly the items the caller may see (Art. 9.2, 15.2)', async () => {
    const created = await call(
      w.cast.coordinator.session,
      'POST',
      base(),
      body([w.items.hidden, w.items.politie]),
    );
    expect(created.statusCode, created.body).toBe(201);
    const url = `${base()}/${created.json().id}`;
    const middin = (await call(w.cast.coordinator.session, 'GET', url)).json();
    expect(middin.items.map((i: { itemId: string; regime: string }) => [i.itemId, i.regime])).toEqual([
      [w.items.hidden, 'bijzonder'],
      [w.items.politie, 'politie'],
    ]);
    // Politie decides on its own item but may not see Parnassia's: neither it nor its regime shows.
    const politie = await call('professional', 'GET', url);
    expect(politie.statusCode).toBe(200);
    expect(politie.json().items.map((i: { itemId: string; regime: string }) => [i.itemId, i.regime])).toEqual(
      [[w.items.politie, 'politie']],
    );
    expect(politie.body).not.toContain('bijzonder');
    const list = await call('professional', 'GET', base());
    expect(list.body).not.toContain('bijzonder');
  });

  it('leaves no disclosure behind when the case is removed after its retention period', async () => {
    expect(await count()).toBeGreaterThan(0);
    await t.db.kysely.transaction().execute((trx) => removeCaseRows(trx, w.c.id));
    expect(await count()).toBe(0);
  });
});
