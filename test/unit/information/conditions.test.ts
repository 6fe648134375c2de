/**
 * The condition rules (Art. 16.2) and the reading-beforehand steps (Art. 12.2f), pure.
 */
import { describe, expect, it } from 'vitest';
import {
  checkExpiry,
  checkNamedParties,
  isRefusal,
  nextPreConference,
} from '../../../src/modules/information/rules/conditions.js';

describe('reading before the conference (Art. 12.2f)', () => {
  it('needs the assessment first, then the approval of the provider', () => {
    expect(nextPreConference('not-allowed', { by: 'procesregisseur', allow: true }, false)).toBe('requested');
    expect(nextPreConference('requested', { by: 'provider', approve: true }, false)).toBe('approved');
    expect(isRefusal(nextPreConference('not-allowed', { by: 'provider', approve: true }, false))).toBe(true);
    expect(isRefusal(nextPreConference('approved', { by: 'procesregisseur', allow: true }, false))).toBe(
      true,
    );
  });

  it('lets either side close it again at any time, and nothing after withdrawal', () => {
    expect(nextPreConference('approved', { by: 'procesregisseur', allow: false }, false)).toBe('not-allowed');
    expect(nextPreConference('approved', { by: 'provider', approve: false }, false)).toBe('not-allowed');
    expect(nextPreConference('requested', { by: 'provider', approve: true }, true)).toMatchObject({
      code: 'conflict',
    });
  });
});

describe('conditions (Art. 16.2)', () => {
  it('names parties exactly when the visibility is named-parties', () => {
    expect(checkNamedParties('named-parties', [])).toMatchObject({ code: 'validation' });
    expect(checkNamedParties('named-parties', ['a'])).toBeNull();
    expect(checkNamedParties('all-participants', ['a'])).toMatchObject({ code: 'validation' });
    expect(checkNamedParties('procesregisseur-only', [])).toBeNull();
  });

  it('refuses an expiry date that has passed', () => {
    const now = '2025-06-01T12:00:00.000Z';
    expect(checkExpiry(now, now)).toMatchObject({ code: 'validation' });
    expect(checkExpiry('2025-06-02T00:00:00.000Z', now)).toBeNull();
    expect(checkExpiry(null, now)).toBeNull();
  });
});
