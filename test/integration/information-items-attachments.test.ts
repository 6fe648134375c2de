/**
 * Attachments of information items (issue 6 §1; Art. 16.2, 17.3): the type is detected from the
 * content, not the name (415 otherwise); the size limit comes from configuration (413); only the
 * provider adds; whoever sees the item downloads, as a sandboxed attachment; and the scrub and the
 * retention remover delete items with their attachments (Art. 1.10). SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeCaseRows } from '../../src/modules/cases/retention.js';
import { MAX_ATTACHMENTS_PER_ITEM } from '../../src/modules/information/attachment-command.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { caseInExecution, castOf } from './cases-execution-fixtures.js';
import { api } from './cases-fixtures.js';
import { post } from './information-items-fixtures.js';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
const EXE = Buffer.from('4d5a90000300000004000000ffff0000b8000000', 'hex');

describe.each(dialects)('information item attachments and removal on %s', (dialect) => {
  let t: TestApp;
  let call: ReturnType<typeof api>;
  beforeAll(async () => {
    t = await createTestApp(dialect, { INFORMATION_ATTACHMENT_MAX_BYTES: '2048' });
    call = api(t);
  });
  afterAll(() => t.close());

  const newItem = async (
    caseId: string,
    as: Parameters<ReturnType<typeof api>>[0] = 'professional',
    over = {},
  ) => {
    const res = await call(as, 'POST', `/cases/${caseId}/information-items`, {
      title: 'Proces-verbaal',
      body: 'Zie bijlage',
      regime: 'politie',
      visibility: 'all-participants',
      useInActionPlan: false,
      ...over,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const upload = (
    as: Parameters<ReturnType<typeof api>>[0],
    itemId: string,
    filename: string,
    content: Buffer,
  ) =>
    call(as, 'POST', `/information-items/${itemId}/attachments`, {
      filename,
      content: content.toString('base64'),
    });

  it('detects the type from the content, limits the size, and lets only the provider add', async () => {
    const c = await caseInExecution(t);
    const cast = await castOf(t);
    const id = await newItem(c.id);
    const pdf = await upload('professional', id, 'verslag "mei".txt', PDF);
    expect(pdf.statusCode, pdf.body).toBe(201);
    expect(pdf.json()).toMatchObject({
      mediaType: 'application/pdf',
      size: PDF.length,
      filename: 'verslag "mei".txt',
    });
    const exe = await upload('professional', id, 'verslag.pdf', EXE);
    expect(exe.statusCode).toBe(415);
    expect(exe.headers['content-type']).toContain('application/problem+json');
    const big = await upload('professional', id, 'groot.txt', Buffer.alloc(2049, 0x61));
    expect(big.statusCode).toBe(413);
    expect(big.json().type).toBe('urn:ketenhuis:problem:payload-too-large');
    const huge = await upload('professional', id, 'enorm.txt', Buffer.alloc(30_000, 0x61));
    expect(huge.statusCode).toBe(413);
    const byOther = await upload(cast.participant.session, id, 'x.pdf', PDF);
    expect(byOther.statusCode).toBe(403);
    const byOutsider = await upload(cast.uninvited.session, id, 'x.pdf', PDF);
    expect(byOutsider.statusCode).toBe(404);

    const attachmentId = pdf.json().id as string;
    const file = await call(
      cast.participant.session,
      'GET',
      `/information-items/${id}/attachments/${attachmentId}`,
    );
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PDF)).toBe(true);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="verslag _mei_.txt"; filename*=UTF-8''verslag%20%22mei%22.txt`,
    );
    expect(file.headers['content-security-policy']).toContain('sandbox');
    const outsider = await call(
      cast.uninvited.session,
      'GET',
      `/information-items/${id}/attachments/${attachmentId}`,
    );
    expect(outsider.statusCode).toBe(404);
    const wrongItem = await call(
      'professional',
      'GET',
      `/information-items/${await newItem(c.id)}/attachments/${attachmentId}`,
    );
    expect(wrongItem.statusCode).toBe(404);
    const detail = (await call(cast.participant.session, 'GET', `/information-items/${id}`)).json();
    expect(detail.attachments).toEqual([
      { id: attachmentId, filename: 'verslag "mei".txt', mediaType: 'application/pdf', size: PDF.length },
    ]);
    const raw = await t.db.kysely
      .selectFrom('information_attachments')
      .selectAll()
      .where('id', '=', attachmentId)
      .executeTakeFirstOrThrow();
    expect(raw.content_enc).not.toContain(PDF.toString('base64').slice(0, 12));
  });

  it('refuses an attachment beyond the maximum per item with 409, and changes nothing', async () => {
    const c = await caseInExecution(t);
    const id = await newItem(c.id);
    for (let i = 0; i < MAX_ATTACHMENTS_PER_ITEM; i++)
      expect((await upload('professional', id, `deel-${i}.pdf`, PDF)).statusCode).toBe(201);
    const over = await upload('professional', id, 'een-te-veel.pdf', PDF);
    expect(over.statusCode, over.body).toBe(409);
    expect(over.json().type).toBe('urn:ketenhuis:problem:conflict');
    const detail = (await call('professional', 'GET', `/information-items/${id}`)).json();
    expect(detail.attachments).toHaveLength(MAX_ATTACHMENTS_PER_ITEM);
  });

  it('lists items item by item in the scrub, deletes the removed ones and every withdrawn one (Art. 1.10)', async () => {
    const c = await caseInExecution(t);
    const cast = await castOf(t);
    const keep = await newItem(c.id);
    const drop = await newItem(c.id);
    await upload('professional', drop, 'a.pdf', PDF);
    // Art. 15.2: Parnassia may not provide police data (Wpg); health data it may.
    const gone = await newItem(c.id, cast.participant.session, {
      visibility: 'procesregisseur-only',
      regime: 'bijzonder',
    });
    const withdrawn = await call(
      cast.participant.session,
      'POST',
      `/information-items/${gone}/withdraw`,
      {},
      '"v1"',
    );
    expect(withdrawn.statusCode).toBe(200);
    let etag = (await call('procesregisseur', 'GET', `/cases/${c.id}/execution`)).headers.etag as string;
    etag = await post(t, 'procesregisseur', `/cases/${c.id}/propose-deescalation`, etag, {
      evaluation: 'Criteria gehaald',
    });
    etag = await post(t, 'procesregisseur', `/cases/${c.id}/approve-deescalation`, etag);
    etag = await post(t, cast.coordinator.session, `/cases/${c.id}/approve-deescalation`, etag);
    const scrub = (await call('procesregisseur', 'GET', `/cases/${c.id}/scrub`)).json();
    const items = (scrub.elements as { type: string; id: string; preview: string | null }[]).filter(
      (e) => e.type === 'information-item',
    );
    expect(items.map((e) => e.id).sort()).toEqual([keep, drop].sort());
    expect(items[0]?.preview).toBe('Proces-verbaal');
    const decisions = (scrub.elements as { type: string; id: string }[]).map((e) =>
      e.id === keep
        ? { type: e.type, id: e.id, decision: 'keep', reason: 'Nodig voor nazorg' }
        : {
            type: e.type,
            id: e.id,
            decision: e.type === 'information-item' ? 'remove' : 'keep',
            reason: 'Bewaren',
          },
    );
    const done = await call('procesregisseur', 'POST', `/cases/${c.id}/scrub`, { decisions }, etag);
    expect(done.statusCode, done.body).toBe(200);
    const left = await t.db.kysely
      .selectFrom('information_items')
      .select('id')
      .where('case_id', '=', c.id)
      .execute();
    expect(left.map((r) => r.id)).toEqual([keep]);
    const files = await t.db.kysely
      .selectFrom('information_attachments')
      .select('id')
      .where('case_id', '=', c.id)
      .execute();
    expect(files).toEqual([]);
    // Closed after the scrub: no new information (Art. 1.10).
    const late = await call('professional', 'POST', `/cases/${c.id}/information-items`, {
      title: 'Te laat',
      body: 'Na afschaling',
      regime: 'gewoon',
      visibility: 'all-participants',
      useInActionPlan: false,
    });
    expect(late.statusCode, late.body).toBe(409);
  });

  it('removes all items, links and attachments with the case at the end of retention', async () => {
    const c = await caseInExecution(t);
    const id = await newItem(c.id, 'professional', {
      visibility: 'named-parties',
      namedPartyIds: [t.partyIds.get('middin')],
    });
    await upload('professional', id, 'a.pdf', PDF);
    await t.db.kysely.transaction().execute((trx) => removeCaseRows(trx, c.id));
    for (const table of ['information_items', 'information_attachments'] as const) {
      const rows = await t.db.kysely.selectFrom(table).select('id').where('case_id', '=', c.id).execute();
      expect(rows, table).toEqual([]);
    }
    const links = await t.db.kysely
      .selectFrom('information_item_parties')
      .select('party_id')
      .where('item_id', '=', id)
      .execute();
    expect(links).toEqual([]);
  });
});
