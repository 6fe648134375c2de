/**
 * Triage answers are shown only through the answering party's information item (backlog 18;
 * Art. 16.2, 12.2f; domain.md §4): the request views — the procesregisseur's and the
 * informatiecentrum's list of a case, and the asked party's limited view — show an answer's content
 * exactly when the caller may see the item now (information/rules/visibility.ts), before and after
 * the party restricts, lets expire or withdraws it; otherwise only that and when it was answered,
 * never the text, the item's id or its title. The request row keeps no copy, and migration 0035
 * clears copies stored before. Both dialects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as m0035 from '../../src/migrations/0035-triage-answer-content.js';
import type { Session } from '../support/app.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { dialects } from '../support/db.js';
import { type Caller, extraUser } from './cases-fixtures.js';
import { flow, inDays } from './cases-triage-fixtures.js';

const SUMMARY = 'Bekend bij ambulante woonbegeleiding';
const INFORMATION = 'Twee huisbezoeken per week sinds 2023';
const TEXT = `${SUMMARY}\n\n${INFORMATION}`;

describe.each(dialects)('triage answers through their item on %s', (dialect) => {
  let t: TestApp;
  let f: ReturnType<typeof flow>;
  let answerer: Session;
  let colleague: Session;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    f = flow(t);
    answerer = (await extraUser(t, 'middin-answers', ['professional'], 'middin')).session;
    colleague = (await extraUser(t, 'middin-colleague', ['professional'], 'middin')).session;
  });
  afterAll(() => t.close());

  /** A request to Middin in a case in triage, not yet answered. */
  async function asked() {
    const c = await f.inTriage();
    const sent = await f.ok(
      await f.call('procesregisseur', 'POST', `/cases/${c.id}/information-requests`, {
        partyId: t.partyIds.get('middin'),
        question: 'Is Middin betrokken?',
        deadline: inDays(7),
      }),
      201,
    );
    return { caseId: c.id, requestId: sent.json().id as string, etag: sent.headers.etag as string };
  }

  /** A case in triage whose request to Middin the answerer answered; with the answer's item. */
  async function answered(extra: Record<string, unknown> = {}) {
    const { caseId, requestId, etag } = await asked();
    await f.ok(
      await f.call(
        answerer,
        'POST',
        `/information-requests/${requestId}/answer`,
        { involved: true, summary: SUMMARY, information: INFORMATION, ...extra },
        etag,
      ),
    );
    const item = await t.db.kysely
      .selectFrom('information_items')
      .select('id')
      .where('source_request_id', '=', requestId)
      .executeTakeFirstOrThrow();
    return { caseId, requestId, itemId: item.id };
  }

  type Case = Awaited<ReturnType<typeof answered>>;

  /** The request as the caller's request view shows it: the case's list, or the limited view. */
  async function requestAs(who: Caller, c: Case) {
    const limited = typeof who !== 'string';
    const res = await f.ok(
      await f.call(
        who,
        'GET',
        limited ? `/information-requests/${c.requestId}` : `/cases/${c.caseId}/information-requests`,
      ),
    );
    const view = limited ? res.json() : res.json().items.find((i: { id: string }) => i.id === c.requestId);
    return { answer: view.answer, body: res.body };
  }

  const itemStatus = async (who: Caller, c: Case) =>
    (await f.call(who, 'GET', `/information-items/${c.itemId}`)).statusCode;

  /** Every request view shows the content exactly when the item route shows the item (one rule). */
  async function expectOneRule(c: Case, viewers: Caller[]) {
    for (const who of viewers) {
      const { answer, body } = await requestAs(who, c);
      const label = typeof who === 'string' ? who : 'professional of the asked party';
      expect(answer.answeredAt, label).toEqual(expect.any(String));
      if ((await itemStatus(who, c)) === 200) {
        expect(answer.content, label).toEqual({ itemId: c.itemId, involved: true, text: TEXT });
      } else {
        expect(answer.content, label).toBeNull();
        for (const secret of [SUMMARY, INFORMATION, c.itemId, 'Antwoord op bevraging'])
          expect(body, `${label} learns ${secret}`).not.toContain(secret);
      }
    }
  }

  const listReadsOf = async (caseId: string, controller: string) =>
    (
      await t.db.kysely
        .selectFrom('processing_log')
        .select('seq')
        .where('case_id', '=', caseId)
        .where('name', '=', 'case.information-request.list')
        .where('controller_party_id', '=', controller)
        .execute()
    ).length;

  it('shows the procesregisseur the answer while the item is live, and no longer once the party withdraws it', async () => {
    const c = await answered();
    const viewers: Caller[] = ['procesregisseur', 'informatiecentrum', answerer, colleague];
    const middin = t.partyIds.get('middin') as string;

    // Before: the procesregisseur reads it through the item, logged with the party as controller.
    const before = await listReadsOf(c.caseId, middin);
    expect((await requestAs('procesregisseur', c)).answer.content).toEqual({
      itemId: c.itemId,
      involved: true,
      text: TEXT,
    });
    expect(await listReadsOf(c.caseId, middin)).toBeGreaterThan(before);
    // The informatiecentrum has no role in the exchange (visibility.ts): that it was answered, no more.
    expect((await requestAs('informatiecentrum', c)).answer.content).toBeNull();
    expect((await requestAs(answerer, c)).answer.content?.text).toBe(TEXT);
    expect((await requestAs(colleague, c)).answer.content).toBeNull();
    await expectOneRule(c, viewers);

    // The party restricts the item to a named party (not the viewers'): every view follows the
    // item — the assigned procesregisseur still sees every live item (Art. 12.2f).
    await f.ok(
      await f.call(
        answerer,
        'POST',
        `/information-items/${c.itemId}/conditions`,
        { visibility: 'named-parties', namedPartyIds: [t.partyIds.get('barka')], useInActionPlan: false },
        '"v1"',
      ),
    );
    await expectOneRule(c, viewers);

    // The party withdraws it (Art. 16.2: immediate effect): the request views show no content.
    await f.ok(await f.call(answerer, 'POST', `/information-items/${c.itemId}/withdraw`, {}, '"v2"'));
    expect(await itemStatus('procesregisseur', c)).toBe(404);
    const after = await listReadsOf(c.caseId, middin);
    for (const who of ['procesregisseur', 'informatiecentrum'] as const) {
      const { answer, body } = await requestAs(who, c);
      expect(answer).toEqual({
        answeredByUserId: expect.any(String),
        answeredAt: expect.any(String),
        content: null,
      });
      expect(body).not.toContain(SUMMARY);
      expect(body).not.toContain(INFORMATION);
      expect(body).not.toContain(c.itemId);
    }
    // Nothing of the party's was read, so nothing is logged with it as controller.
    expect(await listReadsOf(c.caseId, middin)).toBe(after);
    // The answering professional, its provider, still sees its own item (Art. 16.2).
    expect((await requestAs(answerer, c)).answer.content?.text).toBe(TEXT);
    await expectOneRule(c, viewers);
    // The request itself stays answered: the triage knows the party answered.
    const next = await f.ok(await f.call('procesregisseur', 'GET', '/triage/next'));
    expect(next.json().items.find((i: { id: string }) => i.id === c.caseId)).toMatchObject({
      answeredRequests: 1,
      openRequests: 0,
    });
  });

  it('follows the item past its expiry date, as every read does', async () => {
    const c = await answered();
    await t.db.kysely
      .updateTable('information_items')
      .set({ expires_at: '2000-01-01T00:00:00.000Z' })
      .where('id', '=', c.itemId)
      .execute();
    expect((await requestAs('procesregisseur', c)).answer.content).toBeNull();
    await expectOneRule(c, ['procesregisseur', 'informatiecentrum', answerer, colleague]);
  });

  it('clears answers stored on requests before (migration 0035), and still shows them through the item', async () => {
    const c = await answered();
    // A request row as it was stored before 0035: a copy of the answer beside the item.
    await t.db.kysely
      .updateTable('case_information_requests')
      .set({ involved: 1, summary_enc: 'oude-kopie', information_enc: 'oude-kopie' })
      .where('id', '=', c.requestId)
      .execute();
    await m0035.up(t.db.kysely);
    const row = await t.db.kysely
      .selectFrom('case_information_requests')
      .select(['status', 'involved', 'summary_enc', 'information_enc', 'answered_at'])
      .where('id', '=', c.requestId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'answered',
      involved: null,
      summary_enc: null,
      information_enc: null,
    });
    expect(row.answered_at).not.toBeNull();
    expect((await requestAs('procesregisseur', c)).answer.content?.text).toBe(TEXT);
  });

  // Art. 15.2, 16.2 (issue 5 §3, issue 6 §1): the answering professional names the legal regime of
  // the answer as it provides it; the answer's item carries it from the start.
  describe('the legal regime of the answer', () => {
    const regimeOf = async (itemId: string) =>
      (
        await t.db.kysely
          .selectFrom('information_items')
          .select('regime')
          .where('id', '=', itemId)
          .executeTakeFirstOrThrow()
      ).regime;

    // Middin may provide ordinary and health data only (Art. 15.2); Wpg and Wjsg answers by the
    // police and the OM, and their refusal for others: information-regime-providers.test.ts.
    it.each(['bijzonder', 'gewoon'] as const)('gives the item the chosen regime %s', async (regime) => {
      const c = await answered({ regime });
      expect(await regimeOf(c.itemId)).toBe(regime);
      // The provider sees it on its item, as on any item it provides.
      const item = await f.ok(await f.call(answerer, 'GET', `/information-items/${c.itemId}`));
      expect(item.json().regime).toBe(regime);
      // The answer itself is unchanged.
      expect((await requestAs('procesregisseur', c)).answer.content?.text).toBe(TEXT);
    });

    it('is gewoon when the answer names none (existing clients)', async () => {
      const c = await answered();
      expect(await regimeOf(c.itemId)).toBe('gewoon');
    });

    it('refuses an unknown regime with 400 problem+json, and nothing is answered', async () => {
      const r = await asked();
      for (const regime of ['geheim', '', null, 3, 'Politie']) {
        const res = await f.call(
          answerer,
          'POST',
          `/information-requests/${r.requestId}/answer`,
          { involved: true, summary: SUMMARY, regime },
          r.etag,
        );
        expect(res.statusCode, `${JSON.stringify(regime)}: ${res.body}`).toBe(400);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json().type).toBe('urn:ketenhuis:problem:validation');
      }
      const row = await t.db.kysely
        .selectFrom('case_information_requests')
        .select(['status', 'version'])
        .where('id', '=', r.requestId)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ status: 'open', version: 1 });
      const items = await t.db.kysely
        .selectFrom('information_items')
        .select('id')
        .where('source_request_id', '=', r.requestId)
        .execute();
      expect(items).toEqual([]);
    });
  });
});
