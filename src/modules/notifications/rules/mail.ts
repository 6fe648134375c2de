/**
 * The notification e-mail, as pure functions (issue 5 §10; Art. 17 secrecy). The message carries
 * no personal data and nothing about the case: one fixed Dutch and English sentence and a link
 * into the app, where the user logs in (with a second factor) to see what it is about. The
 * retry schedule of the outbox lives here too.
 */

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export const MAIL_SUBJECT = 'Nieuwe melding in Ketenhuis / New notification in Ketenhuis';

/** The absolute link: the public base URL plus the notification's in-app path. */
export function mailLink(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${path}`;
}

export function composeMail(to: string, link: string): MailMessage {
  const text = [
    'Er staat een nieuwe melding voor u klaar in Ketenhuis. Log in om deze te bekijken:',
    link,
    '',
    'There is a new notification for you in Ketenhuis. Log in to view it:',
    link,
    '',
    '--',
    'Dit bericht is automatisch verzonden en bevat bewust geen gegevens over personen of casussen.',
    'This message was sent automatically and deliberately contains no details about people or cases.',
  ].join('\n');
  return { to, subject: MAIL_SUBJECT, text };
}

/** Attempts before an e-mail is given up (its in-app notification stays). */
export const MAX_ATTEMPTS = 8;

/** Exponential backoff: 1, 2, 4 … minutes after the n-th failed attempt, at most 6 hours. */
export function retryDelayMs(failedAttempts: number): number {
  const minutes = Math.min(2 ** Math.max(0, failedAttempts - 1), 360);
  return minutes * 60_000;
}

/** How long a claimed row is held by one dispatcher before another may try it. */
export const CLAIM_MS = 5 * 60_000;
