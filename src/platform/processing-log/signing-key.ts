/**
 * The Ed25519 key that signs checkpoints. From KETENHUIS_LOG_SIGNING_KEY (PKCS8 PEM, or base64 of
 * a PKCS8 DER key or of a 32-byte seed), or else derived from the root key (stable across master-key rotation): 32 bytes from
 * deriveKey(rootKey, 'processing-log:checkpoint-signing') used as the Ed25519 private-key seed.
 */
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { deriveKey } from '../crypto/aead.js';

/** PKCS8 DER prefix of an Ed25519 private key; the 32-byte seed follows (RFC 8410). */
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
/** SPKI DER prefix of an Ed25519 public key; the 32-byte key follows. */
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

function requireEd25519(key: KeyObject): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('geen Ed25519-sleutel');
  return key;
}

export function signingKeyFromSeed(seed: Buffer): KeyObject {
  if (seed.length !== 32) throw new Error('een Ed25519-seed is 32 bytes');
  return createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
}

/** Parses a configured private key; throws a short message (never the key) when it is unusable. */
export function parseSigningKey(text: string): KeyObject {
  const trimmed = text.trim().replaceAll('\\n', '\n');
  try {
    if (trimmed.includes('-----BEGIN')) return requireEd25519(createPrivateKey(trimmed));
    const raw = Buffer.from(trimmed, 'base64');
    if (raw.length === 32) return signingKeyFromSeed(raw);
    return requireEd25519(createPrivateKey({ key: raw, format: 'der', type: 'pkcs8' }));
  } catch {
    throw new Error('verwacht een Ed25519-sleutel: PKCS8-PEM, of base64 van PKCS8-DER of van 32 bytes');
  }
}

export function isValidSigningKey(text: string): boolean {
  try {
    parseSigningKey(text);
    return true;
  } catch {
    return false;
  }
}

/** The configured key, or the one derived from the root key. */
export function checkpointSigningKey(configured: string | undefined, rootKey: Buffer): KeyObject {
  if (configured) return parseSigningKey(configured);
  return signingKeyFromSeed(deriveKey(rootKey, 'processing-log:checkpoint-signing'));
}

/** The public key as base64 of its SPKI DER encoding (what checkpoints carry and operators note). */
export function publicKeyBase64(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return pub.export({ format: 'der', type: 'spki' }).toString('base64');
}

/** A public key given as PEM, base64 SPKI DER, or base64 of the raw 32 bytes. */
export function parsePublicKey(text: string): KeyObject {
  const trimmed = text.trim().replaceAll('\\n', '\n');
  try {
    if (trimmed.includes('-----BEGIN')) return requireEd25519(createPublicKey(trimmed));
    const raw = Buffer.from(trimmed, 'base64');
    const der = raw.length === 32 ? Buffer.concat([SPKI_ED25519_PREFIX, raw]) : raw;
    return requireEd25519(createPublicKey({ key: der, format: 'der', type: 'spki' }));
  } catch {
    throw new Error('verwacht een publieke Ed25519-sleutel: PEM, of base64 van SPKI-DER of van 32 bytes');
  }
}
