/** Tests of the disclosure and data-subject request parsers, and the download file name. */
import { describe, expect, it } from 'vitest';
import {
  decisionCounts,
  disclosuresPagePath,
  joinDisclosurePages,
  parseDisclosure,
  parseDisclosurePage,
} from './informationDisclosures';
import { filenameOf } from './informationDownload';
import { daysOverdue, parseSubjectPage, parseSubjectRequest } from './informationSubjectRequests';

const dItem = (over: Record<string, unknown> = {}) => ({
  itemId: 'i1',
  title: 'Stuk',
  regime: 'politie',
  controllerPartyId: 'p1',
  decision: 'pending',
  reasoning: null,
  decidedByUserId: null,
  decidedAt: null,
  permissions: ['decide'],
  ...over,
});

const disclosure = (over: Record<string, unknown> = {}) => ({
  id: 'd1',
  caseId: 'c1',
  reference: 'VS-2025-0001',
  status: 'pending',
  recipient: 'Woningcorporatie',
  purpose: 'Doel',
  legalBasis: 'Art. x',
  requestedByUserId: 'u1',
  requestedByPartyId: 'p2',
  createdAt: '2025-03-01T10:00:00Z',
  exportCount: 0,
  firstExportedAt: null,
  items: [dItem(), dItem({ itemId: 'i2', decision: 'approved', permissions: [] })],
  version: 3,
  permissions: ['cancel'],
  ...over,
});

describe('disclosures', () => {
  it('reads a request with its permissions per item and for the whole', () => {
    const d = parseDisclosure(disclosure());
    expect(d?.items.map((i) => i.mayDecide)).toEqual([true, false]);
    expect(d?.items.map((i) => i.regime)).toEqual(['politie', 'politie']);
    expect(d?.mayCancel).toBe(true);
    expect(d?.mayExport).toBe(false);
    expect(d && decisionCounts(d)).toEqual({ pending: 1, approved: 1, refused: 0 });
  });

  it('refuses unknown statuses and decisions', () => {
    expect(parseDisclosure(disclosure({ status: 'sent' }))).toBeUndefined();
    expect(parseDisclosure(disclosure({ items: [dItem({ decision: 'maybe' })] }))).toBeUndefined();
    expect(parseDisclosure(disclosure({ items: [dItem({ regime: 'geheim' })] }))).toBeUndefined();
    expect(parseDisclosure(disclosure({ items: [dItem({ regime: undefined })] }))).toBeUndefined();
    expect(parseDisclosurePage({ items: [disclosure(), { id: 1 }], nextCursor: null })).toBeUndefined();
    expect(parseDisclosurePage({ items: [disclosure()], nextCursor: null })?.items).toHaveLength(1);
  });

  it('reads a page with its cursor, and joins the pages loaded, newest first', () => {
    expect(parseDisclosurePage({ items: [disclosure()] })).toBeUndefined();
    expect(parseDisclosurePage({ items: [], nextCursor: 3 })).toBeUndefined();
    const first = parseDisclosurePage({ items: [disclosure()], nextCursor: 'abc' });
    const second = parseDisclosurePage({ items: [disclosure({ id: 'd2' })], nextCursor: null });
    expect(first?.nextCursor).toBe('abc');
    expect(first && second && joinDisclosurePages([first, second])).toMatchObject({
      items: [{ id: 'd1' }, { id: 'd2' }],
      pageCount: 2,
    });
    expect(disclosuresPagePath('c 1', null)).toBe('/api/v1/cases/c%201/disclosures?limit=25');
    expect(disclosuresPagePath('c1', 'a+b/c')).toBe('/api/v1/cases/c1/disclosures?limit=25&cursor=a%2Bb%2Fc');
  });
});

describe('downloads', () => {
  it('takes the name from Content-Disposition, preferring filename*', () => {
    expect(filenameOf(`attachment; filename="a_b.pdf"; filename*=UTF-8''a%C3%A9b.pdf`, 'x')).toBe('aéb.pdf');
    expect(filenameOf('attachment; filename="verstrekking.pdf"', 'x')).toBe('verstrekking.pdf');
    expect(filenameOf(null, 'fallback.json')).toBe('fallback.json');
  });
});

const route = (over: Record<string, unknown> = {}) => ({
  partyId: 'p1',
  partyName: 'Parnassia Groep',
  grounds: ['items', 'later-ground'],
  decision: 'pending',
  reasoning: null,
  decidedByUserId: null,
  decidedAt: null,
  version: 1,
  permissions: ['decide', 'export'],
  ...over,
});

const request = (over: Record<string, unknown> = {}) => ({
  id: 'r1',
  reference: 'VB-1',
  kind: 'access',
  status: 'open',
  deadline: {
    receivedOn: '2025-03-01',
    dueOn: '2025-04-01',
    extendedDueOn: null,
    effectiveDueOn: '2025-04-01',
    state: 'overdue',
  },
  createdAt: '2025-03-01T09:00:00Z',
  identifiedBy: 'bsn',
  subject: { name: null, birthDate: null },
  description: 'Inzage',
  extensionReason: null,
  casesFound: 2,
  routes: [route()],
  version: 1,
  permissions: ['extend'],
  ...over,
});

describe('data-subject requests', () => {
  it('reads a request with routes and keeps only known grounds', () => {
    const r = parseSubjectRequest(request());
    expect(r?.routes[0]?.grounds).toEqual(['items']);
    expect(r?.routes[0]?.mayDecide).toBe(true);
    expect(r?.mayExtend).toBe(true);
    expect(parseSubjectRequest(request({ kind: 'complaint' }))).toBeUndefined();
    expect(parseSubjectRequest(request({ routes: [route({ decision: 'ok' })] }))).toBeUndefined();
  });

  it('reads a page of summaries', () => {
    const {
      identifiedBy: _i,
      subject: _s,
      description: _d,
      extensionReason: _e,
      casesFound: _c,
      routes: _r,
      version: _v,
      permissions: _p,
      ...summary
    } = request();
    expect(parseSubjectPage({ items: [summary], nextCursor: null })?.items).toHaveLength(1);
    expect(
      parseSubjectPage({ items: [{ ...summary, deadline: { state: 'late' } }], nextCursor: null }),
    ).toBeUndefined();
  });

  it('counts the days past the deadline', () => {
    expect(daysOverdue({ effectiveDueOn: '2025-04-01' }, '2025-04-04')).toBe(3);
    expect(daysOverdue({ effectiveDueOn: '2025-04-01' }, '2025-04-01')).toBe(0);
    expect(daysOverdue({ effectiveDueOn: '2025-04-01' }, '2025-03-01')).toBe(0);
  });
});
