/**
 * Signed checkpoints: {house, seq, hash, at} signed with Ed25519. Kept outside the system (mail,
 * a notary's archive, another party), a checkpoint proves later that the log still holds that
 * exact entry — so a rewritten log with recomputed hashes no longer passes. Pure functions.
 */
import { type KeyObject, sign, verify } from 'node:crypto';
import { z } from 'zod';
import { publicKeyBase64 } from './signing-key.js';
import type { ChainHead } from './types.js';

export const CHECKPOINT_FORMAT = 'ketenhuis-log-checkpoint/1';

export const checkpointSchema = z.strictObject({
  format: z.literal(CHECKPOINT_FORMAT),
  house: z.string().min(1),
  seq: z.number().int().min(0),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string().min(1),
  /** The signer's public key (base64 SPKI DER); informative: verify against a key you trust. */
  publicKey: z.string().min(1),
  signature: z.string().min(1),
});

export type Checkpoint = z.infer<typeof checkpointSchema>;

/** The signed bytes: one field per line, in fixed order. */
export function checkpointMessage(c: Pick<Checkpoint, 'house' | 'seq' | 'hash' | 'at'>): Buffer {
  return Buffer.from([CHECKPOINT_FORMAT, c.house, String(c.seq), c.hash, c.at].join('\n'), 'utf8');
}

export function signCheckpoint(house: string, head: ChainHead, at: string, key: KeyObject): Checkpoint {
  const body = { house, seq: head.seq, hash: head.hash, at };
  return {
    format: CHECKPOINT_FORMAT,
    ...body,
    publicKey: publicKeyBase64(key),
    signature: sign(null, checkpointMessage(body), key).toString('base64'),
  };
}

/** Null when the signature is valid for `publicKey`; otherwise why not. */
export function checkpointSignatureProblem(c: Checkpoint, publicKey: KeyObject): string | null {
  if (c.publicKey !== publicKeyBase64(publicKey))
    return 'het checkpoint is met een andere sleutel ondertekend dan de sleutel waarmee wordt gecontroleerd';
  const ok = verify(null, checkpointMessage(c), publicKey, Buffer.from(c.signature, 'base64'));
  return ok ? null : 'de handtekening is ongeldig: het checkpoint is gewijzigd of vervalst';
}

/** Parses a checkpoint file's text; throws a one-line message when it is not a checkpoint. */
export function parseCheckpoint(text: string): Checkpoint {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('het checkpointbestand is geen JSON');
  }
  const parsed = checkpointSchema.safeParse(data);
  if (!parsed.success)
    throw new Error(
      `het checkpointbestand is geen geldig checkpoint (${parsed.error.issues[0]?.path.join('.')})`,
    );
  return parsed.data;
}
