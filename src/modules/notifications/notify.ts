/**
 * notify(): the one way a module tells users that a task reached them (issue 5 §10). Called inside
 * the caller's own transaction, so a notification exists exactly when the change that caused it
 * committed. It stores no personal data (Art. 17, domain.md §4): a kind, the case id and an in-app
 * link — never names, BSNs or case text. For users who opted in, an e-mail is queued in the outbox
 * in the same transaction; the server's dispatcher sends it after commit. Disabled users get nothing.
 *
 * @example
 *   await notify(trx, { userIds: [regisseurId], kind: 'case.submitted', caseId, link: `/casussen/${caseId}` });
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { newId, nowUtc } from '../../platform/ids.js';

export interface NotificationInput {
  userIds: string[];
  /** A stable, dotted code such as 'case.submitted'; the UI translates it. */
  kind: string;
  caseId: string | null;
  /** An in-app path such as `/casussen/<id>`: no host, no query with data. */
  link: string;
}

const KIND = /^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*$/;
const LINK = /^\/(?!\/)[A-Za-z0-9/_.-]*(?:\?[A-Za-z0-9=&_.-]*)?(?:#[A-Za-z0-9_-]*)?$/;
/**
 * Nine digits standing alone could be a BSN: such a link is refused. Digits inside a UUID segment
 * (between hex characters or hyphens, e.g. …-103212852e29) are not a BSN and pass.
 */
const BSN_LIKE = /(?<![0-9A-Fa-f-])\d{9}(?![0-9A-Fa-f-])/;

/** Throws on a kind or link that could carry data or leave the app: a programming error. */
export function checkNotification(n: Pick<NotificationInput, 'kind' | 'link'>): void {
  if (n.kind.length > 80 || !KIND.test(n.kind))
    throw new Error(`notify: invalid kind ${JSON.stringify(n.kind)}`);
  if (n.link.length > 300 || !LINK.test(n.link) || BSN_LIKE.test(n.link))
    throw new Error('notify: the link must be an in-app path without personal data');
}

export async function notify(trx: Transaction<Database>, n: NotificationInput): Promise<void> {
  checkNotification(n);
  const ids = [...new Set(n.userIds)];
  if (ids.length === 0) return;
  const recipients = await trx
    .selectFrom('users')
    .leftJoin('notification_settings', 'notification_settings.user_id', 'users.id')
    .select(['users.id', 'notification_settings.email_opt_in'])
    .where('users.id', 'in', ids)
    .where('users.status', '=', 'active')
    .execute();
  if (recipients.length === 0) return;
  const now = nowUtc();
  const rows = recipients.map((r) => ({
    id: newId(),
    user_id: r.id,
    kind: n.kind,
    case_id: n.caseId,
    link: n.link,
    created_at: now,
    read_at: null,
  }));
  await trx.insertInto('notifications').values(rows).execute();
  const mail = rows
    .filter((_, i) => recipients[i]?.email_opt_in === 1)
    .map((row) => ({
      id: newId(),
      notification_id: row.id,
      user_id: row.user_id,
      created_at: now,
      attempts: 0,
      next_attempt_at: now,
      sent_at: null,
      failed_at: null,
      last_error: null,
    }));
  if (mail.length) await trx.insertInto('notification_outbox').values(mail).execute();
}
