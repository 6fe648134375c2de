/** The elfproef for BSNs, and the pseudonym that replaces a BSN in the processing log. */
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../../../src/platform/crypto/bsn.js';
import {
  bsnSubject,
  processingLogKeys,
  pseudonymiseBsn,
} from '../../../src/platform/processing-log/index.js';

describe('isValidBsn', () => {
  it('accepts numbers that pass the elfproef', () => {
    for (const bsn of ['111222333', '123456782', '999999990', '010000008'])
      expect(isValidBsn(bsn), bsn).toBe(true);
  });

  it('refuses wrong lengths, non-digits, all zeros and a failed elfproef', () => {
    for (const bad of [
      '',
      '11122233',
      '1112223333',
      '11122233a',
      ' 111222333',
      '000000000',
      '111222334',
      '123456789',
    ])
      expect(isValidBsn(bad), bad).toBe(false);
  });

  it('catches every single-digit typing error', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const digits = '111222333'.split('').map(Number);
        digits[pos] = ((digits[pos] ?? 0) + delta) % 10;
        return !isValidBsn(digits.join(''));
      }),
    );
  });
});

describe('pseudonymiseBsn', () => {
  const keys = processingLogKeys(randomBytes(32));

  it('gives a stable 64-hex pseudonym that does not contain the BSN', () => {
    const p = pseudonymiseBsn(keys, '111222333');
    expect(p).toMatch(/^[0-9a-f]{64}$/);
    expect(pseudonymiseBsn(keys, '111222333')).toBe(p);
    expect(pseudonymiseBsn(keys, '123456782')).not.toBe(p);
    expect(bsnSubject(keys, '111222333')).toEqual({ id: p, type: 'bsn-pseudonym' });
  });

  it('differs per master key, and refuses an invalid BSN', () => {
    const other = processingLogKeys(randomBytes(32));
    expect(pseudonymiseBsn(other, '111222333')).not.toBe(pseudonymiseBsn(keys, '111222333'));
    expect(() => pseudonymiseBsn(keys, '111222334')).toThrow(/elfproef/);
  });
});
