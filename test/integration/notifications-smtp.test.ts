/**
 * Notification e-mail over real SMTP (issue 5 §10): a real SMTP server (smtp-server) is started in
 * the test with a login, and the dispatcher sends the outbox to it through nodemailer. The message
 * must hold no personal data — no names, BSN, case number or case text — only the fixed sentence
 * and a link into the app. Failed deliveries are retried with backoff and given up after the last
 * attempt; a user disabled after queueing gets nothing; the server's own schedule sends too.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchOutbox } from '../../src/modules/notifications/dispatcher.js';
import { notify } from '../../src/modules/notifications/notify.js';
import { MAX_ATTEMPTS } from '../../src/modules/notifications/rules/mail.js';
import { scheduleMail, smtpSender } from '../../src/modules/notifications/smtp.js';
import { ConfigError, loadSettings } from '../../src/platform/config/env.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { api, extraUser, PERSON, registration } from './cases-fixtures.js';

interface Received {
  from: string | undefined;
  to: string[];
  raw: string;
}

/** A real SMTP server on a free loopback port that wants a login; `reject` makes RCPT fail. */
async function startSmtp() {
  const received: Received[] = [];
  const state = { reject: false };
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, cb) {
      if (auth.username === 'ketenhuis' && auth.password === 'smtp-geheim')
        return cb(null, { user: 'ketenhuis' });
      return cb(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, cb) {
      if (state.reject) return cb(new Error(`550 mailbox unavailable: ${address.address}`));
      return cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { server, port, received, state, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('SMTP settings', () => {
  const base = { DATABASE_URL: './x.sqlite' };
  it('are optional, and validated when given', () => {
    expect(loadSettings(base).SMTP_HOST).toBeUndefined();
    const bad = [
      { SMTP_HOST: 'mail.example', PUBLIC_URL: 'https://zvh.example' },
      { SMTP_HOST: 'mail.example', SMTP_FROM: 'noreply@zvh.example' },
      { SMTP_FROM: 'geen adres' },
      { SMTP_USER: 'alleen-gebruiker' },
      { SMTP_PORT: '70000' },
      { SMTP_SECURE: 'misschien' },
    ];
    for (const env of bad)
      expect(() => loadSettings({ ...base, ...env }), JSON.stringify(env)).toThrow(ConfigError);
    const ok = loadSettings({
      ...base,
      SMTP_HOST: 'mail.example',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      SMTP_USER: 'u',
      SMTP_PASSWORD: 'p',
      SMTP_FROM: 'Ketenhuis <noreply@zvh.example>',
      PUBLIC_URL: 'https://zvh.example',
    });
    expect(ok).toMatchObject({ SMTP_PORT: 465, SMTP_SECURE: true, SMTP_INTERVAL_SECONDS: 15 });
  });
});

describe.each(dialects)('notification e-mail over SMTP on %s', (dialect) => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let settings: ReturnType<typeof loadSettings>;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    smtp = await startSmtp();
    settings = loadSettings({
      DATABASE_URL: t.database.url,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_USER: 'ketenhuis',
      SMTP_PASSWORD: 'smtp-geheim',
      SMTP_FROM: 'Ketenhuis <noreply@zvh.example>',
      SMTP_INTERVAL_SECONDS: '1',
      PUBLIC_URL: 'https://zvh.example/',
    });
  });
  afterAll(async () => {
    await smtp.close();
    await t.close();
  });

  const optIn = (userId: string) =>
    t.db.kysely
      .insertInto('notification_settings')
      .values({ user_id: userId, email_opt_in: 1, updated_at: new Date().toISOString() })
      .execute();
  const outbox = () =>
    t.db.kysely.selectFrom('notification_outbox').selectAll().orderBy('created_at').execute();
  const sender = () => {
    const s = smtpSender(settings);
    if (!s) throw new Error('no sender');
    return s;
  };

  it('sends a message with only the fixed sentence and a link, to opted-in active users', async () => {
    const created = await api(t)('professional', 'POST', '/cases', registration(t));
    expect(created.statusCode, created.body).toBe(201);
    const { id, caseNumber } = created.json();
    const regie = await extraUser(t, 'regie-mail', ['procesregisseur'], null);
    await optIn(regie.id);
    await optIn(t.users.professional.id);
    await t.db.kysely.transaction().execute((trx) =>
      notify(trx, {
        userIds: [regie.id, t.users.professional.id, t.users.manager.id],
        kind: 'case.submitted',
        caseId: id,
        link: `/casussen/${id}`,
      }),
    );
    // The professional is disabled after the e-mail was queued: at send time they get nothing.
    await t.db.kysely
      .updateTable('users')
      .set({ status: 'disabled' })
      .where('id', '=', t.users.professional.id)
      .execute();

    const report = await dispatchOutbox(t.db.kysely, sender(), settings.PUBLIC_URL as string);
    expect(report).toEqual({ sent: 1, failed: 0, skipped: 1 });
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    if (!mail) throw new Error('no mail');
    expect(mail.to).toEqual(['regie-mail@test.ketenhuis.example']);
    expect(mail.from).toBe('noreply@zvh.example');
    expect(mail.raw).toContain('Er staat een nieuwe melding voor u klaar in Ketenhuis');
    expect(mail.raw).toContain('There is a new notification for you in Ketenhuis');
    expect(mail.raw).toContain(`https://zvh.example/casussen/${id}`);
    const unfolded = mail.raw.replace(/=\r?\n/g, '');
    for (const secret of [
      PERSON.name,
      'Vries',
      PERSON.bsn,
      PERSON.birthDate,
      PERSON.address,
      caseNumber,
      'Overlast',
      'huisuitzetting',
      'regie-mail',
      'Test professional',
    ])
      expect(unfolded.replace(/^To:.*$/m, ''), secret).not.toContain(secret);

    const rows = await outbox();
    expect(rows.find((r) => r.user_id === regie.id)).toMatchObject({ attempts: 1, last_error: null });
    expect(rows.find((r) => r.user_id === regie.id)?.sent_at).not.toBeNull();
    expect(rows.find((r) => r.user_id === t.users.professional.id)?.failed_at).not.toBeNull();
    // Nothing is sent twice.
    expect(await dispatchOutbox(t.db.kysely, sender(), 'https://zvh.example')).toEqual({
      sent: 0,
      failed: 0,
      skipped: 0,
    });
    await t.db.kysely
      .updateTable('users')
      .set({ status: 'active' })
      .where('id', '=', t.users.professional.id)
      .execute();
  });

  it('retries a failed delivery with backoff, and gives up after the last attempt', async () => {
    const u = await extraUser(t, 'retry-mail', ['informatiecentrum'], null);
    await optIn(u.id);
    await t.db.kysely
      .transaction()
      .execute((trx) =>
        notify(trx, { userIds: [u.id], kind: 'triage.request', caseId: null, link: '/taken' }),
      );
    const mine = () =>
      t.db.kysely
        .selectFrom('notification_outbox')
        .selectAll()
        .where('user_id', '=', u.id)
        .executeTakeFirstOrThrow();
    smtp.state.reject = true;
    const before = smtp.received.length;
    expect(await dispatchOutbox(t.db.kysely, sender(), 'https://zvh.example')).toMatchObject({ failed: 1 });
    let row = await mine();
    expect(row.attempts).toBe(1);
    expect(row.sent_at).toBeNull();
    expect(row.last_error).toContain('mailbox unavailable');
    expect(row.last_error).not.toContain('retry-mail@');
    const delay = Date.parse(row.next_attempt_at) - Date.now();
    expect(delay).toBeGreaterThan(30_000);
    // Not due yet: the next pass leaves it alone.
    expect(await dispatchOutbox(t.db.kysely, sender(), 'https://zvh.example')).toMatchObject({ failed: 0 });
    // The second failure waits longer than the first.
    await t.db.kysely
      .updateTable('notification_outbox')
      .set({ next_attempt_at: '2000-01-01T00:00:00.000Z' })
      .where('id', '=', row.id)
      .execute();
    await dispatchOutbox(t.db.kysely, sender(), 'https://zvh.example');
    row = await mine();
    expect(row.attempts).toBe(2);
    expect(Date.parse(row.next_attempt_at) - Date.now()).toBeGreaterThan(delay + 30_000);
    // Recovered server: the next due attempt is delivered.
    smtp.state.reject = false;
    await t.db.kysely
      .updateTable('notification_outbox')
      .set({ next_attempt_at: '2000-01-01T00:00:00.000Z' })
      .where('id', '=', row.id)
      .execute();
    expect(await dispatchOutbox(t.db.kysely, sender(), 'https://zvh.example')).toMatchObject({ sent: 1 });
    expect(smtp.received.length).toBe(before + 1);

    // A delivery that keeps failing is given up after MAX_ATTEMPTS.
    await t.db.kysely
      .transaction()
      .execute((trx) =>
        notify(trx, { userIds: [u.id], kind: 'triage.request', caseId: null, link: '/taken' }),
      );
    smtp.state.reject = true;
    for (let i = 0; i < MAX_ATTEMPTS + 2; i++) {
      await t.db.kysely
        .updateTable('notification_outbox')
        .set({ next_attempt_at: '2000-01-01T00:00:00.000Z' })
        .where('sent_at', 'is', null)
        .where('failed_at', 'is', null)
        .execute();
      await dispatchOutbox(t.db.kysely, sender(), 'https://zvh.example');
    }
    smtp.state.reject = false;
    const last = await t.db.kysely
      .selectFrom('notification_outbox')
      .selectAll()
      .where('user_id', '=', u.id)
      .where('sent_at', 'is', null)
      .executeTakeFirstOrThrow();
    expect(last.attempts).toBe(MAX_ATTEMPTS);
    expect(last.failed_at).not.toBeNull();
  });

  it('is sent by the server schedule after the notifying transaction commits', async () => {
    const u = await extraUser(t, 'schedule-mail', ['secretaris'], null);
    await optIn(u.id);
    const stop = scheduleMail(t.db.kysely, settings, t.app.log);
    try {
      await t.db.kysely
        .transaction()
        .execute((trx) =>
          notify(trx, { userIds: [u.id], kind: 'meeting.invited', caseId: null, link: '/overleggen' }),
        );
      const deadline = Date.now() + 10_000;
      while (!smtp.received.some((m) => m.to.includes('schedule-mail@test.ketenhuis.example'))) {
        if (Date.now() > deadline) throw new Error('the scheduled dispatcher sent nothing');
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      stop();
    }
  });

  it('sends nothing with a wrong SMTP login', async () => {
    const u = await extraUser(t, 'auth-mail', ['secretaris'], null);
    await optIn(u.id);
    await t.db.kysely
      .transaction()
      .execute((trx) =>
        notify(trx, { userIds: [u.id], kind: 'meeting.invited', caseId: null, link: '/overleggen' }),
      );
    const wrong = smtpSender({ ...settings, SMTP_PASSWORD: 'fout' });
    if (!wrong) throw new Error('no sender');
    expect(await dispatchOutbox(t.db.kysely, wrong, 'https://zvh.example')).toMatchObject({
      sent: 0,
      failed: 1,
    });
  });
});
