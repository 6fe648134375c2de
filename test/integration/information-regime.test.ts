/**
 * The legal regime of an information item (Art. 15.2–15.3: ordinary, special category (health),
 * police data under the Wpg, judicial data under the Wjsg), through the real API on both dialects:
 * it travels with the item wherever the item goes — the list and the item (the badge), a citation
 * in the action plan, the data-subject export of its controller (JSON and PDF) — and only the
 * provider, its controller, sets or corrects it. The rules that decide who sees, cites, discloses
 * or exports an item are the controller's, whatever the regime. Which party may provide Wpg or Wjsg
 * data at all (Art. 15.2, the house configuration's `regimes`) is information-regime-providers.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { holdAt, holdRecord, plannedCase, provide } from './cases-action-citations-fixtures.js';
import { type Cast, castOf } from './cases-execution-fixtures.js';
import { api } from './cases-fixtures.js';
import { pdfPageTexts } from './information-disclosure-fixtures.js';

/** A valid BSN (elfproef) starting with the eight given digits. */
function bsnWith(prefix: string): string {
  for (let p = Number(prefix); ; p++) {
    const digits = String(p).padStart(8, '0');
    const sum = [...digits].reduce((s, d, i) => s + (9 - i) * Number(d), 0);
    const last = sum % 11;
    if (last <= 9) return `${digits}${last}`;
  }
}

describe.each(dialects)('the legal regime of an item on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof api>;
  let cast: Cast;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    call = api(t);
    cast = await castOf(t);
  }, 120_000);
  afterAll(() => t?.close());
  const party = (k: string) => t.partyIds.get(k) as string;

  it('shows the regime with the item and its citation, and lets only the provider correct it', async () => {
    const c = await plannedCase(t);
    const wpg = await provide(t, 'professional', c.id, { title: 'Meldingen politie', regime: 'politie' });
    const list = (await call('procesregisseur', 'GET', `/cases/${c.id}/information-items`)).json();
    expect(list.items.find((i: { id: string }) => i.id === wpg.id)?.regime).toBe('politie');
    expect((await call('procesregisseur', 'GET', `/information-items/${wpg.id}`)).json().regime).toBe(
      'politie',
    );
    const held = await holdAt(
      t,
      c,
      await holdRecord(t, [{ owner: 'politie-den-haag', description: 'Wijkagent', citedItemIds: [wpg.id] }]),
    );
    expect(held.statusCode, held.body).toBe(200);
    const cited = (await call(cast.coordinator.session, 'GET', `/cases/${c.id}/execution`)).json().actions[0]
      .citations;
    expect(cited).toEqual([
      {
        itemId: wpg.id,
        title: 'Meldingen politie',
        regime: 'politie',
        providerPartyId: party('politie-den-haag'),
        usable: true,
      },
    ]);
    // Art. 15.1, 16.2: the regime is the controller's statement; nobody else changes it.
    const correct = (as: Parameters<typeof call>[0], etag: string) =>
      call(
        as,
        'POST',
        `/information-items/${wpg.id}/conditions`,
        { visibility: 'all-participants', useInActionPlan: true, regime: 'bijzonder' },
        etag,
      );
    expect((await correct('procesregisseur', wpg.etag)).statusCode).toBe(403);
    expect((await correct(cast.coordinator.session, wpg.etag)).statusCode).toBe(403);
    const corrected = await correct('professional', wpg.etag);
    expect(corrected.statusCode, corrected.body).toBe(200);
    const after = (await call(cast.coordinator.session, 'GET', `/cases/${c.id}/execution`)).json();
    expect(after.actions[0].citations[0].regime).toBe('bijzonder');
  });

  it('gives each controller its own items with their regime in the data-subject export, and no other party’s', async () => {
    const BSN = bsnWith('61729384');
    const person = { name: 'Regime Persoon', bsn: BSN, birthDate: '1984-02-29', address: 'Lange Poten 4' };
    const c = await plannedCase(t, { persons: [person] });
    await provide(t, 'professional', c.id, { title: 'Aanhoudingen (Wpg)', regime: 'politie' });
    await provide(t, cast.participant.session, c.id, { title: 'Ggz-behandeling', regime: 'bijzonder' });
    const registered = await call('privacy', 'POST', '/subject-requests', {
      kind: 'access',
      subject: { bsn: BSN },
      description: 'Verzoek om inzage per brief',
      receivedOn: new Date().toISOString().slice(0, 10),
    });
    expect(registered.statusCode, registered.body).toBe(201);
    const r = registered.json();
    const routed = r.routes.map((x: { partyId: string }) => x.partyId);
    expect(routed).toEqual(expect.arrayContaining([party('politie-den-haag'), party('parnassia-groep')]));
    const exportOf = (as: Parameters<typeof call>[0], key: string, pdf = false) =>
      call(as, 'GET', `/subject-requests/${r.id}/routes/${party(key)}/export${pdf ? '.pdf' : ''}`);

    const politie = await exportOf('professional', 'politie-den-haag');
    expect(politie.statusCode, politie.body).toBe(200);
    const politieItems = politie.json().cases[0].items;
    expect(politieItems.map((i: { title: string; regime: string }) => [i.title, i.regime])).toEqual([
      ['Aanhoudingen (Wpg)', 'politie'],
    ]);
    expect(politie.body).not.toContain('Ggz-behandeling');
    const parnassia = await exportOf(cast.participant.session, 'parnassia-groep');
    expect(parnassia.statusCode, parnassia.body).toBe(200);
    expect(
      parnassia.json().cases[0].items.map((i: { title: string; regime: string }) => [i.title, i.regime]),
    ).toEqual([['Ggz-behandeling', 'bijzonder']]);
    expect(parnassia.body).not.toContain('Aanhoudingen');
    // Another party's part is not found for a professional.
    expect((await exportOf(cast.participant.session, 'politie-den-haag')).statusCode).toBe(404);
    // The PDF names the regime and the law with each item.
    const pdf = await exportOf('professional', 'politie-den-haag', true);
    expect(pdf.statusCode).toBe(200);
    const text = (await pdfPageTexts(pdf.rawPayload)).join('\n');
    expect(text).toContain('Regime: politiegegevens (Wpg)');
    expect(text).not.toContain('Ggz-behandeling');
  });
});
