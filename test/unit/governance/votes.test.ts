/**
 * Vote counting (domain.md §5; Art. 5.4, 7.1, 6.7, Bijlage 3), with fast-check properties: the
 * outcome does not depend on the order of votes, a party never counts twice, and adding a mandate
 * never gives a party a second vote.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Ballot,
  type Choice,
  consensusProblem,
  countVotes,
  type MandateLink,
} from '../../../src/modules/governance/rules/votes.js';

const parties = ['a', 'b', 'c', 'd', 'e', 'f'];
const party = fc.constantFrom(...parties);
const choice = fc.constantFrom<Choice>('for', 'against', 'abstain');
const ballot: fc.Arbitrary<Ballot> = fc.record({
  partyId: party,
  choice,
  castByPartyId: fc.option(party, { nil: null, freq: 6 }),
});
const mandate: fc.Arbitrary<MandateLink> = fc.record({ mandatorPartyId: party, mandateePartyId: party });
const input = fc.record({
  votingPartyIds: fc.subarray(parties),
  ballots: fc.array(ballot, { maxLength: 20 }),
  mandates: fc.array(mandate, { maxLength: 5 }),
});

/** An input and a permutation of its ballots. */
const withPermutation = input.chain((i) =>
  fc.tuple(fc.constant(i), fc.shuffledSubarray(i.ballots, { minLength: i.ballots.length })),
);

const own = (partyId: string, c: Choice): Ballot => ({ partyId, choice: c, castByPartyId: partyId });

describe('counting rule (domain.md §5)', () => {
  const voting = ['a', 'b', 'c', 'd'];
  it('adopts with more for than against; abstentions do not count (Art. 5.4, 7.1)', () => {
    const t = countVotes({
      votingPartyIds: voting,
      ballots: [own('a', 'for'), own('b', 'abstain'), own('c', 'abstain'), own('d', 'abstain')],
      mandates: [],
    });
    expect(t).toMatchObject({ for: 1, against: 0, abstain: 3, outcome: 'adopted', unanimous: true });
  });
  it('a tie is not adopted (domain.md §5)', () => {
    const t = countVotes({
      votingPartyIds: voting,
      ballots: [own('a', 'for'), own('b', 'against')],
      mandates: [],
    });
    expect(t.outcome).toBe('tie');
    expect(countVotes({ votingPartyIds: voting, ballots: [], mandates: [] }).outcome).toBe('tie');
  });
  it('rejects with more against than for (Art. 5.4)', () => {
    const t = countVotes({
      votingPartyIds: voting,
      ballots: [own('a', 'for'), own('b', 'against'), own('c', 'against')],
      mandates: [],
    });
    expect(t.outcome).toBe('rejected');
  });
  it('staff do not vote (Art. 4.3h–i, 6.3b–d)', () => {
    const t = countVotes({
      votingPartyIds: voting,
      ballots: [{ partyId: 'a', choice: 'for', castByPartyId: null }],
      mandates: [],
    });
    expect(t.counted).toEqual([]);
    expect(t.refused[0]?.reason).toMatch(/stemmen niet/);
  });
  it('a delegate casts a mandator’s vote only under a mandate (Art. 6.7, Bijlage 3)', () => {
    const viaMandate: Ballot = { partyId: 'x', choice: 'for', castByPartyId: 'a' };
    expect(countVotes({ votingPartyIds: voting, ballots: [viaMandate], mandates: [] }).counted).toEqual([]);
    const t = countVotes({
      votingPartyIds: voting,
      ballots: [viaMandate],
      mandates: [{ mandatorPartyId: 'x', mandateePartyId: 'a' }],
    });
    expect(t.counted).toEqual([{ partyId: 'x', choice: 'for', via: 'mandate' }]);
  });
  it('mandates do not chain (Bijlage 3)', () => {
    const t = countVotes({
      votingPartyIds: ['c'],
      ballots: [{ partyId: 'a', choice: 'for', castByPartyId: 'c' }],
      mandates: [
        { mandatorPartyId: 'a', mandateePartyId: 'b' },
        { mandatorPartyId: 'b', mandateePartyId: 'c' },
      ],
    });
    expect(t.counted).toEqual([]);
  });
  it('the mandator’s own vote prevails over the mandatee’s (Bijlage 3: the power stays with the mandator)', () => {
    const t = countVotes({
      votingPartyIds: ['a', 'x'],
      ballots: [{ partyId: 'x', choice: 'for', castByPartyId: 'a' }, own('x', 'against')],
      mandates: [{ mandatorPartyId: 'x', mandateePartyId: 'a' }],
    });
    expect(t.counted).toEqual([{ partyId: 'x', choice: 'against', via: 'own' }]);
  });
  it('consensus cannot be recorded with a vote against (Art. 5.4, 7.1)', () => {
    const t = countVotes({
      votingPartyIds: voting,
      ballots: [own('a', 'for'), own('b', 'against')],
      mandates: [],
    });
    expect(consensusProblem(true, t)).toMatch(/consensus/);
    expect(consensusProblem(false, t)).toBeNull();
  });
});

describe('counting rule properties', () => {
  it('the outcome is invariant under the order of the votes', () => {
    fc.assert(
      fc.property(withPermutation, ([i, shuffled]) => {
        const a = countVotes(i);
        const b = countVotes({ ...i, ballots: shuffled });
        expect(b.outcome).toBe(a.outcome);
        expect(b.counted).toEqual(a.counted);
      }),
    );
  });
  it('a party never counts twice, and only entitled parties count', () => {
    fc.assert(
      fc.property(input, (i) => {
        const t = countVotes(i);
        const ids = t.counted.map((c) => c.partyId);
        expect(new Set(ids).size).toBe(ids.length);
        expect(t.for + t.against + t.abstain).toBe(ids.length);
        for (const c of t.counted) {
          const viaMandate = i.mandates.some(
            (m) => m.mandatorPartyId === c.partyId && i.votingPartyIds.includes(m.mandateePartyId),
          );
          expect(i.votingPartyIds.includes(c.partyId) || viaMandate).toBe(true);
        }
      }),
    );
  });
  it('adding a mandate never gives a party two votes, nor changes an own vote', () => {
    fc.assert(
      fc.property(input, mandate, (i, extra) => {
        const before = countVotes(i);
        const after = countVotes({ ...i, mandates: [...i.mandates, extra] });
        expect(new Set(after.counted.map((c) => c.partyId)).size).toBe(after.counted.length);
        for (const c of before.counted.filter((x) => x.via === 'own'))
          expect(after.counted).toContainEqual(c);
        expect(after.counted.length).toBeLessThanOrEqual(new Set(i.ballots.map((b) => b.partyId)).size);
      }),
    );
  });
  it('adopted exactly when more votes are for than against', () => {
    fc.assert(
      fc.property(input, (i) => {
        const t = countVotes(i);
        expect(t.outcome === 'adopted').toBe(t.for > t.against);
        expect(t.outcome === 'tie').toBe(t.for === t.against);
      }),
    );
  });
});
