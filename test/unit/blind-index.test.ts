/** Blind indexes: stable, keyed, normalised, and never built from an invalid BSN. */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  blindIndexKeys,
  bsnIndex,
  InvalidBsnError,
  nameAndBirthDateIndex,
  normaliseName,
} from '../../src/platform/crypto/blind-index.js';
import { processingLogKeys, pseudonymiseBsn } from '../../src/platform/processing-log/pseudonym.js';

describe('blind indexes', () => {
  const root = randomBytes(32);
  const keys = blindIndexKeys(root);

  it('gives the same index for the same BSN, whatever the spacing, and another under another key', () => {
    expect(bsnIndex(keys, '111222333')).toBe(bsnIndex(keys, '111 222 333'));
    expect(bsnIndex(keys, '111222333')).toMatch(/^[0-9a-f]{64}$/);
    expect(bsnIndex(keys, '111222333')).not.toContain('111222333');
    expect(bsnIndex(blindIndexKeys(randomBytes(32)), '111222333')).not.toBe(bsnIndex(keys, '111222333'));
  });

  it('is not the processing log pseudonym of the same BSN (separate keys per purpose)', () => {
    expect(bsnIndex(keys, '111222333')).not.toBe(pseudonymiseBsn(processingLogKeys(root), '111222333'));
  });

  it('refuses a BSN that fails the elfproef', () => {
    expect(() => bsnIndex(keys, '123456789')).toThrow(InvalidBsnError);
    expect(() => bsnIndex(keys, '000000000')).toThrow(InvalidBsnError);
  });

  it('matches names regardless of case, accents and punctuation', () => {
    expect(normaliseName("  Zoë  van 't Hek-Ünal ")).toBe('zoe van t hek unal');
    expect(nameAndBirthDateIndex(keys, 'Zoë van ’t Hek', '1990-02-03')).toBe(
      nameAndBirthDateIndex(keys, 'ZOE VAN T HEK', '1990-02-03'),
    );
    expect(nameAndBirthDateIndex(keys, 'Zoë van t Hek', '1990-02-03')).not.toBe(
      nameAndBirthDateIndex(keys, 'Zoë van t Hek', '1990-02-04'),
    );
  });
});
