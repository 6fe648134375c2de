/**
 * Reading the processing log over the API on both databases: who sees what (privacy officer all,
 * professional their own party, others 404), filters and cursor pages, search by BSN in a POST
 * body, JSON Lines and CSV exports, every read logged, and an incoming traceparent honoured.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appendProcessing,
  bsnSubject,
  processingLogKeys,
  pseudonymiseBsn,
  type StoredEntry,
  verifyChain,
} from '../../src/platform/processing-log/index.js';
import { type As, createTestApp, everyone, headersFor, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { AANMELDING, sampleEntry } from './processing-log-fixtures.js';

const BSN = '111222333';
const INZAGE = 'urn:ketenhuis:haaglanden:verwerking:logboek-inzage';
const sample = (e: { name: string }) => e.name === 'case.read';
const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe.each(dialects)('processing log API on %s', (dialect) => {
  let t: TestApp;
  let politie: string;
  let other: string;
  let subject: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    politie = t.partyIds.get('politie-den-haag') ?? '';
    other = t.partyIds.get('middin') ?? '';
    const keys = processingLogKeys(t.rootKey);
    subject = pseudonymiseBsn(keys, BSN);
    await t.db.kysely.transaction().execute((trx) =>
      appendProcessing(trx, [
        ...[1, 2, 3].map((n) =>
          sampleEntry(n, {
            actor: { userId: t.users.professional.id, partyId: politie },
            caseId: 'case-p',
          }),
        ),
        sampleEntry(4, {
          actor: { userId: null, partyId: other },
          caseId: 'case-m',
          dataSubject: bsnSubject(keys, BSN),
        }),
        sampleEntry(5, {
          actor: { userId: null, partyId: null },
          caseId: 'case-m',
          purpose: '=HYPERLINK("x"), "zo"',
        }),
        // Another party processed data that politie provided: politie, its controller, sees it.
        sampleEntry(6, {
          actor: { userId: null, partyId: other },
          controllerPartyId: politie,
          caseId: 'case-c',
        }),
      ]),
    );
  });
  afterAll(() => t.close());

  const get = (as: As, url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ url: `/api/v1${url}`, headers: { ...headersFor(t, as), ...headers } });
  const search = (as: As, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/processing-log/search',
      payload,
      headers: { ...headersFor(t, as), ...headers },
    });
  const lastEntry = async () =>
    (await t.db.kysely
      .selectFrom('processing_log')
      .selectAll()
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow()) as unknown as StoredEntry;

  it('lets the privacy officer and professionals in, hides the log from everyone else', async () => {
    for (const as of everyone) {
      const expected = as === 'anonymous' ? 401 : as === 'privacy' || as === 'professional' ? 200 : 404;
      expect((await get(as, '/processing-log')).statusCode, as).toBe(expected);
      expect((await search(as, { bsn: BSN })).statusCode, as).toBe(expected);
      expect((await get(as, '/processing-log/export?format=csv')).statusCode, as).toBe(expected);
    }
  });

  it('shows a professional the processing of the data their party provided, and by their own party', async () => {
    const res = await get('professional', '/processing-log?limit=100');
    const items: { actingPartyId: string; controllerPartyId: string | null; caseId: string }[] =
      res.json().items;
    expect(items.length).toBeGreaterThanOrEqual(4);
    expect(items.every((e) => e.actingPartyId === politie || e.controllerPartyId === politie)).toBe(true);
    expect(items.some((e) => e.caseId === 'case-c' && e.actingPartyId === other)).toBe(true);
    const byCase = await get('professional', '/processing-log?caseId=case-m');
    expect(byCase.json().items).toEqual([]);
  });

  it('filters by case, by pseudonym and by period, and pages by seq', async () => {
    // Reads of the log are logged with the case searched for, so keep to the sample entries.
    const byCase = (await get('privacy', '/processing-log?caseId=case-m')).json();
    expect(byCase.items.filter(sample).map((e: { seq: number }) => e.seq)).toEqual([4, 5]);
    const bySubject = (await get('privacy', `/processing-log?dataSubject=${subject}`)).json();
    expect(bySubject.items.filter(sample)).toHaveLength(1);
    expect(bySubject.items[0].attributes).toEqual({
      'dpl.core.processing_activity_id': AANMELDING,
      'dpl.core.data_subject_id': subject,
      'dpl.core.data_subject_id_type': 'bsn-pseudonym',
    });
    const future = (await get('privacy', '/processing-log?from=2999-01-01T00:00:00Z')).json();
    expect(future.items).toEqual([]);
    const past = (await get('privacy', '/processing-log?to=2000-01-01T00:00:00%2B01:00')).json();
    expect(past.items).toEqual([]);

    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { seq: number; name: string }[]; nextCursor: string | null } = (
        await get('privacy', `/processing-log?caseId=case-p&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.items.filter(sample).map((e) => e.seq));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([1, 2, 3]);
    expect((await get('privacy', '/processing-log?cursor=bm9ucw')).statusCode).toBe(400);
  });

  it('searches by BSN only in a POST body, checked with the elfproef, never echoing it', async () => {
    const res = await search('privacy', { bsn: BSN });
    expect(res.statusCode).toBe(200);
    expect(res.json().dataSubject).toBe(subject);
    expect(
      res
        .json()
        .items.filter(sample)
        .map((e: { seq: number }) => e.seq),
    ).toEqual([4]);
    expect(res.body).not.toContain(BSN);
    const bad = await search('privacy', { bsn: '111222334' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).not.toContain('111222334');
    const inUrl = await get('privacy', `/processing-log?dataSubject=${BSN}`);
    expect(inUrl.statusCode).toBe(400);
    expect(t.logs.join('')).not.toContain(BSN);
  });

  it('logs every read of the log, with the searched pseudonym as data subject', async () => {
    await search('privacy', { bsn: BSN, caseId: 'case-m' });
    expect(await lastEntry()).toMatchObject({
      name: 'processing-log.search',
      operation: 'read',
      processing_activity_id: INZAGE,
      acting_user_id: t.users.privacy.id,
      acting_party_id: null,
      case_id: 'case-m',
      data_subject_id: subject,
      data_subject_id_type: 'bsn-pseudonym',
      status_code: 'ok',
    });
    await get('professional', '/processing-log/export?format=jsonl');
    expect(await lastEntry()).toMatchObject({
      name: 'processing-log.export',
      acting_user_id: t.users.professional.id,
      acting_party_id: politie,
      data_subject_id: null,
    });
    await get('manager', '/processing-log');
    expect((await lastEntry()).acting_user_id).not.toBe(t.users.manager.id);
    expect((await verifyChain(t.db.kysely)).ok).toBe(true);
  });

  it('honours a valid traceparent and starts a new trace otherwise', async () => {
    await get('privacy', '/processing-log?limit=1', { traceparent: TRACEPARENT });
    expect(await lastEntry()).toMatchObject({
      trace_id: '4bf92f3577b34da6a3ce929d0e0e4736',
      parent_span_id: '00f067aa0ba902b7',
    });
    await search(
      'privacy',
      { bsn: BSN },
      { traceparent: '00-00000000000000000000000000000000-00f067aa0ba902b7-01' },
    );
    const fresh = await lastEntry();
    expect(fresh.trace_id).not.toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(fresh.trace_id).toMatch(/^[0-9a-f]{32}$/);
    expect(fresh.parent_span_id).toBeNull();
  });

  it('exports JSON Lines and CSV with proper types, escaping and no formula injection', async () => {
    const jsonl = await get('privacy', '/processing-log/export?format=jsonl&caseId=case-m');
    expect(jsonl.statusCode).toBe(200);
    expect(jsonl.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(jsonl.headers['content-disposition']).toMatch(
      /^attachment; filename="verwerkingslogboek-.*\.jsonl"$/,
    );
    const lines = jsonl.body
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.filter(sample).map((l) => l.seq)).toEqual([4, 5]);
    expect(lines[1].purpose).toBe('=HYPERLINK("x"), "zo"');

    const csv = await get('privacy', '/processing-log/export?format=csv&caseId=case-m');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    const rows = csv.body.split('\r\n');
    expect(rows[0]).toMatch(/^seq,id,trace_id,.*,dpl\.core\.processing_activity_id,.*,hash$/);
    expect(rows.at(-1)).toBe(''); // every row ends with CRLF
    expect(rows[2]).toContain(`,"'=HYPERLINK(""x""), ""zo""",`);

    const all = await get('privacy', '/processing-log/export');
    expect(all.headers['content-type']).toMatch(/x-ndjson/);
    const seqs = all.body
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l).seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    expect((await get('privacy', '/processing-log/export?format=xml')).statusCode).toBe(400);
  });
});
