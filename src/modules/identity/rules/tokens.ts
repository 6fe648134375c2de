/**
 * Random session and CSRF tokens and their comparison. ASVS 5.0 V7.2.3 / V11.5.1 (reference tokens from a
 * CSPRNG with at least 128 bits; these have 256), V3.5.1 (anti-forgery token). Sessions are stored by
 * SHA-256 hash only, so a copy of the database opens no live session.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const TOKEN_BYTES = 32;

/** 32 random bytes, base64url (43 characters). */
export function newSessionToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** 32 random bytes, base64url (43 characters). */
export function newCsrfToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** SHA-256 (hex) of a token. A fast hash suffices: the token itself is 256 random bits. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Constant-time string equality. Both sides are hashed to fixed-length digests first, so neither the
 * content nor the length of the expected value leaks through timing.
 */
export function safeEqual(a: string, b: string): boolean {
  const da = createHash('sha256').update(a, 'utf8').digest();
  const db = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(da, db);
}
