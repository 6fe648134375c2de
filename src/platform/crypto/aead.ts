/**
 * Authenticated encryption (AES-256-GCM) for fields at rest. Every call draws a fresh random
 * 96-bit nonce; the associated data binds a ciphertext to its place (table, column, row id), so a
 * ciphertext copied to another row does not decrypt. Format: `v1.<base64url(nonce|ct|tag)>`.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const NONCE = 12;
const TAG = 16;

export class DecryptionError extends Error {
  override name = 'DecryptionError';
}

export function encrypt(key: Buffer, plaintext: string | Buffer, aad: string): string {
  if (key.length !== 32) throw new Error('AES-256-GCM needs a 32-byte key');
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return `v1.${Buffer.concat([nonce, ct, cipher.getAuthTag()]).toString('base64url')}`;
}

export function decrypt(key: Buffer, sealed: string, aad: string): Buffer {
  if (!sealed.startsWith('v1.')) throw new DecryptionError('unknown ciphertext format');
  const raw = Buffer.from(sealed.slice(3), 'base64url');
  if (raw.length < NONCE + TAG) throw new DecryptionError('ciphertext too short');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, NONCE));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(raw.subarray(raw.length - TAG));
  try {
    return Buffer.concat([decipher.update(raw.subarray(NONCE, raw.length - TAG)), decipher.final()]);
  } catch {
    throw new DecryptionError('ciphertext rejected: tampered, or the wrong key');
  }
}

/** A key for one purpose, derived from the master key (HKDF-SHA256), so purposes never share keys. */
export function deriveKey(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `ketenhuis:${purpose}`, 32));
}
