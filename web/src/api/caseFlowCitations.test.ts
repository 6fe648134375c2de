/** Parsing the items an action cites (Art. 16.2) in the conference and execution answers. */
import { describe, expect, it } from 'vitest';
import { parseConferences } from './caseFlowConference';
import { executionSchema } from './caseFlowExecution';
import { parserOf } from './caseFlowParse';

const citation = {
  itemId: 'i1',
  title: 'Behandelplan',
  regime: 'politie',
  providerPartyId: 'p1',
  usable: false,
};
const action = {
  id: 'a1',
  conferenceId: 'k1',
  ownerPartyId: 'p1',
  description: 'd',
  dueDate: '2026-12-01',
  status: 'open',
  overdue: false,
  version: 2,
  history: [],
  citations: [citation],
  permissions: ['change-citations'],
};
const execution = {
  caseId: 'c1',
  caseNumber: 'ZVH-1',
  status: 'in_uitvoering',
  escalated: false,
  actions: [action],
  progressReports: null,
  escalations: null,
  userNames: [],
  permissions: [],
  version: 4,
};
const parseExecution = parserOf(executionSchema);

describe('citations in the action plan', () => {
  it('reads each cited item with its regime and whether it is still usable', () => {
    const parsed = parseExecution(execution);
    expect(parsed?.actions[0]?.citations).toEqual([citation]);
    expect(parsed?.actions[0]?.permissions).toEqual(['change-citations']);
  });

  it('refuses an unknown regime, and reads an answer without citations as citing nothing', () => {
    const bad = { ...execution, actions: [{ ...action, citations: [{ ...citation, regime: 'geheim' }] }] };
    expect(parseExecution(bad)).toBeUndefined();
    const { citations: _none, ...older } = action;
    expect(parseExecution({ ...execution, actions: [older] })?.actions[0]?.citations).toEqual([]);
    const conference = {
      id: 'k1',
      caseId: 'c1',
      sequence: 1,
      status: 'held',
      startsAt: 'a',
      endsAt: 'b',
      location: null,
      onlineLink: null,
      goal: 'g',
      decisionTypes: ['x'],
      themes: [],
      invitations: [],
      coordinator: null,
      actions: [{ id: 'a1', ownerPartyId: 'p1', description: 'd', dueDate: '2026-12-01', status: 'open' }],
      partyRoles: [],
      deescalationCriteria: null,
      minutes: null,
      cancelReason: null,
      heldAt: null,
      createdAt: 'x',
      version: 1,
      permissions: [],
    };
    expect(parseConferences({ items: [conference], userNames: [] })?.items[0]?.actions[0]?.citations).toEqual(
      [],
    );
  });
});
