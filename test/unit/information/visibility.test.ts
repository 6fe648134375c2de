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
  providedByUserId: 'u-agent',
  visibility: 'all-participants',
  namedPartyIds: [],
  preConference: 'not-allowed',
  expiresAt: null,
  withdrawnAt: null,
  ...over,
});
const pro = (partyId: string): Viewer => ({ userId: `u-${partyId}`, partyId, roles: ['professional'] });
const regisseur: Viewer = { userId: 'r', partyId: null, roles: ['procesregisseur'] };
/** The personal provider of the default item: a professional of 'politie'. */
const agent: Viewer = { userId: 'u-agent', partyId: 'politie', roles: ['professional'] };
const held = (relation: string | null): CaseView => ({
  relation,
  firstConferenceHeld: true,
  partyAdmitted: true,
});
const preConf = (relation: string | null): CaseView => ({
  relation,
  firstConferenceHeld: false,
  partyAdmitted: true,
});
const notAdmitted = (relation: string | null): CaseView => ({ ...held(relation), partyAdmitted: false });

describe('visibilityReason', () => {
  it('shows the provider its own items always, also withdrawn, expired and without a role', () => {
    const withdrawn = item({
      withdrawnAt: NOW,
      expiresAt: '2020-01-01T00:00:00.000Z',
      visibility: 'procesregisseur-only',
    });
    // The personal provider, without a role in the case (e.g. who answered a triage request).
    expect(visibilityReason(withdrawn, agent, held(null), NOW)).toBe('provider');
    // A colleague of the providing party with a role in the case acts for the provider too.
    for (const rel of ['registering', 'participant', 'coordinator'])
      expect(visibilityReason(withdrawn, pro('politie'), held(rel), NOW)).toBe('provider');
    expect(visibilityReason(withdrawn, pro('middin'), held('participant'), NOW)).toBeNull();
    expect(visibilityReason(withdrawn, regisseur, held('assigned'), NOW)).toBeNull();
  });

  it('gives a colleague of the provider without a role in the case nothing (need to know)', () => {
    // Art. 16.2 with domain.md §4: party membership alone is no reason to see the case's items.
    expect(visibilityReason(item(), pro('politie'), held(null), NOW)).toBeNull();
    expect(isProvider(item(), pro('politie'), held(null))).toBe(false);
    for (const rel of ['to-pick-up', 'informatiecentrum', 'escalated-manager'])
      expect(isProvider(item(), pro('politie'), held(rel))).toBe(false);
    // A professional of another party who happens to be the recorded user is no provider either.
    expect(isProvider(item(), { ...agent, partyId: 'middin' }, held(null))).toBe(false);
    expect(isProvider(item(), { ...agent, roles: ['informatiecentrum'] }, held(null))).toBe(false);
  });

  it('gives a party the protocol no longer admits nothing, not even its own items (Art. 15.3)', () => {
    const withdrawn = item({ withdrawnAt: NOW });
    for (const x of [item(), withdrawn]) {
      expect(visibilityReason(x, agent, notAdmitted(null), NOW)).toBeNull();
      expect(isProvider(x, agent, notAdmitted(null))).toBe(false);
    }
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
        const view = { relation: null, firstConferenceHeld: heldYet, partyAdmitted: true };
        // Neither another party nor a colleague of the provider who did not provide it personally.
        return (
          !canSee(item(over), pro('middin'), view, NOW) && !canSee(item(over), pro('politie'), view, NOW)
        );
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});
