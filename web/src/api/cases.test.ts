/** Tests reading cases, case pages and case references from the API. */
import { describe, expect, it } from 'vitest';
import { CASE_RELATIONS, can, parseCase, parseCasePage, parseCaseRef, parseCaseSummary } from './cases';

const summary = {
  id: '0190a5d4-0000-7000-8000-000000000010',
  caseNumber: 'ZVH-2025-0001',
  status: 'in_beoordeling',
  caseType: 'family',
  protocolKey: 'multiproblematiek',
  relation: 'assigned',
  personNames: ['Anna de Wit', 'Bram de Wit'],
  createdAt: '2025-03-01T10:00:00.000Z',
  submittedAt: '2025-03-01T11:00:00.000Z',
  updatedAt: '2025-03-02T09:00:00.000Z',
};

const criteria = {
  areaSafetyProblem: false,
  impactOnSystem: true,
  multipleChainsNeeded: true,
  multiproblem: true,
};

const detail = {
  ...summary,
  relation: undefined,
  personNames: undefined,
  registeringUserId: 'u1',
  registeringPartyId: 'p1',
  reason: 'Aanleiding',
  goal: 'Doel',
  partnersInvolved: ['p2'],
  informed: false,
  notInformedReason: 'Veiligheid',
  criteria,
  indication: { complex: true, reasoning: ['personRoute: …'] },
  persons: [{ id: 'x', name: 'Anna de Wit', bsn: null, birthDate: '1980-01-02', address: 'Straat 1' }],
  procesregisseurs: [{ userId: 'u2', assignedAt: '2025-03-02T09:00:00.000Z', reason: null }],
  timeline: [
    {
      id: 'e1',
      at: '2025-03-01T10:00:00.000Z',
      type: 'registered',
      article: '1.7',
      actorUserId: 'u1',
      note: null,
      advice: null,
    },
  ],
  questions: [{ id: 'q1', at: '2025-03-02T10:00:00.000Z', authorUserId: 'u2', text: 'Vraag?' }],
  permissions: ['accept', 'reject', 'ask', 'decide-triage'],
  version: 3,
  futureField: { anything: true },
};

describe('case parsers', () => {
  it('reads a list item, with names hidden (null) or shown', () => {
    expect(parseCaseSummary(summary)?.personNames).toEqual(['Anna de Wit', 'Bram de Wit']);
    expect(
      parseCaseSummary({ ...summary, personNames: null, relation: 'to-pick-up' })?.personNames,
    ).toBeNull();
    expect(parseCaseSummary({ ...summary, status: 'unknown-phase' })).toBeUndefined();
    expect(parseCaseSummary({ ...summary, relation: 'stranger' })).toBeUndefined();
  });

  it('reads a page and refuses one bad item', () => {
    expect(parseCasePage({ items: [summary], nextCursor: 'c' })?.nextCursor).toBe('c');
    expect(parseCasePage({ items: [summary, {}], nextCursor: null })).toBeUndefined();
  });

  it('reads a case, keeping unknown permissions and fields for later sections', () => {
    const c = parseCase(detail);
    expect(c?.caseNumber).toBe('ZVH-2025-0001');
    expect(c?.persons[0]?.bsn).toBeNull();
    expect(c?.raw.futureField).toEqual({ anything: true });
    expect(c && can(c, 'decide-triage')).toBe(true);
    expect(c && can(c, 'withdraw')).toBe(false);
    expect(c && 'relation' in c).toBe(false);
  });

  it('accepts a case without indication (not a procesregisseur) and refuses broken ones', () => {
    expect(parseCase({ ...detail, indication: null })?.indication).toBeNull();
    expect(parseCase({ ...detail, criteria: { ...criteria, multiproblem: 'ja' } })).toBeUndefined();
    expect(parseCase({ ...detail, version: 1.5 })).toBeUndefined();
    expect(parseCase({ ...detail, timeline: [{ id: 'e' }] })).toBeUndefined();
  });

  it('reads a case reference', () => {
    expect(parseCaseRef({ id: 'a', caseNumber: 'n', status: 'concept', version: 1 })?.version).toBe(1);
    expect(parseCaseRef({ id: 'a', caseNumber: 'n', status: 'concept' })).toBeUndefined();
  });
});

describe('case relations', () => {
  it('knows every relation the server can send, so no list row is dropped', async () => {
    const { caseRelations } = await import('../../../src/modules/cases/relations');
    expect([...CASE_RELATIONS].sort()).toEqual([...caseRelations].sort());
    for (const relation of caseRelations)
      expect(parseCaseSummary({ ...summary, relation })?.relation, relation).toBe(relation);
  });
});
