/** Governance membership rules (Art. 4.3, 5.4, 6.3, 6.7): property-based and by example. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MembershipInput, membershipProblems } from '../../../src/modules/identity/rules/memberships.js';

const body = 'b-stuurgroep';
const partyA = 'p-den-haag';
const partyB = 'p-delft';

describe('membership rules', () => {
  it('accepts a party delegate voting for their own party and, mandated, for another', () => {
    expect(
      membershipProblems(
        'u1',
        partyA,
        [{ bodyId: body, role: 'member', votesForPartyIds: [partyA, partyB] }],
        [],
      ),
    ).toEqual([]);
  });

  it('refuses votes for house staff and for secretaries (Art. 4.3h–i)', () => {
    expect(
      membershipProblems('u1', null, [{ bodyId: body, role: 'member', votesForPartyIds: [partyA] }], []),
    ).not.toEqual([]);
    expect(
      membershipProblems('u1', null, [{ bodyId: body, role: 'secretary', votesForPartyIds: [] }], []),
    ).toEqual([]);
    expect(
      membershipProblems('u1', partyA, [{ bodyId: body, role: 'secretary', votesForPartyIds: [] }], []),
    ).not.toEqual([]);
  });

  it('refuses a second chair in a body (Art. 4.3a)', () => {
    const others = [{ userId: 'u2', bodyId: body, role: 'chair' as const, votesForPartyIds: [] }];
    expect(
      membershipProblems('u1', partyA, [{ bodyId: body, role: 'chair', votesForPartyIds: [] }], others),
    ).toHaveLength(1);
  });

  it('never lets two members of one body cast the same party’s vote (Art. 5.4)', () => {
    const parties = ['p1', 'p2', 'p3', 'p4'];
    fc.assert(
      fc.property(
        fc.subarray(parties),
        fc.subarray(parties),
        fc.constantFrom<MembershipInput['role']>('member', 'chair'),
        (mine, theirs, role) => {
          const others = [{ userId: 'u2', bodyId: body, role: 'member' as const, votesForPartyIds: theirs }];
          const problems = membershipProblems(
            'u1',
            'p1',
            [{ bodyId: body, role, votesForPartyIds: mine }],
            others,
          );
          const overlap = mine.some((p) => theirs.includes(p));
          return overlap === problems.some((p) => p.includes('Art. 5.4'));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('ignores the user’s own current holdings, so re-saving the same memberships is allowed', () => {
    const mine = [{ userId: 'u1', bodyId: body, role: 'chair' as const, votesForPartyIds: [partyA] }];
    expect(
      membershipProblems('u1', partyA, [{ bodyId: body, role: 'chair', votesForPartyIds: [partyA] }], mine),
    ).toEqual([]);
  });
});
