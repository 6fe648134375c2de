/**
 * Password storage with Argon2id at OWASP's minimum parameters (ASVS 5.0 V11.4.2: an approved,
 * computationally intensive password hashing function). Passwords are NFKC-normalised first (NIST SP 800-63B),
 * as password-policy.ts counts them. verifyAgainstDummy keeps unknown accounts as slow as known ones (V6.3.8).
 */
import { randomBytes } from 'node:crypto';
import { type Algorithm, hash, type Options, parseOptions, type Version, verify } from '@node-rs/argon2';

/** Argon2id, 19 MiB, 2 passes, 1 lane (OWASP Password Storage Cheat Sheet minimum). */
export const ARGON2_PARAMS = {
  /** Algorithm.Argon2id (an ambient const enum, which isolatedModules does not let us reference). */
  algorithm: 2 as Algorithm,
  /** Version 0x13 (19). */
  version: 1 as Version,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
} as const satisfies Options;

const normalise = (password: string) => password.normalize('NFKC');

export function hashPassword(password: string): Promise<string> {
  return hash(normalise(password), ARGON2_PARAMS);
}

/** True when the password matches; false on a mismatch and on any malformed or unreadable hash (never throws). */
export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  if (typeof hashed !== 'string' || !hashed.startsWith('$argon2')) return false;
  try {
    return await verify(hashed, normalise(password));
  } catch {
    return false;
  }
}

/** Whether a stored hash is weaker than the current parameters (or unreadable), so it should be replaced on the next login. */
export function needsRehash(hashed: string): boolean {
  try {
    const p = parseOptions(hashed);
    return (
      p.algorithm !== ARGON2_PARAMS.algorithm ||
      p.version !== ARGON2_PARAMS.version ||
      p.memoryCost < ARGON2_PARAMS.memoryCost ||
      p.timeCost < ARGON2_PARAMS.timeCost ||
      p.parallelism < ARGON2_PARAMS.parallelism ||
      p.outputLen < ARGON2_PARAMS.outputLen ||
      p.saltLen < 16
    );
  } catch {
    return true;
  }
}

let dummy: Promise<string> | undefined;

/**
 * A hash with the current parameters of a random password nobody knows, made once on first use.
 * (A function rather than a constant so the Argon2 work is not done at import time.)
 */
export function dummyHash(): Promise<string> {
  if (!dummy) {
    dummy = hashPassword(randomBytes(32).toString('base64url'));
    dummy.catch(() => {
      dummy = undefined;
    });
  }
  return dummy;
}

/**
 * Spends the same Argon2 work as verifyPassword for a login with an unknown email, so the response time
 * does not reveal which accounts exist. Always false.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  await verifyPassword(await dummyHash(), password);
  return false;
}
