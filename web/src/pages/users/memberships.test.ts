/** Tests the memberships form: rows, role changes, the PUT body and the server's reasons. */
import { describe, expect, it } from 'vitest';
import type { Body, Membership } from '../../api/memberships';
import { choicesFor, chooseRole, membershipForm, membershipPayload, membershipReasons } from './memberships';

const bodies: Body[] = [
  { id: 'b1', key: 'stuurgroep', name: 'Stuurgroep', article: '4' },
  { id: 'b2', key: 'partneroverleg', name: 'Partneroverleg', article: '6' },
  { id: 'b3', key: 'jaarvergadering', name: 'Jaarvergadering', article: '6.4' },
];

const memberships: Membership[] = [
  {
    id: 'm1',
    body: { id: 'b2', key: 'partneroverleg', name: 'Partneroverleg' },
    role: 'chair',
    votesFor: [
      { id: 'p1', name: 'Politie' },
      { id: 'p2', name: 'OM' },
    ],
  },
];

describe('membership form', () => {
  it('has a row per body, "not a member" where there is no membership', () => {
    expect(membershipForm(memberships, bodies)).toEqual({
      b1: { role: 'none', votes: [] },
      b2: { role: 'chair', votes: ['p1', 'p2'] },
      b3: { role: 'none', votes: [] },
    });
  });

  it('offers the secretary role only to staff of the house', () => {
    expect(choicesFor('house')).toContain('secretary');
    expect(choicesFor('party')).not.toContain('secretary');
  });

  it("starts a party member with their own party's vote; staff and secretaries get none", () => {
    expect(chooseRole({ role: 'none', votes: [] }, 'member', 'party', 'p1')).toEqual({
      role: 'member',
      votes: ['p1'],
    });
    expect(chooseRole({ role: 'member', votes: ['p2'] }, 'chair', 'party', 'p1')).toEqual({
      role: 'chair',
      votes: ['p2'],
    });
    expect(chooseRole({ role: 'member', votes: ['p1'] }, 'none', 'party', 'p1')).toEqual({
      role: 'none',
      votes: [],
    });
    expect(chooseRole({ role: 'none', votes: [] }, 'member', 'house', null)).toEqual({
      role: 'member',
      votes: [],
    });
  });

  it('builds the PUT body in body order, skipping non-memberships and votes that are not cast', () => {
    const form = {
      b1: { role: 'member' as const, votes: ['p1', 'p1'] },
      b2: { role: 'none' as const, votes: ['p9'] },
      b3: { role: 'secretary' as const, votes: ['p1'] },
    };
    expect(membershipPayload(form, bodies, 'party')).toEqual([
      { bodyId: 'b1', role: 'member', votesForPartyIds: ['p1'] },
      { bodyId: 'b3', role: 'secretary', votesForPartyIds: [] },
    ]);
    expect(membershipPayload(form, bodies, 'house')[0]).toEqual({
      bodyId: 'b1',
      role: 'member',
      votesForPartyIds: [],
    });
  });
});

describe('membershipReasons', () => {
  it("reads the server's rule explanations, keeping unknown ones as text", () => {
    const detail =
      'Body ongeldig — items: dit orgaan heeft al een voorzitter; de stem van partij 0190-aa wordt in dit orgaan al door een ander lid uitgebracht (Art. 5.4); medewerkers van het huis adviseren maar stemmen niet (Art. 4.3, 6.3); medewerkers van het huis adviseren maar stemmen niet (Art. 4.3, 6.3); iets nieuws';
    expect(membershipReasons(detail)).toEqual([
      { code: 'chairTaken' },
      { code: 'voteTaken', partyId: '0190-aa' },
      { code: 'staffDoNotVote' },
      { code: 'other', text: 'iets nieuws' },
    ]);
    expect(membershipReasons(undefined)).toEqual([]);
  });
});
