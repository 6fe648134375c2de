/**
 * Fixtures for the disclosure suites (Art. 9.2, 19.1): a case in execution (cases-execution-
 * fixtures.ts: politie registers, Middin coordinates, Parnassia participates, GGD is uninvited)
 * with items provided through the real API; re-authentication through the real endpoint; and a
 * small reader for the text drawn on each page of a PDF made with standard fonts.
 */
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { currentStep, totpCode } from '../../src/modules/identity/rules/totp.js';
import { enrolTotp, type Session, sessionCookie, TEST_PASSWORD, type TestApp } from '../support/app.js';
import { type Cast, caseInExecution, castOf, type ExecutionCase } from './cases-execution-fixtures.js';
import { api, type Caller } from './cases-fixtures.js';

export interface DisclosureWorld {
  c: ExecutionCase;
  cast: Cast;
  /** Middin's item for all participants; politie's own item; Parnassia's item named for Middin only. */
  items: { middin: string; politie: string; hidden: string };
}

export async function provideItem(t: TestApp, c: string, as: Caller, body: Record<string, unknown>) {
  const res = await api(t)(as, 'POST', `/cases/${c}/information-items`, {
    regime: 'gewoon',
    visibility: 'all-participants',
    useInActionPlan: true,
    ...body,
  });
  if (res.statusCode !== 201) throw new Error(`item: ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}

export async function disclosureWorld(t: TestApp): Promise<DisclosureWorld> {
  const cast = await castOf(t);
  const c = await caseInExecution(t);
  const middin = await provideItem(t, c.id, cast.coordinator.session, {
    title: 'Woonbegeleiding door Middin',
    body: 'Begeleiding twee keer per week; huurachterstand € 1.200 — regeling loopt.',
  });
  const politie = await provideItem(t, c.id, 'professional', {
    title: 'Meldingen politie',
    body: 'Drie meldingen van overlast in het afgelopen halfjaar.',
    regime: 'politie',
  });
  const hidden = await provideItem(t, c.id, cast.participant.session, {
    title: 'Behandeling Parnassia (geheim voor politie)',
    body: 'Diagnose en behandelplan.',
    regime: 'bijzonder',
    visibility: 'named-parties',
    namedPartyIds: [t.partyIds.get('middin')],
  });
  return { c, cast, items: { middin, politie, hidden } };
}

/** Re-authenticates a user through POST /session/reauth and returns the new (rotated) session. */
export async function reauthenticated(t: TestApp, userId: string, session: Session): Promise<Session> {
  // A fresh factor with no used step, so that this code is never refused as a replay.
  const secret = await enrolTotp(t.db, t.rootKey, userId);
  await t.db.kysely.updateTable('users').set({ totp_last_step: null }).where('id', '=', userId).execute();
  const code = totpCode(secret, currentStep(Date.now()));
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/session/reauth',
    payload: { password: TEST_PASSWORD, code },
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
  });
  if (res.statusCode !== 204) throw new Error(`reauth: ${res.statusCode} ${res.body}`);
  const cookie = sessionCookie(res) ?? '';
  const state = await t.app.inject({ url: '/api/v1/session', headers: { cookie } });
  return { cookie, csrfToken: state.json().csrfToken as string };
}

/** WinAnsi bytes as text: Latin-1, plus the few 0x80–0x9F characters these tests use. */
const WIN_ANSI_EXTRA: Record<number, string> = {
  128: '€',
  145: '‘',
  146: '’',
  147: '“',
  148: '”',
  150: '–',
  151: '—',
};
const winAnsi = (bytes: Buffer) =>
  [...bytes].map((b) => WIN_ANSI_EXTRA[b] ?? String.fromCharCode(b)).join('');

/** The text each page draws (hex strings of Tj/TJ operators in standard-font content streams). */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    let raw = '';
    for (const ref of refs) {
      const stream = doc.context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) continue;
      const filter = stream.dict.get(PDFName.of('Filter'));
      const data = filter ? inflateSync(Buffer.from(stream.contents)) : Buffer.from(stream.contents);
      raw += data.toString('latin1');
    }
    return [...raw.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)]
      .map((m) => winAnsi(Buffer.from(m[1] ?? '', 'hex')))
      .join('\n');
  });
}
