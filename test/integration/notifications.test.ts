/**
 * Notifications (issue 5 §10): every user sees and marks only their own; unread first with a
 * count and cursor pages; disabled users get nothing; the outbox is filled only for users who
 * opted in; a link to a case page shows only while the user may open that case; notify() refuses
 * links that could carry data. Runs on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkNotification, notify } from '../../src/modules/notifications/notify.js';
import { type Actor, createTestApp, headersFor, roleUsers, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { api, extraUser, registration } from './cases-fixtures.js';

const actors = Object.keys(roleUsers) as Actor[];

describe.each(dialects)('notifications on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof api>;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    call = api(t);
  });
  afterAll(() => t.close());

  const send = (userIds: string[], kind: string, caseId: string | null = null, link = '/taken') =>
    t.db.kysely.transaction().execute((trx) => notify(trx, { userIds, kind, caseId, link }));
  const list = async (as: Actor, query = '') => {
    const res = await t.app.inject({ url: `/api/v1/me/notifications${query}`, headers: headersFor(t, as) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as {
      items: {
        id: string;
        kind: string;
        readAt: string | null;
        caseNumber: string | null;
        link: string | null;
      }[];
      unreadCount: number;
      nextCursor: string | null;
    };
  };

  it('shows every role exactly its own notifications, and nothing to anonymous callers', async () => {
    for (const a of actors) await send([t.users[a].id], `test.for-${a}`);
    await send([t.users.manager.id, t.users.procesregisseur.id], 'test.shared');
    for (const a of actors) {
      const mine = await list(a);
      const expected = [
        `test.for-${a}`,
        ...(a === 'manager' || a === 'procesregisseur' ? ['test.shared'] : []),
      ];
      expect(mine.items.map((i) => i.kind).sort()).toEqual(expected.sort());
      expect(mine.unreadCount).toBe(expected.length);
    }
    expect((await t.app.inject({ url: '/api/v1/me/notifications' })).statusCode).toBe(401);
  });

  it('marks one read (only its own user: for another it is 404) and all read', async () => {
    const theirs = (await list('secretaris')).items[0];
    if (!theirs) throw new Error('setup');
    const res = await call('privacy', 'POST', `/me/notifications/${theirs.id}/read`);
    expect(res.statusCode).toBe(404);
    expect((await list('secretaris')).items[0]?.readAt).toBeNull();
    const own = await call('secretaris', 'POST', `/me/notifications/${theirs.id}/read`);
    expect(own.statusCode, own.body).toBe(204);
    const after = await list('secretaris');
    expect(after.unreadCount).toBe(0);
    expect(after.items[0]?.readAt).not.toBeNull();
    // Marking twice is harmless.
    expect((await call('secretaris', 'POST', `/me/notifications/${theirs.id}/read`)).statusCode).toBe(204);

    const all = await call('procesregisseur', 'POST', '/me/notifications/read-all');
    expect(all.json()).toEqual({ updated: 2 });
    expect((await list('procesregisseur')).unreadCount).toBe(0);
    // Others' notifications were untouched.
    expect((await list('manager')).unreadCount).toBe(2);
  });

  it('lists unread first, newest first, in cursor pages', async () => {
    const u = await extraUser(t, 'pager', ['informatiecentrum'], null);
    for (let i = 0; i < 7; i++) await send([u.id], `page.n${i}`);
    const first = (await call(u.session, 'GET', '/me/notifications')).json();
    await call(u.session, 'POST', `/me/notifications/${first.items[0].id}/read`); // newest, n6
    await call(u.session, 'POST', `/me/notifications/${first.items[6].id}/read`); // oldest, n0
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = cursor ? `?limit=3&cursor=${cursor}` : '?limit=3';
      const page = (await call(u.session, 'GET', `/me/notifications${q}`)).json();
      expect(page.unreadCount).toBe(5);
      seen.push(...page.items.map((i: { kind: string }) => i.kind));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['page.n5', 'page.n4', 'page.n3', 'page.n2', 'page.n1', 'page.n6', 'page.n0']);
    const unread = (await call(u.session, 'GET', '/me/notifications?unread=true')).json();
    expect(unread.items).toHaveLength(5);
    expect((await call(u.session, 'GET', '/me/notifications?cursor=bogus')).statusCode).toBe(400);
  });

  it('gives disabled users nothing, and queues e-mail only for users who opted in', async () => {
    const off = await extraUser(t, 'uitgeschakeld', ['procesregisseur'], null);
    const mailer = await extraUser(t, 'mailer', ['procesregisseur'], null);
    await t.db.kysely.updateTable('users').set({ status: 'disabled' }).where('id', '=', off.id).execute();
    expect((await call(mailer.session, 'GET', '/me/notification-settings')).json()).toEqual({
      emailOptIn: false,
      emailAvailable: false,
    });
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/notification-settings',
      headers: {
        ...headersFor(t, 'manager'),
        cookie: mailer.session.cookie,
        'x-csrf-token': mailer.session.csrfToken,
      },
      payload: { emailOptIn: true },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect((await call(mailer.session, 'GET', '/me/notification-settings')).json().emailOptIn).toBe(true);
    await send([off.id, mailer.id, t.users.manager.id], 'test.mail');
    const rows = await t.db.kysely
      .selectFrom('notifications')
      .select(['user_id'])
      .where('kind', '=', 'test.mail')
      .execute();
    expect(rows.map((r) => r.user_id).sort()).toEqual([mailer.id, t.users.manager.id].sort());
    const outbox = await t.db.kysely.selectFrom('notification_outbox').select(['user_id']).execute();
    expect(outbox.map((r) => r.user_id)).toEqual([mailer.id]);
  });

  it('keeps a case-page link and case number only while the case is visible to the user', async () => {
    const created = await call('professional', 'POST', '/cases', registration(t));
    expect(created.statusCode, created.body).toBe(201);
    const { id, caseNumber } = created.json();
    await send([t.users.procesregisseur.id, t.users.professional.id], 'case.test', id, `/casussen/${id}`);
    const mine = async (as: Actor, kind = 'case.test') => (await list(as)).items.find((i) => i.kind === kind);
    // A draft is the registering professional's alone.
    expect(await mine('professional')).toMatchObject({ caseNumber, link: `/casussen/${id}` });
    // Not (yet) visible to the procesregisseur: the notification is there, but leads nowhere.
    expect(await mine('procesregisseur')).toMatchObject({ caseNumber: null, link: null });
    const sub = await call('professional', 'POST', `/cases/${id}/submit`, {}, created.headers.etag as string);
    expect(sub.statusCode, sub.body).toBe(200);
    expect(await mine('procesregisseur')).toMatchObject({ caseNumber, link: `/casussen/${id}` });
    // Picked up by another procesregisseur: no longer visible to this one, so the link goes again.
    const other = await extraUser(t, 'regie-ander', ['procesregisseur'], null);
    const picked = await call(other.session, 'POST', `/cases/${id}/pick-up`, {}, sub.headers.etag as string);
    expect(picked.statusCode, picked.body).toBe(200);
    expect(await mine('procesregisseur')).toMatchObject({ caseNumber: null, link: null });
    // Links to other pages are left as they are (an asked party sees its request, not the case).
    await send([t.users.procesregisseur.id], 'case.request', id, '/bevragingen/x');
    expect((await mine('procesregisseur', 'case.request'))?.link).toBe('/bevragingen/x');
  });

  it('refuses kinds and links that could carry personal data or leave the app', async () => {
    for (const link of [
      'https://evil.example/x',
      '//evil.example',
      '/zoek?bsn=111222333',
      '/p/111222333',
      'x',
    ])
      expect(() => checkNotification({ kind: 'case.x', link }), link).toThrow();
    expect(() => checkNotification({ kind: 'Jan de Vries', link: '/taken' })).toThrow();
    expect(() =>
      checkNotification({ kind: 'case.submitted', link: '/casussen/0190-ab?tab=acties' }),
    ).not.toThrow();
    await expect(send([t.users.manager.id], 'case.x', null, '/zoek?naam=Jan')).resolves.toBeUndefined();
    await expect(send([t.users.manager.id], 'case.x', null, '/p/123456789')).rejects.toThrow();
  });
});
