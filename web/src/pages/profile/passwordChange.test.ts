/** Tests the checks of the password-change form, and that each message exists in both languages. */
import { describe, expect, it } from 'vitest';
import en from '../../i18n/locales/en.json';
import nl from '../../i18n/locales/nl.json';
import { checkPasswordChange } from './passwordChange';

const good = 'fiets regen koffie lantaarn';

const lookup = (tree: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

describe('checkPasswordChange', () => {
  it('accepts a filled-in form with matching new passwords', () => {
    expect(checkPasswordChange({ currentPassword: 'oud', newPassword: good, repeatPassword: good })).toEqual(
      {},
    );
  });

  it('asks for every field', () => {
    expect(checkPasswordChange({ currentPassword: '', newPassword: '', repeatPassword: '' })).toEqual({
      currentPassword: 'pages.password.currentRequired',
      newPassword: 'pages.password.newRequired',
      repeatPassword: 'pages.password.repeatRequired',
    });
  });

  it('notices a repeat that differs', () => {
    expect(
      checkPasswordChange({ currentPassword: 'oud', newPassword: good, repeatPassword: `${good} ` })
        .repeatPassword,
    ).toBe('pages.password.mismatch');
  });

  it('counts length in code points after NFKC, as the server does', () => {
    const short = (newPassword: string) =>
      checkPasswordChange({ currentPassword: 'oud', newPassword, repeatPassword: newPassword }).newPassword;
    expect(short('elf tekens!')).toBe('problems.passwordReasons.too-short');
    // Twelve emoji are 24 UTF-16 units but twelve characters: long enough.
    expect(short('😀'.repeat(12))).toBeUndefined();
    expect(short('a'.repeat(129))).toBe('problems.passwordReasons.too-long');
  });

  it('refuses the current password as the new one', () => {
    expect(checkPasswordChange({ currentPassword: good, newPassword: good, repeatPassword: good })).toEqual({
      newPassword: 'problems.passwordReasons.same-as-current',
    });
  });

  it('uses messages that exist in both languages', () => {
    const keys = [
      ...Object.values(checkPasswordChange({ currentPassword: '', newPassword: '', repeatPassword: '' })),
      ...Object.values(
        checkPasswordChange({ currentPassword: 'x', newPassword: 'kort', repeatPassword: 'y' }),
      ),
    ];
    for (const key of keys) {
      expect(lookup(nl, key), key).toBeTypeOf('string');
      expect(lookup(en, key), key).toBeTypeOf('string');
    }
  });
});
