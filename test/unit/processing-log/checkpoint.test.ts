/** Checkpoint signing keys (configured or derived from the master key) and signatures. */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadSettings } from '../../../src/platform/config/env.js';
import {
  checkpointSignatureProblem,
  parseCheckpoint,
  signCheckpoint,
} from '../../../src/platform/processing-log/checkpoint.js';
import {
  checkpointSigningKey,
  parsePublicKey,
  parseSigningKey,
  publicKeyBase64,
} from '../../../src/platform/processing-log/signing-key.js';

const head = { seq: 12, hash: 'ab'.repeat(32) };

describe('checkpoint signing key', () => {
  it('derives the same key from the same master key, and another from another', () => {
    const master = randomBytes(32);
    const a = publicKeyBase64(checkpointSigningKey(undefined, master));
    expect(publicKeyBase64(checkpointSigningKey(undefined, master))).toBe(a);
    expect(publicKeyBase64(checkpointSigningKey(undefined, randomBytes(32)))).not.toBe(a);
  });

  it('reads a configured key as PKCS8 PEM, base64 PKCS8 DER, or a base64 seed', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const der = privateKey.export({ format: 'der', type: 'pkcs8' });
    const expected = publicKeyBase64(privateKey);
    expect(publicKeyBase64(parseSigningKey(pem))).toBe(expected);
    expect(publicKeyBase64(parseSigningKey(pem.replaceAll('\n', '\\n')))).toBe(expected);
    expect(publicKeyBase64(parseSigningKey(der.toString('base64')))).toBe(expected);
    expect(publicKeyBase64(parseSigningKey(der.subarray(-32).toString('base64')))).toBe(expected);
    expect(publicKeyBase64(checkpointSigningKey(pem, randomBytes(32)))).toBe(expected);
  });

  it('refuses other keys and rubbish without echoing them', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({
      format: 'pem',
      type: 'pkcs8',
    });
    expect(() => parseSigningKey(rsa.toString())).toThrow(/Ed25519/);
    expect(() => parseSigningKey('geheim-maar-onzin')).toThrow(/^verwacht een Ed25519-sleutel/);
  });

  it('is validated with the other settings, naming the key', () => {
    try {
      loadSettings({ KETENHUIS_LOG_SIGNING_KEY: 'geheim-maar-onzin' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).keys).toContain('KETENHUIS_LOG_SIGNING_KEY');
      expect((err as Error).message).toMatch(/KETENHUIS_LOG_SIGNING_KEY: verwacht/);
      expect((err as Error).message).not.toContain('geheim-maar-onzin');
    }
    const seed = randomBytes(32).toString('base64');
    expect(loadSettings({ KETENHUIS_LOG_SIGNING_KEY: seed }).KETENHUIS_LOG_SIGNING_KEY).toBe(seed);
  });
});

describe('checkpoint signature', () => {
  const key = checkpointSigningKey(undefined, randomBytes(32));

  it('round-trips through JSON and verifies with the public key in any accepted form', () => {
    const c = parseCheckpoint(
      JSON.stringify(signCheckpoint('haaglanden', head, '2025-03-01T10:00:00.000Z', key)),
    );
    expect(c).toMatchObject({ format: 'ketenhuis-log-checkpoint/1', house: 'haaglanden', seq: 12 });
    expect(checkpointSignatureProblem(c, key)).toBeNull();
    expect(checkpointSignatureProblem(c, parsePublicKey(c.publicKey))).toBeNull();
    const raw = Buffer.from(c.publicKey, 'base64').subarray(-32).toString('base64');
    expect(checkpointSignatureProblem(c, parsePublicKey(raw))).toBeNull();
  });

  it('fails for any changed field or another key', () => {
    const c = signCheckpoint('haaglanden', head, '2025-03-01T10:00:00.000Z', key);
    for (const changed of [
      { ...c, seq: 13 },
      { ...c, hash: 'cd'.repeat(32) },
      { ...c, house: 'rotterdam' },
      { ...c, at: '2025-03-01T10:00:00.001Z' },
    ])
      expect(checkpointSignatureProblem(changed, key)).toMatch(/ongeldig/);
    expect(checkpointSignatureProblem(c, generateKeyPairSync('ed25519').privateKey)).toMatch(
      /andere sleutel/,
    );
  });

  it('refuses files that are not checkpoints', () => {
    expect(() => parseCheckpoint('{')).toThrow(/geen JSON/);
    expect(() => parseCheckpoint('{"seq": 1}')).toThrow(/geen geldig checkpoint/);
  });
});
