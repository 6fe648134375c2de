/**
 * The visibility rule of information items (Art. 12.2f, 16.2), pure: provider, withdrawal and
 * expiry, the procesregisseur, participants per visibility, and reading before the conference.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CaseView,
  canSee,
  type ItemConditions,
  isProvider,
  type Viewer,
  visibilityReason,
} from '../../../src/modules/information/rules/visibility.js';

const NOW = '2025-06-01T12:00:00.000Z';
const item = (over: Partial<ItemConditions> = {}): ItemConditions => ({
  providerKind: 'party',
  providerPartyId: 'politie',
  visibility: 'all-participants',
  namedPartyIds: [],
  preConference: 'not-allowed',
  expiresAt: null,
  withdrawnAt: null,
  ...over,
});
const pro = (partyId: string): Viewer => ({ userId: `u-${partyId}`, partyId, roles: ['professional'] });
const regisseur: Viewer = { userId: 'r', partyId: null, roles: ['procesregisseur'] };
const held = (relation: string | null): CaseView => ({ relation, firstConferenceHeld: true });
const preConf = (relation: string | null): CaseView => ({ relation, firstConferenceHeld: false });

describe('visibilityReason', () => {
  it('shows the provider its own items always, also withdrawn, expired and without a role', () => {
    const withdrawn = item({
      withdrawnAt: NOW,
      expiresAt: '2020-01-01T00:00:00.000Z',
      visibility: 'procesregisseur-only',
    });
    expect(visibilityReason(withdrawn, pro('politie'), held(null), NOW)).toBe('provider');
    expect(visibilityReason(withdrawn, pro('middin'), held('participant'), NOW)).toBeNull();
    expect(visibilityReason(withdrawn, regisseur, held('assigned'), NOW)).toBeNull();
  });

  it("keeps the house's notes from the centrumgemeente's professionals and unassigned regisseurs", () => {
    const note = item({
      providerKind: 'house',
      providerPartyId: 'den-haag',
      visibility: 'procesregisseur-only',
    });
    expect(visibilityReason(note, regisseur, held('assigned'), NOW)).toBe('provider');
    expect(visibilityReason(note, pro('den-haag'), held('participant'), NOW)).toBeNull();
    expect(visibilityReason(note, regisseur, held('to-pick-up'), NOW)).toBeNull();
    expect(isProvider(note, pro('den-haag'), held('participant'))).toBe(false);
  });

  it('hides expired items from everyone but the provider, from the moment of expiry', () => {
    const expiring = item({ expiresAt: NOW });
    expect(canSee(expiring, pro('middin'), held('participant'), '2025-06-01T11:59:59.999Z')).toBe(true);
    expect(canSee(expiring, pro('middin'), held('participant'), NOW)).toBe(false);
    expect(canSee(expiring, regisseur, held('assigned'), NOW)).toBe(false);
  });

  it('applies the visibility to participants; the procesregisseur sees every live item', () => {
    const named = item({ visibility: 'named-parties', namedPartyIds: ['middin'] });
    expect(visibilityReason(named, pro('middin'), held('coordinator'), NOW)).toBe('named-party');
    expect(visibilityReason(named, pro('ggd'), held('participant'), NOW)).toBeNull();
    expect(
      visibilityReason(item({ visibility: 'procesregisseur-only' }), pro('ggd'), held('registering'), NOW),
    ).toBeNull();
    expect(
      visibilityReason(item({ visibility: 'procesregisseur-only' }), regisseur, held('assigned'), NOW),
    ).toBe('procesregisseur');
    for (const rel of ['informatiecentrum', 'escalated-manager', 'to-pick-up', null])
      expect(
        canSee(
          item(),
          { userId: 'x', partyId: null, roles: ['informatiecentrum', 'manager'] },
          held(rel),
          NOW,
        ),
      ).toBe(false);
  });

  it('before the first conference shows participants only what the provider approved (Art. 12.2f)', () => {
    expect(canSee(item({ preConference: 'requested' }), pro('middin'), preConf('participant'), NOW)).toBe(
      false,
    );
    expect(canSee(item({ preConference: 'approved' }), pro('middin'), preConf('participant'), NOW)).toBe(
      true,
    );
    expect(canSee(item(), regisseur, preConf('assigned'), NOW)).toBe(true);
  });

  it('never shows anything to a viewer without a role who is not the provider', () => {
    const anyItem = fc.record({
      visibility: fc.constantFrom(
        'all-participants' as const,
        'named-parties' as const,
        'procesregisseur-only' as const,
      ),
      preConference: fc.constantFrom('not-allowed' as const, 'requested' as const, 'approved' as const),
      namedPartyIds: fc.subarray(['middin', 'ggd', 'politie']),
    });
    fc.assert(
      fc.property(anyItem, fc.boolean(), (over, heldYet) => {
        const view = { relation: null, firstConferenceHeld: heldYet };
        return !canSee(item(over), pro('middin'), view, NOW);
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});
