/** Tests the mapping from API problem types to translation keys. */
import { describe, expect, it } from 'vitest';
import nl from '../i18n/locales/nl.json';
import {
  ApiError,
  errorMessageKey,
  PASSWORD_PROBLEMS,
  PROBLEM_CODES,
  parseProblem,
  problemMessageKey,
  weakPasswordReasons,
} from './problem';

describe('problemMessageKey', () => {
  it('maps every known problem code to its own message', () => {
    expect(problemMessageKey('urn:ketenhuis:problem:not-found')).toBe('problems.codes.not-found');
    expect(problemMessageKey('urn:ketenhuis:problem:rate-limited')).toBe('problems.codes.rate-limited');
  });

  it('maps the identity and single sign-on codes', () => {
    for (const code of ['email-in-use', 'self-lockout', 'password-change-required', 'sso-failed'] as const) {
      expect(problemMessageKey(`urn:ketenhuis:problem:${code}`)).toBe(`problems.codes.${code}`);
    }
  });

  it('falls back to the generic message for unknown or foreign types', () => {
    expect(problemMessageKey('urn:ketenhuis:problem:something-new')).toBe('problems.generic');
    expect(problemMessageKey('about:blank')).toBe('problems.generic');
    expect(problemMessageKey(undefined)).toBe('problems.generic');
  });

  it('has a translation for every code', () => {
    for (const code of PROBLEM_CODES) expect(nl.problems.codes[code]).toBeTypeOf('string');
  });
});

describe('errorMessageKey', () => {
  it('distinguishes network failures, unreadable answers and problems', () => {
    expect(errorMessageKey(new ApiError('network'))).toBe('problems.network');
    expect(errorMessageKey(new ApiError('invalid-response', 200))).toBe('problems.invalidResponse');
    const problem = parseProblem({
      type: 'urn:ketenhuis:problem:forbidden',
      title: 'Geen toegang',
      status: 403,
    });
    expect(errorMessageKey(new ApiError('problem', 403, problem))).toBe('problems.codes.forbidden');
    expect(errorMessageKey(new Error('boom'))).toBe('problems.generic');
  });
});

describe('parseProblem', () => {
  it('rejects documents that are not problems', () => {
    expect(parseProblem(null)).toBeUndefined();
    expect(parseProblem('oops')).toBeUndefined();
    expect(parseProblem({ title: 'x' })).toBeUndefined();
  });
});

describe('weakPasswordReasons', () => {
  it('picks the known reasons out of the detail', () => {
    expect(weakPasswordReasons('Body ongeldig — initialPassword: too-short, common')).toEqual([
      'too-short',
      'common',
    ]);
    expect(weakPasswordReasons('Wachtwoord: contains-personal')).toEqual(['contains-personal']);
    expect(weakPasswordReasons('something else entirely')).toEqual([]);
    expect(weakPasswordReasons(undefined)).toEqual([]);
  });

  it('reads the reasons after any field name', () => {
    expect(weakPasswordReasons('Body ongeldig — newPassword: same-as-current')).toEqual(['same-as-current']);
    expect(weakPasswordReasons('Body ongeldig — newPassword: common, repetitive, future-reason')).toEqual([
      'common',
      'repetitive',
    ]);
    // Only what follows the field's colon counts.
    expect(weakPasswordReasons('too-long: newPassword: too-short')).toEqual(['too-short']);
  });

  it('has a translation for every reason', () => {
    for (const reason of PASSWORD_PROBLEMS) expect(nl.problems.passwordReasons[reason]).toBeTypeOf('string');
  });
});
