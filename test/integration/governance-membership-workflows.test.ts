/**
 * The term (Art. 23.1), re-signing after an amendment (21.2), disputes about role-holders (11.4,
 * 12.4, 13.4) and external communication (19) over the real API, with access per role.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, everyone, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { api, consentAllBut, seat } from './governance-membership-fixtures.js';

describe.each(dialects)('membership workflows on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof api>;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    call = api(t);
  });
  afterAll(() => t.close());

  it('Art. 23.1: shows the current period and the next renewal to every signed-in user', async () => {
    const res = await call('professional', 'GET', '/covenant/term?date=2026-05-01');
    expect(res.body).toMatchObject({
      inForce: true,
      period: { number: 4, kind: 'renewal', start: '2026-01-01', end: '2026-12-31' },
      nextRenewal: '2027-01-01',
    });
    const initial = await call('beheer', 'GET', '/covenant/term?date=2020-01-01');
    expect(initial.body).toMatchObject({
      period: { number: 1, kind: 'initial', end: '2023-12-31' },
      nextRenewal: '2024-01-01',
    });
    expect((await call('beheer', 'GET', '/covenant/term?date=2026-13-01')).status).toBe(400);
    for (const as of everyone)
      expect((await call(as, 'GET', '/covenant/term')).status).toBe(as === 'anonymous' ? 401 : 200);
  });

  it('Art. 21: an amendment is recorded with its decision and re-signed by every active party', async () => {
    const body = {
      label: 'Wijziging 2025-1',
      summary: 'Art. 15.2 aangepast aan de Wgs',
      decidedOn: '2025-02-01',
      reference: 'SG 2025-02',
      entryIntoForce: '2025-03-01',
    };
    expect((await call('manager', 'POST', '/covenant/versions', body)).status).toBe(403);
    const bad = await call('secretaris', 'POST', '/covenant/versions', {
      ...body,
      entryIntoForce: '2025-01-01',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toContain('Art. 21.1');
    const created = await call('secretaris', 'POST', '/covenant/versions', body);
    expect(created.status).toBe(201);
    expect(created.body.signing).toMatchObject({ signed: 0, needed: 34, complete: false });
    const sign = {
      partyId: t.partyIds.get('middin'),
      signedOn: '2025-03-05',
      signatory: 'A. Bakker, directeur',
    };
    expect(
      (await call('secretaris', 'POST', `/covenant/versions/${created.body.id}/signatures`, sign)).status,
    ).toBe(428);
    const signed = await call(
      'secretaris',
      'POST',
      `/covenant/versions/${created.body.id}/signatures`,
      sign,
      created.etag,
    );
    expect(signed.status).toBe(200);
    expect(signed.body.signing).toMatchObject({ signed: 1, needed: 34 });
    const twice = await call(
      'secretaris',
      'POST',
      `/covenant/versions/${created.body.id}/signatures`,
      sign,
      signed.etag,
    );
    expect(twice.status).toBe(409);
    expect(twice.body.detail).toContain('Art. 21.2');
    for (const as of everyone) {
      const expected = as === 'anonymous' ? 401 : ['secretaris', 'manager'].includes(as) ? 200 : 404;
      expect([as, (await call(as, 'GET', '/covenant/versions')).status]).toEqual([as, expected]);
      expect([as, (await call(as, 'GET', `/covenant/versions/${created.body.id}`)).status]).toEqual([
        as,
        expected,
      ]);
    }
  });

  it('Art. 13.4: a dispute about a case coordinator goes to the procesregisseur, then the Partneroverleg', async () => {
    const raised = await call('professional', 'POST', '/disputes', {
      subject: 'casuscoordinator',
      about: 'Casuscoördinator casus 2025-0012',
      description: 'Acties uit het plan van aanpak worden niet bewaakt.',
    });
    expect(raised.status).toBe(201);
    expect(raised.body).toMatchObject({
      forum: 'procesregisseur',
      article: '13.4',
      ladder: ['procesregisseur', 'partneroverleg'],
      permissions: [],
    });
    const id = raised.body.id as string;
    // Not the secretary's yet, nor the manager's: 404.
    expect((await call('secretaris', 'GET', `/disputes/${id}`)).status).toBe(404);
    expect((await call('manager', 'GET', `/disputes/${id}`)).status).toBe(404);
    expect(
      (await call('professional', 'POST', `/disputes/${id}/escalate`, { note: 'x' }, raised.etag)).status,
    ).toBe(403);
    const seen = await call('procesregisseur', 'GET', `/disputes/${id}`);
    expect(seen.body.permissions).toEqual(['escalate', 'resolve']);
    const up = await call(
      'procesregisseur',
      'POST',
      `/disputes/${id}/escalate`,
      { note: 'Niet op te lossen tussen de partijen' },
      seen.etag,
    );
    expect(up.body).toMatchObject({ forum: 'partneroverleg', status: 'open' });
    expect(
      (
        await call(
          'procesregisseur',
          'POST',
          `/disputes/${id}/resolve`,
          { resolution: 'x', resolvedOn: '2025-05-01' },
          up.etag,
        )
      ).status,
    ).toBe(403);
    const sec = await call('secretaris', 'GET', `/disputes/${id}`);
    expect(sec.body.permissions).toEqual(['resolve']);
    const noHigher = await call('secretaris', 'POST', `/disputes/${id}/escalate`, { note: 'x' }, sec.etag);
    expect(noHigher.status).toBe(409);
    expect(noHigher.body.detail).toContain('Art. 13.4');
    const done = await call(
      'secretaris',
      'POST',
      `/disputes/${id}/resolve`,
      { resolution: 'Het Partneroverleg wijst een andere casuscoördinator aan.', resolvedOn: '2025-05-01' },
      sec.etag,
    );
    expect(done.body).toMatchObject({ status: 'resolved', resolvedOn: '2025-05-01' });
    expect((done.body.steps as { kind: string }[]).map((s) => s.kind)).toEqual([
      'raised',
      'escalated',
      'resolved',
    ]);
    expect((await call('professional', 'GET', '/disputes')).body.items).toHaveLength(1);
    expect((await call('beheer', 'GET', '/disputes')).body.items).toHaveLength(0);
  });

  it('Art. 12.4 and 11.4: procesregisseur → manager → Stuurgroep; the manager → the Stuurgroep', async () => {
    const pr = await call('professional', 'POST', '/disputes', {
      subject: 'procesregisseur',
      about: 'Procesregisseur triage',
      description: 'Partij niet uitgenodigd.',
    });
    expect(pr.body.forum).toBe('manager');
    expect((await call('procesregisseur', 'GET', `/disputes/${pr.body.id}`)).status).toBe(404);
    const m = await call('manager', 'GET', `/disputes/${pr.body.id}`);
    const up = await call(
      'manager',
      'POST',
      `/disputes/${pr.body.id}/escalate`,
      { note: 'Naar de Stuurgroep' },
      m.etag,
    );
    expect(up.body.forum).toBe('stuurgroep');
    const mg = await call('procesregisseur', 'POST', '/disputes', {
      subject: 'manager',
      about: 'Manager',
      description: 'Woordvoering zonder afstemming.',
    });
    expect(mg.body).toMatchObject({ forum: 'stuurgroep', article: '11.4' });
    expect((await call('manager', 'GET', `/disputes/${mg.body.id}`)).status).toBe(404);
    expect(
      (await call('manager', 'POST', '/disputes', { subject: 'manager', about: 'x', description: 'y' }))
        .status,
    ).toBe(403);
    for (const as of ['beheer', 'privacy', 'informatiecentrum'] as const)
      expect(
        (await call(as, 'POST', '/disputes', { subject: 'casuscoordinator', about: 'x', description: 'y' }))
          .status,
      ).toBe(403);
  });

  it('Art. 19: a statement goes out only with every party’s consent, by the manager as spokesperson', async () => {
    await seat(t, t.users.professional.id);
    expect(
      (await call('professional', 'POST', '/statements', { title: 't', body: 'b', audience: 'pers' })).status,
    ).toBe(403);
    const proposed = await call('manager', 'POST', '/statements', {
      title: 'Jaarcijfers 2024',
      body: 'Het huis besprak 280 casussen.',
      audience: 'pers',
    });
    expect(proposed.status).toBe(201);
    const id = proposed.body.id as string;
    expect(proposed.body.permissions).toEqual([]);
    const consent = await call(
      'professional',
      'POST',
      `/statements/${id}/consent`,
      { consent: true },
      proposed.etag,
    );
    expect(consent.status).toBe(200);
    expect(consent.body.consents).toMatchObject({ agreed: 1, needed: 34 });
    const early = await call('manager', 'POST', `/statements/${id}/release`, {}, consent.etag);
    expect(early.status).toBe(409);
    expect(early.body.detail).toContain('Art. 19.1');
    await consentAllBut(t, 'statement_consents', id, [t.partyIds.get('politie-den-haag') ?? '']);
    const ready = await call('manager', 'GET', `/statements/${id}`);
    expect(ready.body.permissions).toEqual(['release']);
    expect((await call('secretaris', 'POST', `/statements/${id}/release`, {}, ready.etag)).status).toBe(403);
    const released = await call('manager', 'POST', `/statements/${id}/release`, {}, ready.etag);
    expect(released.body).toMatchObject({ status: 'released', spokesperson: { id: t.users.manager.id } });
    for (const as of everyone) {
      const expected =
        as === 'anonymous' ? 401 : ['secretaris', 'manager', 'professional'].includes(as) ? 200 : 404;
      expect([as, (await call(as, 'GET', `/statements/${id}`)).status]).toEqual([as, expected]);
    }
  });
});
