/**
 * Reading and marking one's own notifications (issue 5 §10). Every query is scoped to the caller's
 * user id in SQL, so another user's notification does not exist (404). A notification that links
 * to a case page keeps its link and case number only while the caller may still open that case
 * (`casesVisibleTo`): after a take-over or a pick-up by a colleague the notification still tells
 * what happened, but leads nowhere that would answer 404.
 */
import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { Principal } from '../../platform/auth/principal.js';
import type { Database } from '../../platform/db/schema.js';
import type { Cursor } from '../../platform/http/pagination.js';
import { nowUtc } from '../../platform/ids.js';
import { casesVisibleTo } from '../cases/visibility-sql.js';

type Eb = ExpressionBuilder<Database, 'notifications'>;

/** 0 for unread, 1 for read: unread sort first. */
const readGroup = sql<number>`(case when notifications.read_at is null then 0 else 1 end)`;

/** Whether the caller may open the notification's case now (false without a case). */
function caseVisible(eb: Eb, p: Principal) {
  return eb.exists(
    eb
      .selectFrom('cases')
      .select('cases.id')
      .whereRef('cases.id', '=', 'notifications.case_id')
      .where((c) => casesVisibleTo(c as unknown as ExpressionBuilder<Database, 'cases'>, p)),
  );
}

/** A link to a case page stays only while the case is visible; otherwise the item has no link. */
export const CASE_PAGE = '/casussen/';

const mine = (db: Kysely<Database>, p: Principal) =>
  db.selectFrom('notifications').where('notifications.user_id', '=', p.userId);

export async function listNotifications(
  db: Kysely<Database>,
  p: Principal,
  unreadOnly: boolean,
  limit: number,
  after: Cursor | undefined,
) {
  let q = mine(db, p)
    .leftJoin('cases', 'cases.id', 'notifications.case_id')
    .select([
      'notifications.id',
      'notifications.kind',
      'notifications.case_id',
      'cases.case_number',
      'notifications.link',
      'notifications.created_at',
      'notifications.read_at',
    ])
    .select(readGroup.as('grp'))
    .select((eb) => caseVisible(eb, p).as('case_visible'));
  if (unreadOnly) q = q.where('notifications.read_at', 'is', null);
  if (after) {
    const [g, k] = [Number(after.k.slice(0, 1)), after.k.slice(2)];
    q = q.where((eb) =>
      eb.or([
        eb(readGroup, '>', g),
        eb.and([
          eb(readGroup, '=', g),
          eb.or([
            eb('notifications.created_at', '<', k),
            eb.and([eb('notifications.created_at', '=', k), eb('notifications.id', '<', after.id)]),
          ]),
        ]),
      ]),
    );
  }
  const rows = await q
    .orderBy(readGroup)
    .orderBy('notifications.created_at', 'desc')
    .orderBy('notifications.id', 'desc')
    .limit(limit + 1)
    .execute();
  return rows.map((r) => {
    const reachable = !r.link.startsWith(CASE_PAGE) || Boolean(r.case_visible);
    return {
      ...r,
      grp: Number(r.grp),
      link: reachable ? r.link : null,
      case_number: reachable ? (r.case_number ?? null) : null,
    };
  });
}

export const cursorOf = (r: { grp: number; created_at: string; id: string }): Cursor => ({
  k: `${r.grp}|${r.created_at}`,
  id: r.id,
});

export async function unreadCount(db: Kysely<Database>, p: Principal): Promise<number> {
  const row = await mine(db, p)
    .where('notifications.read_at', 'is', null)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Marks one of the caller's notifications read; false when it is not theirs (→ 404). */
export async function markRead(db: Kysely<Database>, p: Principal, id: string): Promise<boolean> {
  const own = await mine(db, p)
    .select(['notifications.id', 'notifications.read_at'])
    .where('notifications.id', '=', id)
    .executeTakeFirst();
  if (!own) return false;
  if (own.read_at === null)
    await db
      .updateTable('notifications')
      .set({ read_at: nowUtc() })
      .where('id', '=', id)
      .where('user_id', '=', p.userId)
      .where('read_at', 'is', null)
      .execute();
  return true;
}

export async function markAllRead(db: Kysely<Database>, p: Principal): Promise<number> {
  const res = await db
    .updateTable('notifications')
    .set({ read_at: nowUtc() })
    .where('user_id', '=', p.userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function emailOptIn(db: Kysely<Database>, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('notification_settings')
    .select('email_opt_in')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.email_opt_in === 1;
}

export async function setEmailOptIn(db: Kysely<Database>, userId: string, optIn: boolean): Promise<void> {
  const now = nowUtc();
  const value = optIn ? 1 : 0;
  await db
    .insertInto('notification_settings')
    .values({ user_id: userId, email_opt_in: value, updated_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ email_opt_in: value, updated_at: now }))
    .execute();
}
