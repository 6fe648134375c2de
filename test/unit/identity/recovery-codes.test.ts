/** Recovery codes: format, alphabet, entropy, uniqueness, normalisation and hashing. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  generateRecoveryCodes,
  hashRecoveryCode,
  looksLikeRecoveryCode,
  normaliseRecoveryCode,
  RECOVERY_CODE_ALPHABET,
  RECOVERY_CODE_ENTROPY_BITS,
} from '../../../src/modules/identity/rules/recovery-codes.js';

const FORMAT = /^[2-9a-hjkmnp-z]{4}(-[2-9a-hjkmnp-z]{4}){5}$/;

describe('generateRecoveryCodes', () => {
  it('makes ten codes by default in groups of four', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    for (const code of codes) {
      expect(code).toMatch(FORMAT);
      expect(code).toHaveLength(29);
    }
    expect(new Set(codes).size).toBe(10);
  });

  it('makes the number asked for and refuses nonsense', () => {
    expect(generateRecoveryCodes(1)).toHaveLength(1);
    expect(generateRecoveryCodes(16)).toHaveLength(16);
    expect(() => generateRecoveryCodes(0)).toThrow(RangeError);
    expect(() => generateRecoveryCodes(-1)).toThrow(RangeError);
    expect(() => generateRecoveryCodes(2.5)).toThrow(RangeError);
    expect(() => generateRecoveryCodes(1000)).toThrow(RangeError);
  });

  it('uses an alphabet without look-alikes, with enough entropy for a fast hash', () => {
    expect(RECOVERY_CODE_ALPHABET).toBe('23456789abcdefghjkmnpqrstuvwxyz');
    expect(RECOVERY_CODE_ALPHABET).toHaveLength(31);
    for (const c of ['0', 'o', '1', 'i', 'l']) expect(RECOVERY_CODE_ALPHABET).not.toContain(c);
    expect(new Set(RECOVERY_CODE_ALPHABET).size).toBe(31);
    expect(RECOVERY_CODE_ENTROPY_BITS).toBeCloseTo(24 * Math.log2(31), 10);
    expect(RECOVERY_CODE_ENTROPY_BITS).toBeGreaterThanOrEqual(112); // ASVS 5.0 V6.5.2
  });

  it('draws 1,000 distinct codes that use every character of the alphabet', () => {
    const codes = Array.from({ length: 100 }, () => generateRecoveryCodes(10)).flat();
    expect(codes).toHaveLength(1000);
    expect(new Set(codes).size).toBe(1000);
    const seen = new Set(codes.join('').replaceAll('-', ''));
    expect([...seen].sort().join('')).toBe(RECOVERY_CODE_ALPHABET);
  });
});

describe('normaliseRecoveryCode', () => {
  it('ignores case, spaces and (typographic) dashes', () => {
    expect(normaliseRecoveryCode('ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2')).toBe('abcdefghjkmnpqrstuvwxyz2');
    expect(normaliseRecoveryCode(' abcd efgh\tjkmn–pqrs—tuvw‐xyz2 ')).toBe('abcdefghjkmnpqrstuvwxyz2');
    expect(normaliseRecoveryCode('ＡＢＣＤ-２３４５')).toBe('abcd2345'); // full-width, NFKC
    expect(normaliseRecoveryCode('')).toBe('');
  });
});

describe('looksLikeRecoveryCode', () => {
  it('recognises generated codes however they are typed', () => {
    const [code] = generateRecoveryCodes(1);
    expect(code).toBeDefined();
    const c = code as string;
    expect(looksLikeRecoveryCode(c)).toBe(true);
    expect(looksLikeRecoveryCode(c.toUpperCase())).toBe(true);
    expect(looksLikeRecoveryCode(c.replaceAll('-', ''))).toBe(true);
    expect(looksLikeRecoveryCode(c.replaceAll('-', ' '))).toBe(true);
  });

  it('does not mistake TOTP codes or other input for a recovery code', () => {
    expect(looksLikeRecoveryCode('123456')).toBe(false);
    expect(looksLikeRecoveryCode('123 456')).toBe(false);
    expect(looksLikeRecoveryCode('abcd-efgh-jkmn')).toBe(false); // too short
    expect(looksLikeRecoveryCode('abcd-efgh-jkmn-pqrs-tuvw-xyz23')).toBe(false); // too long
    expect(looksLikeRecoveryCode('abcd-efgh-jkmn-pqrs-tuvw-xy#2')).toBe(false);
    expect(looksLikeRecoveryCode('')).toBe(false);
  });

  it('lets a mistyped look-alike through, so it is handled as a (failed) recovery code', () => {
    expect(looksLikeRecoveryCode('abcd-efgh-jkmn-pqrs-tuvw-xyz0')).toBe(true);
  });
});

describe('hashRecoveryCode', () => {
  it('is the SHA-256 hex of the normalised code', () => {
    expect(hashRecoveryCode('abcd-efgh-jkmn-pqrs-tuvw-xyz2')).toBe(
      createHash('sha256').update('abcdefghjkmnpqrstuvwxyz2').digest('hex'),
    );
    expect(hashRecoveryCode('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hashRecoveryCode('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('gives the same hash for every way of typing the code, and is idempotent with normalisation', () => {
    const [code] = generateRecoveryCodes(1);
    const c = code as string;
    const h = hashRecoveryCode(c);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode(c.toUpperCase().replaceAll('-', ' '))).toBe(h);
    expect(hashRecoveryCode(normaliseRecoveryCode(c))).toBe(h);
    expect(hashRecoveryCode(`${c.slice(0, -1)}${c.endsWith('2') ? '3' : '2'}`)).not.toBe(h);
  });
});
