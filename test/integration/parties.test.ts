/** The parties of the covenant over the API: listing, cursor pagination, filters, ETag edits, access. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, everyone, headersFor, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';

describe.each(dialects)('parties on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  async function allParties(query = '') {
    const seen: { id: string; name: string; kind: string; domain: string }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: Awaited<ReturnType<typeof t.app.inject>> = await t.app.inject({
        headers: headersFor(t, 'professional'),
        url: `/api/v1/parties?limit=7${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      });
      expect(res.statusCode).toBe(200);
      const body: { items: typeof seen; nextCursor: string | null } = res.json();
      seen.push(...body.items);
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    return seen;
  }

  it('lists all 34 signatories across pages, each once, in name order', async () => {
    const parties = await allParties();
    expect(parties).toHaveLength(34);
    expect(new Set(parties.map((p) => p.id)).size).toBe(34);
    const names = parties.map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const p of parties) expect(p.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
  });

  it('filters by kind and domain in SQL', async () => {
    expect(await allParties('&kind=gemeente')).toHaveLength(9);
    expect(await allParties('&kind=partner')).toHaveLength(25);
    const justice = await allParties('&domain=justice');
    expect(justice.length).toBeGreaterThan(0);
    expect(justice.every((p) => p.domain === 'justice')).toBe(true);
  });

  it('shows one party with its ETag, and 404 for an unknown id', async () => {
    const [first] = await allParties();
    const res = await t.app.inject({
      headers: headersFor(t, 'professional'),
      url: `/api/v1/parties/${first?.id}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"v1"');
    expect(res.json().permissions).toEqual([]);
    const missing = await t.app.inject({
      headers: headersFor(t, 'professional'),
      url: '/api/v1/parties/0190f5c2-0000-7000-8000-000000000000',
    });
    expect(missing.statusCode).toBe(404);
  });

  it('lets only functioneel beheer edit a party; everyone else is refused and nothing changes', async () => {
    const [party] = await allParties('&kind=partner');
    const url = `/api/v1/parties/${party?.id}`;
    for (const as of everyone.filter((a) => a !== 'beheer')) {
      const res: Awaited<ReturnType<typeof t.app.inject>> = await t.app.inject({
        method: 'PATCH',
        url,
        payload: { name: 'Gekaapt' },
        headers: { 'if-match': '"v1"', ...headersFor(t, as) },
      });
      expect(res.statusCode, as).toBe(as === 'anonymous' ? 401 : 403);
    }
    expect((await t.app.inject({ url, headers: headersFor(t, 'professional') })).json().name).toBe(
      party?.name,
    );
  });

  it('requires If-Match, refuses a stale one with 412, and applies a current one', async () => {
    const [party] = await allParties('&kind=partner');
    const url = `/api/v1/parties/${party?.id}`;
    const headers = headersFor(t, 'beheer');
    const without = await t.app.inject({ method: 'PATCH', url, payload: { name: 'Nieuwe naam' }, headers });
    expect(without.statusCode).toBe(428);

    const ok = await t.app.inject({
      method: 'PATCH',
      url,
      payload: { name: 'Nieuwe naam' },
      headers: { ...headers, 'if-match': '"v1"' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"v2"');
    expect(ok.json()).toMatchObject({ name: 'Nieuwe naam', permissions: ['update'] });

    const stale = await t.app.inject({
      method: 'PATCH',
      url,
      payload: { name: 'Andere naam' },
      headers: { ...headers, 'if-match': '"v1"' },
    });
    expect(stale.statusCode).toBe(412);
    expect((await t.app.inject({ url, headers: headersFor(t, 'professional') })).json().name).toBe(
      'Nieuwe naam',
    );
  });

  it('does not allow the status to be edited directly (it follows accession, withdrawal, exclusion)', async () => {
    const [party] = await allParties();
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/parties/${party?.id}`,
      payload: { status: 'excluded' },
      headers: { 'if-match': '"v1"', ...headersFor(t, 'beheer') },
    });
    expect(res.statusCode).toBe(400);
  });
});
