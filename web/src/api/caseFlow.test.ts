/**
 * Tests the case-flow data helpers: the parsers accept what the server sends and refuse what it
 * must not (a missing or mistyped field), field problems from a validation detail, the status
 * choices an action's permissions allow, the scrub's checks, the candidates to name for a
 * conference, local date and time to an instant, and the menu entries of the flow.
 */
import { describe, expect, it } from 'vitest';
import { visibleNavItems } from '../layout/navigation';
import { localInstant, parseConferences } from './caseFlowConference';
import { scrubDecisions } from './caseFlowDeescalation';
import { executionSchema, statusChoices } from './caseFlowExecution';
import { formatMonth, managerOverviewSchema } from './caseFlowManager';
import { parserOf } from './caseFlowParse';
import { candidatesByParty, knownPeople } from './caseFlowPeople';
import { fieldFor, fieldProblems, normalisePath } from './caseFlowProblems';
import { parseCaseRequests, parsePartyRequest, splitList, triageOf } from './caseFlowTriage';
import { ApiError } from './problem';

const request = {
  id: 'r1',
  caseId: 'c1',
  partyId: 'p1',
  askedByUserId: 'u1',
  question: 'Bekend?',
  deadline: '2026-12-01',
  status: 'answered',
  overdue: false,
  answer: {
    answeredByUserId: 'u2',
    answeredAt: '2026-11-29T10:00:00Z',
    content: { itemId: 'i1', involved: true, text: 'Ja' },
  },
  createdAt: '2026-11-28T10:00:00Z',
  version: 2,
};

describe('parsers', () => {
  it('reads the bevragingen of a case, extra fields allowed', () => {
    expect(parseCaseRequests({ items: [{ ...request, extra: 1 }] })?.items[0]?.answer?.answeredByUserId).toBe(
      'u2',
    );
  });

  it('reads an answer whose content the caller may not see, and refuses the old inline content', () => {
    const hidden = { ...request, answer: { ...request.answer, content: null } };
    expect(parseCaseRequests({ items: [hidden] })?.items[0]?.answer?.content).toBeNull();
    const { content: _c, ...inline } = request.answer;
    const old = { ...request, answer: { ...inline, involved: true, summary: 'Ja' } };
    expect(parseCaseRequests({ items: [old] })).toBeUndefined();
  });

  it('refuses an answer with a missing or mistyped field', () => {
    expect(parseCaseRequests({ items: [{ ...request, version: '2' }] })).toBeUndefined();
    expect(parseCaseRequests({ items: [{ ...request, status: 'lost' }] })).toBeUndefined();
    const { question: _q, ...noQuestion } = request;
    expect(parseCaseRequests({ items: [noQuestion] })).toBeUndefined();
  });

  it('reads the limited view of a party, persons only while open', () => {
    const view = {
      id: 'r1',
      caseNumber: 'ZVH-2026-0001',
      partyId: 'p1',
      question: 'q',
      deadline: '2026-12-01',
      status: 'open',
      overdue: true,
      persons: [{ name: 'A', birthDate: '1990-01-01' }],
      answer: null,
      createdAt: 'x',
      version: 1,
      permissions: ['answer'],
    };
    expect(parsePartyRequest(view)?.persons).toHaveLength(1);
    expect(parsePartyRequest({ ...view, persons: null })?.persons).toBeNull();
    expect(parsePartyRequest({ ...view, permissions: 'answer' })).toBeUndefined();
  });

  it('reads the triage outcome from the case body, or null', () => {
    const triage = {
      route: 'conference',
      goal: 'g',
      themes: ['wonen'],
      partyIds: ['p1'],
      advice: null,
      decidedByUserId: 'u',
      decidedAt: 'x',
    };
    expect(triageOf({ triage })?.route).toBe('conference');
    expect(triageOf({ triage: null })).toBeNull();
    expect(triageOf({ triage: { ...triage, route: 'elsewhere' } })).toBeNull();
  });

  it('reads conferences and refuses an unknown action status', () => {
    const conf = {
      id: 'k1',
      caseId: 'c1',
      sequence: 1,
      status: 'held',
      startsAt: 'a',
      endsAt: 'b',
      location: 'Den Haag',
      onlineLink: null,
      goal: 'g',
      decisionTypes: ['x'],
      themes: [],
      invitations: [
        { partyId: 'p1', contribution: 'c', participants: [{ userId: 'u2', attendance: 'present' }] },
      ],
      coordinator: { userId: 'u2', partyId: 'p1' },
      actions: [{ id: 'a1', ownerPartyId: 'p1', description: 'd', dueDate: '2026-12-01', status: 'open' }],
      partyRoles: [],
      deescalationCriteria: 'k',
      minutes: 'm',
      cancelReason: null,
      heldAt: 'x',
      createdAt: 'x',
      version: 3,
      permissions: [],
    };
    expect(parseConferences({ items: [conf] })?.items[0]?.coordinator?.userId).toBe('u2');
    const badAction = { ...conf, actions: [{ ...conf.actions[0], status: 'later' }] };
    expect(parseConferences({ items: [badAction] })).toBeUndefined();
  });

  it('keeps the manager overview to counts and metadata', () => {
    const parse = parserOf(managerOverviewSchema);
    const o = {
      today: '2026-11-29',
      byPhase: [{ status: 'in_uitvoering', count: 2 }],
      byRegisteringParty: [],
      byMonth: [{ month: '2026-11', count: 2 }],
      overdueActions: 1,
      scrubPending: 0,
      escalated: [],
    };
    expect(parse(o)?.overdueActions).toBe(1);
    expect(parse({ ...o, byPhase: [{ status: 'nieuw', count: 1 }] })).toBeUndefined();
    expect(parse({ ...o, overdueActions: 1.5 })).toBeUndefined();
  });

  it('reads the execution view with nullable reports for those who may not read them', () => {
    const parse = parserOf(executionSchema);
    const x = {
      caseId: 'c',
      caseNumber: 'n',
      status: 'in_uitvoering',
      escalated: false,
      actions: [],
      progressReports: null,
      escalations: null,
      permissions: [],
      version: 4,
    };
    expect(parse(x)?.progressReports).toBeNull();
    expect(parse({ ...x, escalated: 'no' })).toBeUndefined();
  });
});

describe('field problems', () => {
  it('splits a validation detail into paths and messages, in one notation', () => {
    expect(
      fieldProblems(
        'Body ongeldig — invitations[0].partyId: het privacyprotocol laat deze partij niet toe; goal: Too small',
      ),
    ).toEqual([
      { path: 'invitations.0.partyId', message: 'het privacyprotocol laat deze partij niet toe' },
      { path: 'goal', message: 'Too small' },
    ]);
    expect(fieldProblems('Body ongeldig — onbekende velden: x')).toEqual([]);
    expect(fieldProblems(undefined)).toEqual([]);
    expect(normalisePath('actions[12].dueDate')).toBe('actions.12.dueDate');
  });

  it('finds the form field a path belongs to, the longest match first', () => {
    const known = ['invitations', 'invitations.0.participantUserIds', 'actions.0.dueDate'];
    expect(fieldFor('invitations.0.participantUserIds.1', known)).toBe('invitations.0.participantUserIds');
    expect(fieldFor('invitations.3.partyId', known)).toBe('invitations');
    expect(fieldFor('actions.0.dueDate', known)).toBe('actions.0.dueDate');
    expect(fieldFor('minutes', known)).toBeUndefined();
    expect(fieldFor('actions.0.dueDateX', known)).toBeUndefined();
  });

  it('ignores errors that are not validation problems', async () => {
    const { errorFieldProblems } = await import('./caseFlowProblems');
    const conflict = new ApiError('problem', 409, {
      type: 'urn:ketenhuis:problem:conflict',
      title: 'Conflict',
      status: 409,
      detail: 'goal: x',
    });
    expect(errorFieldProblems(conflict)).toEqual([]);
    const validation = new ApiError('problem', 400, {
      type: 'urn:ketenhuis:problem:validation',
      title: 'Ongeldig',
      status: 400,
      detail: 'Body ongeldig — goal: x',
    });
    expect(errorFieldProblems(validation)).toEqual([{ path: 'goal', message: 'x' }]);
  });
});

describe('action status choices (Art. 8.5, 13.2)', () => {
  it('offers nothing without a permission', () => {
    expect(statusChoices('open', [])).toEqual([]);
  });

  it('lets a participant of the owner party move between open, in progress and done', () => {
    expect(statusChoices('open', ['update-status'])).toEqual(['in_progress', 'done']);
  });

  it('lets the coordinator cancel, and reopen a cancelled action', () => {
    expect(statusChoices('in_progress', ['update-status', 'cancel'])).toEqual(['open', 'done', 'cancelled']);
    expect(statusChoices('cancelled', ['update-status'])).toEqual(['open', 'in_progress', 'done']);
  });
});

describe('scrub decisions (Art. 1.10)', () => {
  const elements = [
    { type: 'person', id: 'p1', label: 'A', preview: null },
    { type: 'action', id: 'a1', label: 'B', preview: null },
  ];

  it('needs a decision for every element and a reason to keep', () => {
    expect(scrubDecisions(elements, { 'person:p1': { decision: 'keep', reason: ' ' } })).toEqual({
      ok: false,
      missing: { 'person:p1': 'reason', 'action:a1': 'decision' },
    });
  });

  it('sends one decision per element, the reason only when kept', () => {
    expect(
      scrubDecisions(elements, {
        'person:p1': { decision: 'keep', reason: ' lopend onderzoek ' },
        'action:a1': { decision: 'remove', reason: 'ignored' },
      }),
    ).toEqual({
      ok: true,
      decisions: [
        { type: 'person', id: 'p1', decision: 'keep', reason: 'lopend onderzoek' },
        { type: 'action', id: 'a1', decision: 'remove' },
      ],
    });
  });
});

describe('people of a case', () => {
  const sources = {
    me: 'regie',
    registeringUserId: 'melder',
    registeringPartyId: 'politie',
    procesregisseurIds: ['regie'],
    coordinator: null,
    answers: [
      { partyId: 'ggz', answeredByUserId: 'gerda' },
      { partyId: 'gemeente', answeredByUserId: 'gijs' },
      { partyId: 'ggz', answeredByUserId: 'gerda' },
    ],
    participants: [{ partyId: 'gemeente', userId: 'gijs' }],
  };

  it('lists each person once, with what they did', () => {
    const people = knownPeople(sources);
    expect(people.map((p) => [p.userId, p.kind])).toEqual([
      ['melder', 'registering'],
      ['gerda', 'answered'],
      ['gijs', 'answered'],
      ['regie', 'you'],
    ]);
  });

  it('names the coordinator as such, and groups the candidates by party', () => {
    const people = knownPeople({ ...sources, coordinator: { userId: 'gijs', partyId: 'gemeente' } });
    expect(people.find((p) => p.userId === 'gijs')?.kind).toBe('coordinator');
    const byParty = candidatesByParty(people);
    expect(byParty.get('ggz')?.map((p) => p.userId)).toEqual(['gerda']);
    expect(byParty.get('politie')?.map((p) => p.userId)).toEqual(['melder']);
    expect([...byParty.keys()]).not.toContain(null);
  });
});

describe('dates and lists', () => {
  it('turns a local date and time into an instant with the browser offset', () => {
    const instant = localInstant('2026-12-03', '14:30');
    expect(instant).toMatch(/^2026-12-03T14:30:00[+-]\d{2}:\d{2}$/);
    expect(new Date(instant ?? '').getTime()).toBe(new Date(2026, 11, 3, 14, 30).getTime());
    expect(localInstant('2026-12-03', '')).toBeNull();
    expect(localInstant('3-12-2026', '14:30')).toBeNull();
  });

  it('splits themes on lines and commas, without empties or duplicates', () => {
    expect(splitList('wonen, schulden\nwonen\n\n zorg ')).toEqual(['wonen', 'schulden', 'zorg']);
  });

  it('writes a month in Dutch', () => {
    expect(formatMonth('2026-03', 'nl')).toBe('maart 2026');
    expect(formatMonth('bad', 'nl')).toBe('bad');
  });
});

describe('menu entries of the flow', () => {
  const paths = (roles: Parameters<typeof visibleNavItems>[1]) =>
    visibleNavItems(true, roles).map((i) => i.path);
  it('shows the bevragingen to professionals, the triage to the house, the overview to the manager', () => {
    expect(paths(['professional'])).toContain('/bevragingen');
    expect(paths(['professional'])).not.toContain('/triage');
    expect(paths(['procesregisseur'])).toContain('/triage');
    expect(paths(['informatiecentrum'])).toContain('/triage');
    expect(paths(['manager'])).toContain('/management');
    expect(paths(['procesregisseur'])).not.toContain('/management');
  });
});
