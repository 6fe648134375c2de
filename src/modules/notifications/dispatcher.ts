/**
 * The e-mail dispatcher: drains the notification outbox after the writes that filled it have
 * committed (issue 5 §10). Each pass claims due rows one by one with a guarded update (so two
 * servers never send the same row), looks the recipient up at send time — a disabled user or one
 * who opted out since gets nothing — sends, and records success, or the error with a backed-off
 * next attempt. Errors are recorded without message content; the message holds no personal data.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { nowUtc } from '../../platform/ids.js';
import {
  CLAIM_MS,
  composeMail,
  MAX_ATTEMPTS,
  type MailMessage,
  mailLink,
  retryDelayMs,
} from './rules/mail.js';

export type MailSender = (message: MailMessage) => Promise<void>;

export interface DispatchReport {
  sent: number;
  failed: number;
  skipped: number;
}

const later = (ms: number) => new Date(Date.now() + ms).toISOString();

/** One pass over the due rows of the outbox (at most `batch`). */
export async function dispatchOutbox(
  db: Kysely<Database>,
  send: MailSender,
  publicUrl: string,
  batch = 50,
): Promise<DispatchReport> {
  const report: DispatchReport = { sent: 0, failed: 0, skipped: 0 };
  const due = await db
    .selectFrom('notification_outbox')
    .select(['id', 'attempts', 'next_attempt_at'])
    .where('sent_at', 'is', null)
    .where('failed_at', 'is', null)
    .where('next_attempt_at', '<=', nowUtc())
    .orderBy('next_attempt_at')
    .limit(batch)
    .execute();
  for (const row of due) {
    const claimed = await db
      .updateTable('notification_outbox')
      .set({ attempts: row.attempts + 1, next_attempt_at: later(CLAIM_MS) })
      .where('id', '=', row.id)
      .where('attempts', '=', row.attempts)
      .where('next_attempt_at', '=', row.next_attempt_at)
      .where('sent_at', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue;
    const target = await db
      .selectFrom('notification_outbox as o')
      .innerJoin('notifications as n', 'n.id', 'o.notification_id')
      .innerJoin('users as u', 'u.id', 'o.user_id')
      .leftJoin('notification_settings as s', 's.user_id', 'o.user_id')
      .select(['u.email', 'u.status', 's.email_opt_in', 'n.link'])
      .where('o.id', '=', row.id)
      .executeTakeFirst();
    if (target?.status !== 'active' || target.email_opt_in !== 1) {
      await db
        .updateTable('notification_outbox')
        .set({ failed_at: nowUtc(), last_error: 'niet verzonden: gebruiker uitgeschakeld of afgemeld' })
        .where('id', '=', row.id)
        .execute();
      report.skipped++;
      continue;
    }
    try {
      await send(composeMail(target.email, mailLink(publicUrl, target.link)));
      await db
        .updateTable('notification_outbox')
        .set({ sent_at: nowUtc(), last_error: null })
        .where('id', '=', row.id)
        .execute();
      report.sent++;
    } catch (err) {
      const attempts = row.attempts + 1;
      const error = String((err as Error).message ?? err)
        .replace(/\S+@\S+/g, '<adres>')
        .slice(0, 500);
      await db
        .updateTable('notification_outbox')
        .set(
          attempts >= MAX_ATTEMPTS
            ? { failed_at: nowUtc(), last_error: error }
            : { next_attempt_at: later(retryDelayMs(attempts)), last_error: error },
        )
        .where('id', '=', row.id)
        .execute();
      report.failed++;
    }
  }
  return report;
}
