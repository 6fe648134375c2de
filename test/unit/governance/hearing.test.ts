/**
 * The hearing rule (Art. 5.5, 7.2): a decision that can substantially affect an absent member
 * party without written input is held until that party is heard. Property: held ⇔ some affected
 * member party is neither present, nor represented by a present mandatee, nor heard.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hearing } from '../../../src/modules/governance/rules/hearing.js';

const parties = ['a', 'b', 'c', 'd', 'e'];
const sub = fc.subarray(parties);
const input = fc.record({
  memberPartyIds: sub,
  presentPartyIds: sub,
  affectedPartyIds: sub,
  heardPartyIds: sub,
  mandates: fc.array(
    fc.record({ mandatorPartyId: fc.constantFrom(...parties), mandateePartyId: fc.constantFrom(...parties) }),
    { maxLength: 3 },
  ),
});

describe('hearing rule (Art. 5.5, 7.2)', () => {
  const base = { memberPartyIds: ['a', 'b', 'c'], mandates: [], heardPartyIds: [] };
  it('holds a decision affecting an absent member without written input', () => {
    const r = hearing({ ...base, presentPartyIds: ['a', 'b'], affectedPartyIds: ['c'] });
    expect(r).toEqual({ held: true, waitingFor: ['c'] });
  });
  it('goes ahead once the absent party gave written input or was heard', () => {
    expect(
      hearing({ ...base, presentPartyIds: ['a'], affectedPartyIds: ['c'], heardPartyIds: ['c'] }).held,
    ).toBe(false);
  });
  it('does not wait for absent parties the decision does not substantially affect', () => {
    expect(hearing({ ...base, presentPartyIds: ['a'], affectedPartyIds: ['a'] }).held).toBe(false);
  });
  it('a party represented by a present mandatee is not absent (Art. 6.7, Bijlage 3)', () => {
    const r = hearing({
      ...base,
      presentPartyIds: ['a'],
      affectedPartyIds: ['c'],
      mandates: [{ mandatorPartyId: 'c', mandateePartyId: 'a' }],
    });
    expect(r.held).toBe(false);
  });
  it('only concerns member parties of the body (5.5: "een lid")', () => {
    expect(hearing({ ...base, presentPartyIds: ['a'], affectedPartyIds: ['z'] }).held).toBe(false);
  });
  it('property: held ⇔ an affected member party is absent, unrepresented and unheard', () => {
    fc.assert(
      fc.property(input, (i) => {
        const represented = (p: string) =>
          i.presentPartyIds.includes(p) ||
          i.mandates.some((m) => m.mandatorPartyId === p && i.presentPartyIds.includes(m.mandateePartyId));
        const expected = i.affectedPartyIds.some(
          (p) => i.memberPartyIds.includes(p) && !represented(p) && !i.heardPartyIds.includes(p),
        );
        const r = hearing(i);
        expect(r.held).toBe(expected);
        expect(r.waitingFor.length > 0).toBe(expected);
        for (const p of r.waitingFor) expect(i.heardPartyIds).not.toContain(p);
      }),
    );
  });
  it('property: written input from every affected party always lets the decision go ahead', () => {
    fc.assert(
      fc.property(input, (i) => {
        expect(hearing({ ...i, heardPartyIds: i.affectedPartyIds }).held).toBe(false);
      }),
    );
  });
});
