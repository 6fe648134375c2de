/**
 * Paging of a case's information items (issue 6; Art. 12.2f, 16.2, 17): GET
 * /cases/{id}/information-items is cursor-paginated (limit 1–100, default 25, opaque cursor,
 * oldest first by created_at and id). Pages are filled from the caller's visible items only, so
 * an invisible item never shows, nor changes a page's size; every visible item comes exactly once;
 * only the page's items are read and logged (once per request, none for an empty page); a bad
 * cursor is a 400 problem; and a caller without a role who sees no item gets 404 on every page,
 * with or without a cursor. Runs on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type As, createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { api, type Caller } from './cases-fixtures.js';
import { buildCase, type Pool, poolOf } from './information-items-fixtures.js';

const cursorOf = (k: string, id: string) => Buffer.from(JSON.stringify({ k, id })).toString('base64url');
/** A well-formed cursor past every item of any case. */
const pastTheEnd = cursorOf('9999-12-31T23:59:59.999Z', 'ffffffff-ffff-7fff-bfff-ffffffffffff');

describe.each(dialects)('information item pages on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof api>;
  let pool: Pool;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    call = api(t);
    pool = await poolOf(t);
  });
  afterAll(() => t.close());

  const party = (k: string) => t.partyIds.get(k) as string;
  const heldCase = () =>
    buildCase(t, {
      stage: 'held',
      participants: [
        { userId: pool.middin1.id, partyKey: 'middin' },
        { userId: pool.parnassia.id, partyKey: 'parnassia-groep' },
      ],
      coordinatorUserId: pool.middin1.id,
    });
  const create = async (as: Caller, caseId: string, n: number, over: Record<string, unknown>) => {
    const res = await call(as, 'POST', `/cases/${caseId}/information-items`, {
      title: `Item ${n}`,
      body: `Inhoud van item ${n}`,
      regime: 'gewoon',
      visibility: 'all-participants',
      useInActionPlan: false,
      ...over,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const list = (as: Caller, caseId: string, query = '') =>
    call(as, 'GET', `/cases/${caseId}/information-items${query}`);
  /** Follows nextCursor from the first page; the ids of each page. */
  const pages = async (as: Caller, caseId: string, limit: number) => {
    const out: string[][] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await list(as, caseId, query);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as { items: { id: string }[]; nextCursor: string | null };
      out.push(body.items.map((i) => i.id));
      cursor = body.nextCursor;
      if (out.length > 50) throw new Error('paging does not end');
    } while (cursor !== null);
    return out;
  };
  /** The given items in the list's order, (created_at, id), read from the database. */
  const inListOrder = async (ids: string[]) => {
    const rows = await t.db.kysely
      .selectFrom('information_items')
      .select(['id', 'created_at'])
      .where('id', 'in', ids)
      .execute();
    return rows
      .sort((a, b) =>
        a.created_at === b.created_at ? (a.id < b.id ? -1 : 1) : a.created_at < b.created_at ? -1 : 1,
      )
      .map((r) => r.id);
  };
  const listLog = (userId: string) =>
    t.db.kysely
      .selectFrom('processing_log')
      .select(['controller_party_id', 'trace_id'])
      .where('name', '=', 'information-item.list')
      .where('acting_user_id', '=', userId)
      .orderBy('seq')
      .execute();

  /**
   * Eleven items in a held case, the participant Middin sees six of them (✓): three full pages at
   * limit 2, with invisible items between and after them. Page 2 is Politie's, pages 1 and 3 are
   * Parnassia's.
   */
  async function world() {
    const c = await heldCase();
    const persons = { personIds: c.personIds };
    const regie = { ...persons, visibility: 'procesregisseur-only' };
    const named = (k: string) => ({ ...persons, visibility: 'named-parties', namedPartyIds: [party(k)] });
    const ids: string[] = [];
    const add = async (as: Caller, over: Record<string, unknown>) => {
      ids.push(await create(as, c.id, ids.length + 1, over));
    };
    const parnassia = pool.parnassia.session;
    await add(parnassia, persons); // 1 ✓
    await add(parnassia, regie); // 2
    await add(parnassia, persons); // 3 ✓
    await add('professional', persons); // 4 ✓
    await add(parnassia, regie); // 5
    await add(parnassia, named('politie-den-haag')); // 6
    await add('professional', persons); // 7 ✓
    await add(parnassia, regie); // 8
    await add(parnassia, named('middin')); // 9 ✓
    await add(parnassia, persons); // 10 ✓
    await add(parnassia, regie); // 11
    const seen = [0, 2, 3, 6, 8, 9].map((i) => ids[i] as string);
    return { c, ids, seen };
  }

  it('gives every visible item once, in order, in full pages; invisible items on no page', async () => {
    const { c, ids, seen } = await world();
    expect(await inListOrder(ids)).toEqual(ids);
    const middin = await pages(pool.middin1.session, c.id, 2);
    expect(middin).toEqual([seen.slice(0, 2), seen.slice(2, 4), seen.slice(4, 6)]);
    // The procesregisseur sees all eleven: 4, 4 and 3.
    const regisseur = await pages('procesregisseur', c.id, 4);
    expect(regisseur.map((p) => p.length)).toEqual([4, 4, 3]);
    expect(regisseur.flat()).toEqual(ids);
    // Limit 1 walks the same list; the default limit (25) gives it in one page.
    expect((await pages(pool.middin1.session, c.id, 1)).flat()).toEqual(seen);
    const first = await list(pool.middin1.session, c.id);
    expect(first.json()).toMatchObject({ nextCursor: null, permissions: ['create'] });
    expect((first.json().items as { id: string }[]).map((i) => i.id)).toEqual(seen);
    // The registering professional (Politie) sees its own items and item 6 named for Politie.
    expect((await pages('professional', c.id, 3)).flat()).toEqual(
      [0, 2, 3, 5, 6, 9].map((i) => ids[i] as string),
    );
  });

  it('reads and logs only the page: once per request, with the page’s providers as controllers, nothing for an empty page (Art. 17)', async () => {
    const { c } = await world();
    const before = (await listLog(pool.middin1.id)).length;
    const expected = [[party('parnassia-groep')], [party('politie-den-haag')], [party('parnassia-groep')]];
    let cursor: string | null = null;
    let logged = before;
    for (const controllers of expected) {
      const res = await list(
        pool.middin1.session,
        c.id,
        `?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json();
      cursor = page.nextCursor;
      const log = await listLog(pool.middin1.id);
      const fresh = log.slice(logged);
      logged = log.length;
      // One person in the case: one entry per controller of the page's items, in one trace.
      expect(fresh.map((l) => l.controller_party_id).sort(), JSON.stringify(page)).toEqual(controllers);
      expect(new Set(fresh.map((l) => l.trace_id)).size).toBe(1);
    }
    expect(cursor).toBeNull();
    // A page past the end, for a caller with a role: 200, empty, and nothing logged.
    const empty = await list(pool.middin1.session, c.id, `?cursor=${pastTheEnd}`);
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json()).toEqual({ items: [], nextCursor: null, permissions: ['create'] });
    expect((await listLog(pool.middin1.id)).length).toBe(logged);
  });

  it('orders items created in the same instant by id, across page boundaries', async () => {
    const c = await heldCase();
    const ids: string[] = [];
    for (let n = 1; n <= 7; n++)
      ids.push(
        await create(pool.parnassia.session, c.id, n, {
          visibility: n % 3 === 0 ? 'procesregisseur-only' : 'all-participants',
        }),
      );
    // As the benchmark seeds them: all at one instant.
    await t.db.kysely
      .updateTable('information_items')
      .set({ created_at: '2025-06-01T10:00:00.000Z' })
      .where('case_id', '=', c.id)
      .execute();
    const byId = [...ids].sort();
    expect(await inListOrder(ids)).toEqual(byId);
    const visible = byId.filter((id) => ids.indexOf(id) % 3 !== 2);
    const middin = await pages(pool.middin1.session, c.id, 2);
    expect(middin.flat()).toEqual(visible);
    expect(middin.map((p) => p.length)).toEqual([2, 2, 1]);
    expect((await pages('procesregisseur', c.id, 3)).flat()).toEqual(byId);
  });

  it('refuses a bad cursor or limit with a 400 problem', async () => {
    const c = await heldCase();
    await create(pool.parnassia.session, c.id, 1, {});
    const bad = [
      '?cursor=niet-een-cursor',
      `?cursor=${Buffer.from('{"k":1}').toString('base64url')}`,
      `?cursor=${cursorOf('2025-06-01T10:00:00.000Z', 'geen-uuid')}`,
      `?cursor=${'a'.repeat(501)}`,
      '?limit=0',
      '?limit=101',
      '?limit=twee',
      '?page=2',
    ];
    for (const query of bad)
      for (const as of [pool.middin1.session, 'procesregisseur'] as Caller[]) {
        const res = await list(as, c.id, query);
        expect(res.statusCode, `${query}: ${res.body}`).toBe(400);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json().type).toBe('urn:ketenhuis:problem:validation');
      }
  });

  it('answers 404 on every page to a caller without a role who sees no item; 200 to one who does', async () => {
    const { c } = await world();
    const first = await list(pool.middin1.session, c.id, '?limit=2');
    const real = first.json().nextCursor as string;
    expect(real).toBeTruthy();
    const houseWithoutRole: As[] = ['manager', 'beheer', 'privacy', 'informatiecentrum'];
    for (const who of [
      pool.middin2.session,
      pool.ggd.session,
      pool.otherRegisseur.session,
      ...houseWithoutRole,
    ])
      for (const query of ['', '?limit=2', `?limit=2&cursor=${real}`, `?cursor=${pastTheEnd}`]) {
        const res = await list(who, c.id, query);
        expect(res.statusCode, `${query}: ${res.body}`).toBe(404);
      }
    // An unknown case: 404 with a cursor too.
    const unknown = await list(
      pool.middin1.session,
      '01900000-0000-7000-8000-000000000000',
      `?cursor=${real}`,
    );
    expect(unknown.statusCode).toBe(404);
    expect((await list('anonymous', c.id, `?cursor=${real}`)).statusCode).toBe(401);

    // A triage answerer has no role in the case but sees the item it provided: the list exists for
    // them, so a page past their item is 200 and empty; their colleague without items gets 404.
    const asked = await buildCase(t, {
      stage: 'triage',
      participants: [],
      triageAnswer: { partyKey: 'ggd-haaglanden', session: pool.ggd.session },
    });
    expect((await pages(pool.ggd.session, asked.id, 1)).flat()).toEqual([asked.triageItemId]);
    const after = await list(pool.ggd.session, asked.id, `?cursor=${pastTheEnd}`);
    expect(after.statusCode, after.body).toBe(200);
    expect(after.json()).toEqual({ items: [], nextCursor: null, permissions: [] });
    for (const who of [pool.middin2.session, 'manager'] as Caller[])
      for (const query of ['', `?cursor=${pastTheEnd}`])
        expect((await list(who, asked.id, query)).statusCode).toBe(404);
  });
});
