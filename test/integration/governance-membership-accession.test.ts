/**
 * Accession over the real API (Art. 20, Bijlage 1): request via a Partneroverleg member, notice to
 * all parties, consent of all, Stuurgroep decision, the filled-in form as PDF, both signatures —
 * and only then can the new party's users work (a session of such a user: 401 before, 200 after).
 */
import { inflateSync } from 'node:zlib';
import { PDFDocument, PDFRawStream } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, everyone, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import {
  accessionBody,
  api,
  consentAllBut,
  delegateOf,
  seat,
  sessionFor,
  userOf,
} from './governance-membership-fixtures.js';

/** The text drawn in a PDF made by pdf-lib: its content streams inflated, hex strings decoded. */
async function pdfText(bytes: Buffer): Promise<string> {
  const doc = await PDFDocument.load(bytes);
  let text = '';
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream)) continue;
    let content: string;
    try {
      content = inflateSync(Buffer.from(obj.contents)).toString('latin1');
    } catch {
      continue;
    }
    for (const m of content.matchAll(/<([0-9A-Fa-f]+)> Tj/g))
      text += `${Buffer.from(m[1] ?? '', 'hex').toString('latin1')}\n`;
  }
  return text;
}

describe.each(dialects)('accession (Art. 20) on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof api>;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    call = api(t);
    await seat(t, t.users.professional.id); // politie's delegate in the Partneroverleg
  });
  afterAll(() => t.close());

  it('refuses a request not made through a member of the Partneroverleg (Art. 20.2)', async () => {
    const res = await call('secretaris', 'POST', '/accessions', accessionBody(t.users.manager.id));
    expect(res.status).toBe(400);
    expect(res.body.detail).toContain('Art. 20.2');
  });

  it('runs the whole workflow; the party and its users become active only with both signatures', async () => {
    const created = await call('secretaris', 'POST', '/accessions', accessionBody(t.users.professional.id));
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const party = created.body.party as { id: string; name: string; status: string };
    expect(party.status).toBe('accession_pending');
    expect(created.body.permissions).toEqual(['notify']);

    // A user of the acceding party, with a session: shut out of the case endpoints until accession.
    const newcomer = await userOf(t, party.id);
    const newcomerHeaders = await sessionFor(t, newcomer);
    expect((await call(newcomerHeaders, 'GET', '/cases')).status).toBe(401);

    // Art. 20.3: consent only after the secretary informed the parties.
    const early = await call(
      'professional',
      'POST',
      `/accessions/${id}/consent`,
      { consent: true },
      created.etag,
    );
    expect(early.status).toBe(409);
    expect(early.body.detail).toContain('Art. 20.3');

    expect((await call('manager', 'POST', `/accessions/${id}/notify`, {}, created.etag)).status).toBe(403);
    expect((await call('secretaris', 'POST', `/accessions/${id}/notify`, {})).status).toBe(428);
    const notified = await call('secretaris', 'POST', `/accessions/${id}/notify`, {}, created.etag);
    expect(notified.status).toBe(200);
    expect(notified.body.notifiedAt).toBeTruthy();
    expect((await call('secretaris', 'POST', `/accessions/${id}/notify`, {}, notified.etag)).status).toBe(
      409,
    );
    // A stale ETag changes nothing (412).
    expect(
      (await call('professional', 'POST', `/accessions/${id}/consent`, { consent: false }, created.etag))
        .status,
    ).toBe(412);

    // Art. 20.4: approval waits for all parties.
    const decision = { outcome: 'approved', decidedOn: '2025-04-10', reference: 'SG 2025-04 punt 6' };
    const tooEarly = await call('secretaris', 'POST', `/accessions/${id}/decision`, decision, notified.etag);
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.detail).toContain('Art. 20.4');

    // The politie delegate consents for politie; others cannot consent, and beheer cannot even see it.
    const get = await call('professional', 'GET', `/accessions/${id}`);
    expect(get.body.permissions).toEqual(['consent']);
    const consent = await call(
      'professional',
      'POST',
      `/accessions/${id}/consent`,
      { consent: true },
      notified.etag,
    );
    expect(consent.status).toBe(200);
    expect(consent.body.consents).toMatchObject({ agreed: 1, missing: 33, complete: false });
    expect(
      (await call('beheer', 'POST', `/accessions/${id}/consent`, { consent: true }, consent.etag)).status,
    ).toBe(404);
    expect(
      (await call('secretaris', 'POST', `/accessions/${id}/consent`, { consent: true }, consent.etag)).status,
    ).toBe(403);

    await consentAllBut(t, 'accession_consents', id, [t.partyIds.get('politie-den-haag') ?? '']);
    const all = await call('secretaris', 'GET', `/accessions/${id}`);
    expect(all.body.consents).toMatchObject({ agreed: 34, needed: 34, missing: 0, complete: true });
    // The form does not exist before approval.
    expect((await call('secretaris', 'GET', `/accessions/${id}/form`)).status).toBe(409);
    const approved = await call('secretaris', 'POST', `/accessions/${id}/decision`, decision, all.etag);
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
    expect(approved.body.decision).toMatchObject({ outcome: 'approved', reference: 'SG 2025-04 punt 6' });

    // Bijlage 1 as a filled-in PDF.
    const form = await call('secretaris', 'GET', `/accessions/${id}/form`);
    expect(form.status).toBe(200);
    expect(form.raw.headers['content-type']).toBe('application/pdf');
    const bytes = form.raw.rawPayload;
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toBe(`Toetredingsformulier ${party.name}`);
    const text = await pdfText(bytes);
    expect(text).toContain(party.name);
    expect(text).toContain('statutair gevestigd te Den Haag');
    expect(text).toContain('SG 2025-04 punt 6');
    expect(text).toContain('Bijlage 1: Toetredingsformulier nieuwe partner tot Convenant');

    // One signature is not enough (Art. 20.4: the organisation and the chair).
    const sign = {
      signer: 'organisation',
      signatory: 'M. de Graaf, bestuurder',
      signedOn: '2025-04-20',
      place: 'Den Haag',
    };
    const one = await call('secretaris', 'POST', `/accessions/${id}/signatures`, sign, approved.etag);
    expect(one.status).toBe(200);
    expect(one.body.status).toBe('approved');
    expect((await call(newcomerHeaders, 'GET', '/cases')).status).toBe(401);
    expect((await call('secretaris', 'POST', `/accessions/${id}/signatures`, sign, one.etag)).status).toBe(
      409,
    );

    const chair = {
      signer: 'chair',
      signatory: 'J. van Zanen, voorzitter',
      signedOn: '2025-04-22',
      place: 'Den Haag',
    };
    const done = await call('secretaris', 'POST', `/accessions/${id}/signatures`, chair, one.etag);
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('acceded');
    expect((done.body.party as { status: string }).status).toBe('active');

    // The same session now works: the party is active.
    expect((await call(newcomerHeaders, 'GET', '/cases')).status).toBe(200);
    const signedText = await pdfText(
      (await call('secretaris', 'GET', `/accessions/${id}/form`)).raw.rawPayload,
    );
    expect(signedText).toContain('J. van Zanen, voorzitter');
  });

  it('a refusal by the Stuurgroep leaves the organisation outside', async () => {
    const created = await call('secretaris', 'POST', '/accessions', accessionBody(t.users.professional.id));
    const id = created.body.id as string;
    const notified = await call('secretaris', 'POST', `/accessions/${id}/notify`, {}, created.etag);
    const refused = await call(
      'secretaris',
      'POST',
      `/accessions/${id}/decision`,
      { outcome: 'refused', decidedOn: '2025-05-01', reference: 'SG 2025-05' },
      notified.etag,
    );
    expect(refused.body.status).toBe('refused');
    expect((refused.body.party as { status: string }).status).toBe('accession_pending');
    expect((await call('secretaris', 'GET', `/accessions/${id}/form`)).status).toBe(409);
  });

  it('shows accessions to the secretary, the manager and delegates only (Art. 10.1); others 404', async () => {
    const created = await call('secretaris', 'POST', '/accessions', accessionBody(t.users.professional.id));
    const other = await delegateOf(t, 'middin');
    expect((await call(other.headers, 'GET', `/accessions/${created.body.id}`)).status).toBe(200);
    for (const as of everyone) {
      const list = await call(as, 'GET', '/accessions');
      const one = await call(as, 'GET', `/accessions/${created.body.id}`);
      const create = await call(as, 'POST', '/accessions', accessionBody(t.users.professional.id));
      const reader = ['secretaris', 'manager', 'professional'].includes(as);
      const expected = as === 'anonymous' ? 401 : reader ? 200 : 404;
      expect([as, list.status], as).toEqual([as, expected]);
      expect([as, one.status]).toEqual([as, expected]);
      expect([as, create.status]).toEqual([as, as === 'secretaris' ? 201 : reader ? 403 : expected]);
    }
  });
});
