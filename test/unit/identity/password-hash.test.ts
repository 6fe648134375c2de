/** Argon2id password hashing: round trip, wrong and malformed input, rehash detection, dummy check. */
import { hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import {
  ARGON2_PARAMS,
  dummyHash,
  hashPassword,
  needsRehash,
  verifyAgainstDummy,
  verifyPassword,
} from '../../../src/modules/identity/rules/password-hash.js';

const PASSWORD = 'paard batterij nietje correct';

describe('ARGON2_PARAMS', () => {
  it('are OWASP’s Argon2id minimum', () => {
    expect(ARGON2_PARAMS).toEqual({
      algorithm: 2,
      version: 1,
      memoryCost: 19_456,
      timeCost: 2,
      parallelism: 1,
      outputLen: 32,
    });
  });
});

describe('hashPassword / verifyPassword', () => {
  it('round-trips, with the parameters in the PHC string and a fresh salt each time', async () => {
    const h = await hashPassword(PASSWORD);
    expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(h).not.toContain(PASSWORD);
    expect(await verifyPassword(h, PASSWORD)).toBe(true);
    expect(await hashPassword(PASSWORD)).not.toBe(h);
  });

  it('refuses a wrong password, including near misses', async () => {
    const h = await hashPassword(PASSWORD);
    expect(await verifyPassword(h, 'paard batterij nietje correcT')).toBe(false);
    expect(await verifyPassword(h, `${PASSWORD} `)).toBe(false);
    expect(await verifyPassword(h, PASSWORD.slice(0, -1))).toBe(false);
    expect(await verifyPassword(h, '')).toBe(false);
  });

  it('normalises Unicode (NFKC) before hashing and verifying', async () => {
    const composed = 'Crème brûlée ﬁets 2024';
    const decomposed = 'Cre\u0300me bru\u0302le\u0301e fiets 2024';
    const h = await hashPassword(composed);
    expect(await verifyPassword(h, decomposed)).toBe(true);
    expect(await verifyPassword(h, 'Creme brulee fiets 2024')).toBe(false);
  });

  it('returns false, never throws, for malformed hashes', async () => {
    for (const bad of [
      '',
      'garbage',
      '$argon2id$',
      '$argon2id$v=19$m=19456,t=2,p=1$',
      '$argon2id$v=19$m=19456,t=2,p=1$!!!!$!!!!',
      '$2b$12$abcdefghijklmnopqrstuuJ3nBYQnZQ4u3RMZ.8gE5nCwvJ2J4zlu', // bcrypt
      '$argon2id$v=19$m=99999999999,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaA',
    ]) {
      await expect(verifyPassword(bad, PASSWORD)).resolves.toBe(false);
    }
    await expect(verifyPassword(null as unknown as string, PASSWORD)).resolves.toBe(false);
  });
});

describe('needsRehash', () => {
  it('is false for a hash made with the current parameters', async () => {
    expect(needsRehash(await hashPassword(PASSWORD))).toBe(false);
  });

  it('is false for stronger parameters', async () => {
    expect(needsRehash(await hash(PASSWORD, { ...ARGON2_PARAMS, memoryCost: 32_768, timeCost: 3 }))).toBe(
      false,
    );
  });

  it('is true when memory or time is below the current parameters', async () => {
    expect(needsRehash(await hash(PASSWORD, { ...ARGON2_PARAMS, memoryCost: 8_192 }))).toBe(true);
    expect(needsRehash(await hash(PASSWORD, { ...ARGON2_PARAMS, timeCost: 1 }))).toBe(true);
    expect(
      needsRehash(
        '$argon2id$v=19$m=4096,t=3,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g',
      ),
    ).toBe(true);
  });

  it('is true for another Argon2 variant or version', async () => {
    expect(needsRehash(await hash(PASSWORD, { ...ARGON2_PARAMS, algorithm: 1 }))).toBe(true); // argon2i
    expect(needsRehash(await hash(PASSWORD, { ...ARGON2_PARAMS, version: 0 }))).toBe(true); // v=16
  });

  it('is true for a hash it cannot read', () => {
    expect(needsRehash('')).toBe(true);
    expect(needsRehash('garbage')).toBe(true);
  });
});

describe('dummyHash / verifyAgainstDummy', () => {
  it('is one hash with the current parameters, made once', async () => {
    const first = await dummyHash();
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(needsRehash(first)).toBe(false);
    expect(await dummyHash()).toBe(first);
  });

  it('always answers false, after doing a real Argon2 verification', async () => {
    await dummyHash();
    const start = performance.now();
    expect(await verifyAgainstDummy(PASSWORD)).toBe(false);
    expect(await verifyAgainstDummy('')).toBe(false);
    const elapsed = performance.now() - start;
    // Two Argon2id verifications at 19 MiB / t=2 cannot finish in a few milliseconds.
    expect(elapsed).toBeGreaterThan(5);
  });
});
