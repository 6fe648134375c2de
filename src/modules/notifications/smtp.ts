/**
 * E-mail through SMTP (nodemailer), optional: without SMTP_HOST nothing is sent and the outbox
 * simply keeps its rows. The dispatcher runs inside the server on SMTP_INTERVAL_SECONDS; passes
 * never overlap within a server, and rows are claimed, so servers never send one row twice.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import nodemailer from 'nodemailer';
import type { Settings } from '../../platform/config/env.js';
import type { Database } from '../../platform/db/schema.js';
import { dispatchOutbox, type MailSender } from './dispatcher.js';

export type SmtpSettings = Pick<
  Settings,
  'SMTP_HOST' | 'SMTP_PORT' | 'SMTP_SECURE' | 'SMTP_USER' | 'SMTP_PASSWORD' | 'SMTP_FROM'
>;

/** A sender over SMTP, or null when no SMTP server is configured. */
export function smtpSender(s: SmtpSettings): MailSender | null {
  if (!s.SMTP_HOST || !s.SMTP_FROM) return null;
  const transport = nodemailer.createTransport({
    host: s.SMTP_HOST,
    port: s.SMTP_PORT,
    secure: s.SMTP_SECURE,
    ...(s.SMTP_USER && s.SMTP_PASSWORD ? { auth: { user: s.SMTP_USER, pass: s.SMTP_PASSWORD } } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  const from = s.SMTP_FROM;
  return async (m) => {
    await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text });
  };
}

/** Starts the dispatcher; returns the function that stops it. */
export function scheduleMail(db: Kysely<Database>, settings: Settings, log: FastifyBaseLogger): () => void {
  const send = smtpSender(settings);
  if (!send || !settings.PUBLIC_URL) return () => undefined;
  const publicUrl = settings.PUBLIC_URL;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const r = await dispatchOutbox(db, send, publicUrl);
      if (r.sent || r.failed || r.skipped) log.info(r, 'mail: outbox pass');
    } catch (err) {
      log.error({ err: { message: (err as Error).message } }, 'mail: outbox pass failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, settings.SMTP_INTERVAL_SECONDS * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
