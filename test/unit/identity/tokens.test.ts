/** Session and CSRF tokens: shape, randomness, hashing and constant-time comparison. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  hashToken,
  newCsrfToken,
  newSessionToken,
  safeEqual,
} from '../../../src/modules/identity/rules/tokens.js';

describe('newSessionToken / newCsrfToken', () => {
  it.each([
    ['newSessionToken', newSessionToken],
    ['newCsrfToken', newCsrfToken],
  ])('%s gives 32 random bytes as base64url', (_name, make) => {
    const token = make();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const many = new Set(Array.from({ length: 1000 }, make));
    expect(many.size).toBe(1000);
  });
});

describe('hashToken', () => {
  it('is the SHA-256 hex of the token', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const token = newSessionToken();
    expect(hashToken(token)).toBe(createHash('sha256').update(token).digest('hex'));
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token);
  });
});

describe('safeEqual', () => {
  it('compares strings exactly', () => {
    const t = newCsrfToken();
    expect(safeEqual(t, t)).toBe(true);
    expect(safeEqual(t, `${t}`)).toBe(true);
    expect(safeEqual(t, `${t.slice(0, -1)}${t.endsWith('A') ? 'B' : 'A'}`)).toBe(false);
    expect(safeEqual('', '')).toBe(true);
    expect(safeEqual('abc', 'ABC')).toBe(false);
    expect(safeEqual('é', 'e\u0301')).toBe(false); // no normalisation
  });

  it('handles different lengths without throwing', () => {
    expect(safeEqual('abc', 'abcd')).toBe(false);
    expect(safeEqual('', 'a')).toBe(false);
    expect(safeEqual(newCsrfToken(), '')).toBe(false);
    expect(safeEqual('a'.repeat(10_000), 'a'.repeat(10_001))).toBe(false);
  });
});
