/** Tests the privacy protocol form: checks, the PATCH body and grouping the parties. */
import { describe, expect, it } from 'vitest';
import type { Party } from '../../api/parties';
import type { PrivacyProtocol } from '../../api/privacyProtocols';
import {
  groupPartiesByKind,
  protocolChanges,
  protocolFormValues,
  validateProtocolForm,
} from './protocolForm';

const protocol: PrivacyProtocol = {
  id: 'p1',
  key: 'radicalisering',
  name: 'Privacyprotocol Radicalisering',
  article: '15.3',
  admitsAll: false,
  admittedParties: [
    { id: 'a', name: 'Politie' },
    { id: 'b', name: 'Gemeente Den Haag' },
  ],
  retentionMonths: 60,
  permissions: ['update'],
};

const party = (id: string, name: string, kind: Party['kind']): Party => ({
  id,
  key: id,
  name,
  kind,
  domain: 'care',
  status: 'active',
});

describe('validateProtocolForm', () => {
  it('accepts the current protocol', () => {
    expect(validateProtocolForm(protocolFormValues(protocol))).toEqual([]);
  });

  it('needs whole months from 1 to 240 and at least one party unless all are admitted', () => {
    for (const retentionMonths of ['0', '241', '', '12.5', '-3'])
      expect(validateProtocolForm({ retentionMonths, admitsAll: true, partyIds: [] })).toEqual(['retention']);
    expect(validateProtocolForm({ retentionMonths: '240', admitsAll: false, partyIds: [] })).toEqual([
      'noParties',
    ]);
    expect(validateProtocolForm({ retentionMonths: '1', admitsAll: true, partyIds: [] })).toEqual([]);
  });
});

describe('protocolChanges', () => {
  it('is empty when nothing changed, whatever the order of the parties', () => {
    expect(
      protocolChanges({ retentionMonths: ' 60', admitsAll: false, partyIds: ['b', 'a'] }, protocol),
    ).toEqual({});
  });

  it('sends the changed retention and party list', () => {
    expect(
      protocolChanges({ retentionMonths: '24', admitsAll: false, partyIds: ['a', 'c', 'c'] }, protocol),
    ).toEqual({
      retentionMonths: 24,
      admittedPartyIds: ['a', 'c'],
    });
  });

  it('does not send the party list when all parties are admitted', () => {
    expect(protocolChanges({ retentionMonths: '60', admitsAll: true, partyIds: [] }, protocol)).toEqual({
      admitsAll: true,
    });
  });
});

describe('groupPartiesByKind', () => {
  it('puts gemeenten first, sorts by name and skips empty groups', () => {
    const groups = groupPartiesByKind(
      [
        party('1', 'Reclassering', 'partner'),
        party('2', 'Gemeente Delft', 'gemeente'),
        party('3', 'GGZ', 'partner'),
      ],
      'nl',
    );
    expect(groups.map((g) => [g.kind, g.parties.map((p) => p.name)])).toEqual([
      ['gemeente', ['Gemeente Delft']],
      ['partner', ['GGZ', 'Reclassering']],
    ]);
    expect(groupPartiesByKind([party('1', 'GGZ', 'partner')]).map((g) => g.kind)).toEqual(['partner']);
  });
});
