/**
 * The participants offered when planning a conference: the server's candidates by name, per
 * party, with the people the case already knows for that party first and described.
 */
import { describe, expect, it } from 'vitest';
import { parseParticipantCandidates } from './caseFlowConference';
import { knownPeople, namedCandidates } from './caseFlowPeople';

const people = knownPeople({
  me: 'petra',
  registeringUserId: 'pieter',
  registeringPartyId: 'politie',
  procesregisseurIds: ['petra'],
  coordinator: null,
  answers: [{ partyId: 'ggz', answeredByUserId: 'gerda' }],
  participants: [],
});

describe('namedCandidates', () => {
  it('puts the known people of a party first, and describes only them', () => {
    const byParty = namedCandidates(
      [
        {
          partyId: 'politie',
          professionals: [
            { userId: 'anna', displayName: 'Anna Bos' },
            { userId: 'pieter', displayName: 'Pieter Jansen' },
          ],
        },
        { partyId: 'ggz', professionals: [] },
      ],
      people,
    );
    const politie = byParty.get('politie') ?? [];
    expect(politie.map((c) => c.displayName)).toEqual(['Pieter Jansen', 'Anna Bos']);
    expect(politie[0]?.known?.kind).toBe('registering');
    expect(politie[1]?.known).toBeUndefined();
    expect(byParty.get('ggz')).toEqual([]);
  });

  it('does not describe someone by what they did for another party', () => {
    const byParty = namedCandidates(
      [{ partyId: 'gemeente', professionals: [{ userId: 'gerda', displayName: 'Gerda Smit' }] }],
      people,
    );
    expect(byParty.get('gemeente')?.[0]?.known).toBeUndefined();
  });
});

describe('parseParticipantCandidates', () => {
  it('reads the server body and refuses a malformed one', () => {
    const body = {
      parties: [{ partyId: 'p', name: 'Politie', professionals: [{ userId: 'u', displayName: 'U' }] }],
    };
    expect(parseParticipantCandidates(body)).toEqual(body);
    expect(parseParticipantCandidates({ parties: [{ partyId: 'p' }] })).toBeUndefined();
  });
});
