/** The caller's own seats (GET /me/governance): parsing, and which Bestuur sections they open. */
import { describe, expect, it } from 'vitest';
import { parserOf } from './governanceClient';
import {
  type GovSection,
  type MyGovernance,
  managedBodies,
  mayUseSection,
  myGovernanceSchema,
  seatedBodies,
} from './governanceSeats';

const stuurgroep = { id: 'b1', key: 'stuurgroep', name: 'Stuurgroep' };
const partneroverleg = { id: 'b2', key: 'partneroverleg', name: 'Partneroverleg' };

const delegate: MyGovernance = {
  items: [
    {
      body: stuurgroep,
      role: 'chair',
      votesFor: [{ id: 'p1', name: 'Gemeente Den Haag' }],
      mayVote: true,
      mayManageMeetings: false,
    },
  ],
  permissions: ['read-membership-records', 'read-annual-documents', 'read-finances', 'raise-disputes'],
};
const secretary: MyGovernance = {
  items: [
    { body: stuurgroep, role: 'secretary', votesFor: [], mayVote: false, mayManageMeetings: true },
    { body: partneroverleg, role: 'member', votesFor: [], mayVote: false, mayManageMeetings: false },
  ],
  permissions: ['read-membership-records', 'raise-disputes'],
};
const seatless: MyGovernance = { items: [], permissions: ['raise-disputes'] };
const nobody: MyGovernance = { items: [], permissions: [] };

const ALL: GovSection[] = [
  'accessions',
  'versions',
  'terminations',
  'disputes',
  'statements',
  'meetings',
  'mandates',
  'annual',
  'finances',
];
const open = (mine: MyGovernance) => ALL.filter((s) => mayUseSection(s, mine));

describe('myGovernanceSchema', () => {
  const parse = parserOf(myGovernanceSchema);

  it('reads the answer as the server sends it, keeping newer permissions as plain strings', () => {
    const answer = { ...delegate, permissions: [...delegate.permissions, 'something-newer'] };
    expect(parse(answer)?.items[0]?.votesFor[0]?.name).toBe('Gemeente Den Haag');
    expect(parse(answer)?.permissions).toContain('something-newer');
    expect(parse(seatless)).toEqual(seatless);
  });

  it('refuses an answer of the wrong shape', () => {
    const seat = delegate.items[0];
    expect(parse({ items: [{ ...seat, role: 'advisor' }], permissions: [] })).toBeUndefined();
    expect(parse({ items: [{ ...seat, mayVote: 'yes' }], permissions: [] })).toBeUndefined();
    expect(parse({ items: [] })).toBeUndefined();
    expect(parse(null)).toBeUndefined();
  });
});

describe('mayUseSection', () => {
  it('opens everything to a voting delegate with the reading rights of their seats', () => {
    expect(open(delegate)).toEqual(ALL);
  });

  it('opens meetings and mandates only with a seat (Art. 5.7, 7.5)', () => {
    expect(open(seatless)).toEqual(['disputes']);
    expect(open(nobody)).toEqual([]);
    expect(mayUseSection('meetings', secretary)).toBe(true);
  });

  it('follows the permissions the server gives, not the roles', () => {
    expect(open(secretary)).toEqual([
      'accessions',
      'versions',
      'terminations',
      'disputes',
      'statements',
      'meetings',
      'mandates',
    ]);
    const managerWithoutSeat: MyGovernance = {
      items: [],
      permissions: ['read-membership-records', 'read-annual-documents', 'read-finances', 'raise-disputes'],
    };
    expect(open(managerWithoutSeat)).not.toContain('meetings');
    expect(open(managerWithoutSeat)).toContain('finances');
  });
});

describe('seatedBodies and managedBodies', () => {
  it('lists the bodies sat in, and only those whose meetings the user runs (Art. 4.6, 6.9)', () => {
    expect(seatedBodies(secretary)).toEqual([stuurgroep, partneroverleg]);
    expect(managedBodies(secretary)).toEqual([stuurgroep]);
    expect(managedBodies(delegate)).toEqual([]);
    expect(seatedBodies(seatless)).toEqual([]);
  });
});
