/** The house configuration over the API: loaded from the Haaglanden default, readable, editable with ETags. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, everyone, headersFor, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';

describe.each(dialects)('house configuration on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('exposes the house with Den Haag as centrumgemeente (Art. 1.12)', async () => {
    const res = await t.app.inject({ headers: headersFor(t, 'professional'), url: '/api/v1/house' });
    expect(res.statusCode).toBe(200);
    const house = res.json();
    expect(house).toMatchObject({
      slug: 'haaglanden',
      name: 'Zorg- en Veiligheidshuis Haaglanden',
      mode: 'demo',
    });
    expect(house.centrumgemeente.name).toMatch(/Den Haag/);
    expect(house.covenant.effectiveFrom).toBe('2019-01-01');
    expect(house.triage).toMatchObject({
      weekday: 'tuesday',
      registrationDeadline: { weekday: 'monday', time: '12:00' },
    });
    expect(house.cadence).toEqual({
      stuurgroepMinPerYear: 2,
      partneroverlegIntervalWeeks: 12,
      annualMeetingsPerYear: 1,
    });
  });

  it('lists the bodies with their composition: the Stuurgroep chaired by Den Haag, staff not voting', async () => {
    const bodies = (
      await t.app.inject({ headers: headersFor(t, 'professional'), url: '/api/v1/bodies' })
    ).json().items;
    const stuurgroep = bodies.find((b: { key: string }) => b.key === 'stuurgroep');
    const chair = stuurgroep.seats.find((s: { role: string }) => s.role === 'chair');
    expect(chair.party.name).toMatch(/Den Haag/);
    for (const body of bodies) {
      for (const seat of body.seats) {
        if (['manager', 'procesregisseur', 'secretary'].includes(seat.role)) expect(seat.votes).toBe(false);
      }
    }
    expect(bodies.map((b: { key: string }) => b.key).sort()).toEqual([
      'jaarvergadering',
      'partneroverleg',
      'stuurgroep',
    ]);
  });

  it('lists the three privacy protocols with retention and admitted parties (Art. 15.3)', async () => {
    const protocols = (
      await t.app.inject({ headers: headersFor(t, 'professional'), url: '/api/v1/privacy-protocols' })
    ).json().items;
    expect(protocols.map((p: { key: string }) => p.key).sort()).toEqual([
      'jeugdgroepen',
      'multiproblematiek',
      'radicalisering',
    ]);
    const multi = protocols.find((p: { key: string }) => p.key === 'multiproblematiek');
    expect(multi.admitsAll).toBe(true);
    const radical = protocols.find((p: { key: string }) => p.key === 'radicalisering');
    expect(radical.admitsAll).toBe(false);
    expect(radical.admittedParties.length).toBeGreaterThan(0);
  });

  it('lists the processing register with unique stable URIs', async () => {
    const items = (
      await t.app.inject({ headers: headersFor(t, 'professional'), url: '/api/v1/processing-activities' })
    ).json().items;
    expect(items.length).toBeGreaterThanOrEqual(10);
    const uris = items.map((a: { uri: string }) => a.uri);
    expect(new Set(uris).size).toBe(uris.length);
    for (const uri of uris) expect(uri).toMatch(/^urn:ketenhuis:haaglanden:verwerking:[a-z0-9-]+$/);
  });

  it('lets functioneel beheer change the triage day with If-Match; others are refused', async () => {
    const change = {
      triage: {
        weekday: 'wednesday',
        time: '09:30',
        registrationDeadline: { weekday: 'tuesday', time: '12:00' },
      },
    };
    for (const as of everyone.filter((a) => a !== 'beheer')) {
      const res = await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/house',
        payload: change,
        headers: { 'if-match': '"v1"', ...headersFor(t, as) },
      });
      expect(res.statusCode, as).toBe(as === 'anonymous' ? 401 : 403);
    }
    const ok = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/house',
      payload: change,
      headers: { 'if-match': '"v1"', ...headersFor(t, 'beheer') },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().triage.weekday).toBe('wednesday');
    expect(ok.headers.etag).toBe('"v2"');
    const stale = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/house',
      payload: { name: 'Ander huis' },
      headers: { 'if-match': '"v1"', ...headersFor(t, 'beheer') },
    });
    expect(stale.statusCode).toBe(412);
    expect(
      (await t.app.inject({ headers: headersFor(t, 'professional'), url: '/api/v1/house' })).json().name,
    ).toBe('Zorg- en Veiligheidshuis Haaglanden');
  });

  it('refuses an invalid house change with 400 and keeps the old value', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/house',
      payload: { branding: { primaryColor: 'red', secondaryColor: '#000000', textOnPrimary: '#ffffff' } },
      headers: { 'if-match': '"v2"', ...headersFor(t, 'beheer') },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('branding.primaryColor');
    const empty = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/house',
      payload: {},
      headers: { 'if-match': '"v2"', ...headersFor(t, 'beheer') },
    });
    expect(empty.statusCode).toBe(400);
  });

  it('lets functioneel beheer change a retention period and the admitted parties', async () => {
    const protocols = (
      await t.app.inject({ headers: headersFor(t, 'professional'), url: '/api/v1/privacy-protocols' })
    ).json().items;
    const radical = protocols.find((p: { key: string }) => p.key === 'radicalisering');
    const url = `/api/v1/privacy-protocols/${radical.id}`;
    const keep = radical.admittedParties.slice(0, 2).map((p: { id: string }) => p.id);
    const denied = await t.app.inject({
      method: 'PATCH',
      url,
      payload: { retentionMonths: 12 },
      headers: { 'if-match': '"v1"', ...headersFor(t, 'procesregisseur') },
    });
    expect(denied.statusCode).toBe(403);
    const ok = await t.app.inject({
      method: 'PATCH',
      url,
      payload: { retentionMonths: 36, admittedPartyIds: keep },
      headers: { 'if-match': '"v1"', ...headersFor(t, 'beheer') },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().retentionMonths).toBe(36);
    expect(
      ok
        .json()
        .admittedParties.map((p: { id: string }) => p.id)
        .sort(),
    ).toEqual([...keep].sort());
    const unknown = await t.app.inject({
      method: 'PATCH',
      url,
      payload: { admittedPartyIds: ['0190f5c2-0000-7000-8000-000000000000'] },
      headers: { 'if-match': '"v2"', ...headersFor(t, 'beheer') },
    });
    expect(unknown.statusCode).toBe(400);
    expect(
      (await t.app.inject({ headers: headersFor(t, 'professional'), url: '/api/v1/privacy-protocols' }))
        .json()
        .items.find((p: { id: string }) => p.id === radical.id).admittedParties,
    ).toHaveLength(2);
    const missing = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/privacy-protocols/0190f5c2-0000-7000-8000-000000000000',
      payload: { retentionMonths: 12 },
      headers: { 'if-match': '"v1"', ...headersFor(t, 'beheer') },
    });
    expect(missing.statusCode).toBe(404);
  });
});
