/**
 * One-time recovery codes for when the authenticator app is lost (ASVS 5.0 lookup secrets):
 * V6.5.3 (drawn from a CSPRNG), V6.5.1 (the caller marks a code used), V6.5.2 (stored as a hash; with
 * 118 bits of entropy a plain SHA-256 is allowed, below 112 bits a salted password hash would be required).
 */
import { createHash, randomInt } from 'node:crypto';

/** 31 characters without the look-alikes 0/O, 1/I/L: log2(31) ≈ 4.95 bits per character. */
export const RECOVERY_CODE_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
export const RECOVERY_CODE_GROUPS = 6;
export const RECOVERY_CODE_GROUP_LENGTH = 4;
/** 24 characters ≈ 118.9 bits: above V6.5.2's 112-bit threshold for storing with a fast hash. */
export const RECOVERY_CODE_LENGTH = RECOVERY_CODE_GROUPS * RECOVERY_CODE_GROUP_LENGTH;
export const RECOVERY_CODE_ENTROPY_BITS = RECOVERY_CODE_LENGTH * Math.log2(RECOVERY_CODE_ALPHABET.length);

/** `n` fresh codes, formatted `xxxx-xxxx-xxxx-xxxx-xxxx-xxxx` in lower case; no duplicates within a set. */
export function generateRecoveryCodes(n = 10): string[] {
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new RangeError(`ongeldig aantal herstelcodes: ${n}`);
  const codes = new Set<string>();
  while (codes.size < n) codes.add(generateRecoveryCode());
  return [...codes];
}

function generateRecoveryCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < RECOVERY_CODE_GROUPS; g++) {
    let group = '';
    for (let i = 0; i < RECOVERY_CODE_GROUP_LENGTH; i++) {
      // randomInt draws uniformly (rejection sampling), so every character carries the full log2(31) bits.
      group += RECOVERY_CODE_ALPHABET[randomInt(RECOVERY_CODE_ALPHABET.length)];
    }
    groups.push(group);
  }
  return groups.join('-');
}

/** As typed or pasted: case-insensitive, spaces and dashes (also typographic ones) ignored. */
export function normaliseRecoveryCode(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/[\s\-\u2010-\u2015\u2212]+/g, '')
    .toLowerCase();
}

/**
 * Whether input has the shape of a recovery code (24 letters and digits once normalised), as opposed
 * to a 6-digit TOTP code. Look-alike characters are let through so a mistyped recovery code is still
 * handled, and counted, as a recovery code; it then simply matches no stored hash.
 */
export function looksLikeRecoveryCode(input: string): boolean {
  return new RegExp(`^[a-z0-9]{${RECOVERY_CODE_LENGTH}}$`).test(normaliseRecoveryCode(input));
}

/**
 * SHA-256 (hex) of the normalised code, for storage and lookup. A fast, unsalted hash is sufficient
 * because each code is a ~119-bit random string, far beyond brute force (ASVS 5.0 V6.5.2 allows a
 * standard hash from 112 bits); low-entropy secrets such as passwords need password-hash.ts instead.
 */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normaliseRecoveryCode(code), 'utf8').digest('hex');
}
