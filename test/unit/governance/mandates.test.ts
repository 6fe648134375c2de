/**
 * Mandates (Art. 6.7, Bijlage 3): controllership of personal data is never mandated; the mandate
 * takes effect from the mandatee's written confirmation; one mandate per party and body at a time;
 * no passing on. Properties: controllership scope is always refused; a recorded mandate set never
 * yields two links for one mandator in a body on a day.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decisionLinks,
  isEffective,
  type Mandate,
  type MandateScope,
  mandateRefusals,
  mandateScopes,
} from '../../../src/modules/governance/rules/mandates.js';

const active = new Set(['delft', 'den-haag', 'rijswijk', 'politie']);
const draft = (over: Partial<Mandate> = {}): Mandate => ({
  id: 'm1',
  bodyId: 'po',
  mandatorPartyId: 'delft',
  mandateePartyId: 'den-haag',
  scope: ['inbreng', 'besluiten'],
  confirmedOn: '2025-01-10',
  validFrom: '2025-01-01',
  validUntil: null,
  revokedOn: null,
  ...over,
});

describe('mandate rules (Art. 6.7, Bijlage 3)', () => {
  it('accepts a municipality mandating the municipal delegate (Art. 6.7)', () => {
    expect(mandateRefusals(draft(), [], active)).toEqual([]);
  });
  it('refuses a mandate covering controllership of personal data (Art. 6.7, Bijlage 3)', () => {
    const r = mandateRefusals(draft({ scope: ['besluiten', 'verwerkingsverantwoordelijkheid'] }), [], active);
    expect(r.map((x) => x.code)).toContain('controllership');
  });
  it('refuses self-mandates, non-active parties and inverted periods (Bijlage 3)', () => {
    expect(mandateRefusals(draft({ mandateePartyId: 'delft' }), [], active)).not.toEqual([]);
    expect(mandateRefusals(draft({ mandatorPartyId: 'nieuw' }), [], active)).not.toEqual([]);
    expect(mandateRefusals(draft({ validUntil: '2024-01-01' }), [], active)).not.toEqual([]);
  });
  it('one mandate per party and body at a time; no passing on (Art. 5.4, Bijlage 3)', () => {
    const existing = draft({ id: 'm0', mandateePartyId: 'rijswijk' });
    expect(mandateRefusals(draft(), [existing], active).map((r) => r.code)).toContain('conflict');
    const chain = draft({ id: 'm0', mandatorPartyId: 'den-haag', mandateePartyId: 'rijswijk' });
    expect(mandateRefusals(draft(), [chain], active).map((r) => r.code)).toContain('conflict');
    const later = draft({ id: 'm0', mandateePartyId: 'rijswijk', validFrom: '2026-01-01' });
    expect(mandateRefusals(draft({ validUntil: '2025-12-31' }), [later], active)).toEqual([]);
  });
  it('takes effect from the written confirmation, ends with revocation (Bijlage 3)', () => {
    expect(isEffective(draft({ confirmedOn: null }), '2025-06-01')).toBe(false);
    expect(isEffective(draft(), '2025-01-09')).toBe(false);
    expect(isEffective(draft(), '2025-01-10')).toBe(true);
    expect(isEffective(draft({ revokedOn: '2025-03-01' }), '2025-02-28')).toBe(true);
    expect(isEffective(draft({ revokedOn: '2025-03-01' }), '2025-03-01')).toBe(false);
  });
  it('only mandates to decide carry a vote (Art. 6.7)', () => {
    expect(decisionLinks([draft({ scope: ['inbreng'] })], 'po', '2025-06-01')).toEqual([]);
    expect(decisionLinks([draft()], 'po', '2025-06-01')).toHaveLength(1);
  });
});

describe('mandate properties', () => {
  const party = fc.constantFrom('delft', 'den-haag', 'rijswijk', 'politie');
  const day = fc.integer({ min: 1, max: 28 }).map((d) => `2025-02-${String(d).padStart(2, '0')}`);
  const mandate = fc.record({
    id: fc.uuid(),
    bodyId: fc.constant('po'),
    mandatorPartyId: party,
    mandateePartyId: party,
    scope: fc.subarray([...mandateScopes] as MandateScope[], { minLength: 1 }),
    confirmedOn: fc.option(day, { nil: null }),
    validFrom: day,
    validUntil: fc.option(day, { nil: null }),
    revokedOn: fc.option(day, { nil: null }),
  });
  it('a mandate covering controllership is always refused', () => {
    fc.assert(
      fc.property(mandate, fc.array(mandate, { maxLength: 4 }), (m, others) => {
        const r = mandateRefusals(m, others, active);
        expect(r.some((x) => x.code === 'controllership')).toBe(
          m.scope.includes('verwerkingsverantwoordelijkheid'),
        );
      }),
    );
  });
  it('mandates recorded one by one under the rules never give a party two representatives on a day', () => {
    fc.assert(
      fc.property(fc.array(mandate, { maxLength: 8 }), day, (candidates, on) => {
        const recorded: Mandate[] = [];
        for (const c of candidates) if (mandateRefusals(c, recorded, active).length === 0) recorded.push(c);
        const links = decisionLinks(recorded, 'po', on);
        const mandators = links.map((l) => l.mandatorPartyId);
        expect(new Set(mandators).size).toBe(mandators.length);
        // no chains: nobody is both a mandator and a mandatee on that day
        for (const l of links) expect(mandators).not.toContain(l.mandateePartyId);
      }),
    );
  });
});
