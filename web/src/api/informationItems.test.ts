/** Tests of the information-item parsers, the "why can I see this?" derivation and file helpers. */
import { describe, expect, it } from 'vitest';
import { explainItem, joinNames } from './informationExplain';
import {
  bytesToBase64,
  DEFAULT_ATTACHMENT_MAX_BYTES,
  formatSize,
  limitFromDetail,
  tooLarge,
} from './informationFiles';
import { itemsPagePath, joinItemPages } from './informationItemCalls';
import { isLive, parseItem, parseItemList, parseItemSummary } from './informationItems';

const summary = (over: Record<string, unknown> = {}) => ({
  id: 'i1',
  caseId: 'c1',
  providerKind: 'party',
  providerPartyId: 'p-ggz',
  providedByUserId: 'u1',
  fromInformationRequestId: null,
  title: 'Behandelgeschiedenis',
  regime: 'bijzonder',
  visibility: 'named-parties',
  namedPartyIds: ['p-pol', 'p-gem'],
  useInActionPlan: false,
  preConference: 'not-allowed',
  expiresAt: null,
  withdrawnAt: null,
  expired: false,
  personIds: ['x'],
  createdAt: '2025-03-01T10:00:00.000Z',
  updatedAt: '2025-03-01T10:00:00.000Z',
  version: 1,
  visibleBecause: 'named-party',
  permissions: ['withdraw', 'some-future-action'],
  attachmentCount: 2,
  ...over,
});

describe('item parsers', () => {
  it('reads a list entry and drops actions it does not know', () => {
    const s = parseItemSummary(summary());
    expect(s?.regime).toBe('bijzonder');
    expect(s?.permissions).toEqual(['withdraw']);
    expect(s?.attachmentCount).toBe(2);
  });

  it('refuses an entry with an unknown regime, visibility or reason', () => {
    expect(parseItemSummary(summary({ regime: 'geheim' }))).toBeUndefined();
    expect(parseItemSummary(summary({ visibility: 'everyone' }))).toBeUndefined();
    expect(parseItemSummary(summary({ visibleBecause: 'admin' }))).toBeUndefined();
    expect(parseItemSummary(summary({ version: 1.5 }))).toBeUndefined();
  });

  it('reads a page of the list with its cursor and create permission, and fails the whole page on one bad entry', () => {
    const page = parseItemList({ items: [summary()], nextCursor: 'abc', permissions: ['create'] });
    expect(page).toMatchObject({ nextCursor: 'abc', mayCreate: true });
    expect(parseItemList({ items: [summary()], nextCursor: null, permissions: [] })?.mayCreate).toBe(false);
    expect(
      parseItemList({ items: [summary(), { id: 'x' }], nextCursor: null, permissions: [] }),
    ).toBeUndefined();
    // A list without a cursor (an older server) or with a malformed one is refused.
    expect(parseItemList({ items: [summary()], permissions: [] })).toBeUndefined();
    expect(parseItemList({ items: [summary()], nextCursor: 3, permissions: [] })).toBeUndefined();
  });

  it('asks for a page after the previous one and joins the pages loaded, oldest first', () => {
    expect(itemsPagePath('c 1', null)).toBe('/api/v1/cases/c%201/information-items?limit=25');
    expect(itemsPagePath('c1', 'ab-_')).toBe('/api/v1/cases/c1/information-items?limit=25&cursor=ab-_');
    const first = parseItemList({ items: [summary()], nextCursor: 'x', permissions: ['create'] });
    const second = parseItemList({
      items: [summary({ id: 'i2' })],
      nextCursor: null,
      permissions: ['create'],
    });
    if (!first || !second) throw new Error('parse');
    const joined = joinItemPages([first, second]);
    expect(joined.items.map((i) => i.id)).toEqual(['i1', 'i2']);
    expect(joined).toMatchObject({ mayCreate: true, pageCount: 2 });
    expect(joinItemPages([])).toEqual({ items: [], mayCreate: false, pageCount: 0 });
  });

  it('reads a detail with body and attachments', () => {
    const { attachmentCount: _n, ...rest } = summary();
    const item = parseItem({
      ...rest,
      body: 'Tekst',
      attachments: [{ id: 'a', filename: 'brief.pdf', mediaType: 'application/pdf', size: 10 }],
    });
    expect(item?.attachments[0]?.filename).toBe('brief.pdf');
    expect(parseItem({ ...rest, body: 'Tekst', attachments: [{ id: 'a' }] })).toBeUndefined();
  });

  it('knows when an item no longer counts for others', () => {
    expect(isLive({ withdrawnAt: null, expired: false })).toBe(true);
    expect(isLive({ withdrawnAt: '2025-01-01', expired: false })).toBe(false);
    expect(isLive({ withdrawnAt: null, expired: true })).toBe(false);
  });
});

describe('why can I see this', () => {
  const names: Record<string, string> = { 'p-ggz': 'GGZ', 'p-pol': 'Politie', 'p-gem': 'Gemeente' };
  const ctx = {
    partyName: (id: string) => names[id] ?? '?',
    relation: 'deelnemer',
    formatDate: (d: string) => `[${d}]`,
  };
  const item = parseItemSummary(summary());
  if (!item) throw new Error('fixture');

  it('takes the reason from the server and the rest from the conditions', () => {
    const e = explainItem(item, ctx, 'en');
    expect(e.reason).toEqual({ key: 'namedParty', values: { party: 'GGZ' } });
    expect(e.conditions.map((l) => l.key)).toEqual(['othersNamed', 'preConferenceNot', 'actionPlanNo']);
    expect(e.conditions[0]?.values?.parties).toBe('Politie en Gemeente');
  });

  it('explains the provider, the house, the procesregisseur and all participants', () => {
    expect(explainItem({ ...item, visibleBecause: 'provider' }, ctx, 'en').reason.key).toBe('providerParty');
    expect(
      explainItem({ ...item, visibleBecause: 'provider', providerKind: 'house' }, ctx, 'en').reason.key,
    ).toBe('providerHouse');
    expect(explainItem({ ...item, visibleBecause: 'procesregisseur' }, ctx, 'en').reason.key).toBe(
      'procesregisseur',
    );
    const all = explainItem(
      { ...item, visibleBecause: 'all-participants', visibility: 'all-participants' },
      ctx,
      'en',
    );
    expect(all.reason.values).toEqual({ party: 'GGZ', relation: 'deelnemer' });
    expect(all.conditions[0]?.key).toBe('othersAll');
  });

  it('says when it expires, expired or was withdrawn, and the reading-beforehand state', () => {
    const keys = (over: Partial<typeof item>) =>
      explainItem({ ...item, ...over }, ctx, 'en').conditions.map((l) => l.key);
    expect(keys({ expiresAt: '2030-01-01T00:00:00Z' })).toContain('expires');
    expect(keys({ expiresAt: '2020-01-01T00:00:00Z', expired: true })).toContain('expired');
    expect(keys({ withdrawnAt: '2025-02-01T00:00:00Z', expiresAt: '2030-01-01T00:00:00Z' })).toEqual([
      'othersNamed',
      'preConferenceNot',
      'actionPlanNo',
      'withdrawn',
    ]);
    expect(
      keys({ preConference: 'requested', visibility: 'procesregisseur-only', useInActionPlan: true }),
    ).toEqual(['othersRegisseur', 'preConferenceRequested', 'actionPlanYes']);
  });

  it('joins names as a phrase', () => {
    expect(joinNames([], 'en')).toBe('');
    expect(joinNames(['A'], 'en')).toBe('A');
    expect(joinNames(['A', 'B', 'C'], 'and')).toBe('A, B and C');
  });
});

describe('files', () => {
  it('checks sizes against the limit and formats them', () => {
    expect(
      tooLarge(
        [
          { name: 'a', size: 11 },
          { name: 'b', size: 10 },
        ],
        10,
      ).map((f) => f.name),
    ).toEqual(['a']);
    expect(formatSize(DEFAULT_ATTACHMENT_MAX_BYTES, 'nl')).toBe('10 MB');
    expect(formatSize(1536, 'en')).toBe('1.5 kB');
    expect(formatSize(12, 'en')).toBe('12 B');
  });

  it('reads the limit from the server’s 413 detail', () => {
    expect(limitFromDetail('een bijlage is ten hoogste 1048576 bytes')).toBe(1048576);
    expect(limitFromDetail('te groot')).toBeUndefined();
    expect(limitFromDetail(undefined)).toBeUndefined();
  });

  it('encodes bytes as base64, also beyond one chunk', () => {
    expect(bytesToBase64(new TextEncoder().encode('%PDF-1.4'))).toBe('JVBERi0xLjQ=');
    const big = new Uint8Array(0x8000 * 2 + 3).fill(65);
    expect(atob(bytesToBase64(big))).toHaveLength(big.length);
  });
});
