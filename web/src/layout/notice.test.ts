/** Tests reading a confirmation from the router's location state. */
import { describe, expect, it } from 'vitest';
import nl from '../i18n/locales/nl.json';
import { NOTICES, noticeKey, noticeState } from './notice';

describe('notices', () => {
  it('reads a known notice and ignores anything else', () => {
    expect(noticeKey(noticeState('passwordChanged'))).toBe('pages.password.changed');
    expect(noticeKey(null)).toBeNull();
    expect(noticeKey({ created: true })).toBeNull();
    expect(noticeKey({ notice: 'toString' })).toBeNull();
    expect(noticeKey({ notice: 'somethingElse' })).toBeNull();
  });

  it('has a translation for every notice', () => {
    expect(nl.pages.password.changed).toBeTypeOf('string');
    expect(Object.keys(NOTICES)).toEqual(['passwordChanged']);
  });
});
