/**
 * Data subjects appear in the log only as a keyed pseudonym: HMAC-SHA256 of the BSN under a key
 * derived from the master key. Without that key a pseudonym cannot be linked back to a BSN, and
 * the same BSN always gives the same pseudonym, so a privacy officer can search by it.
 */
import { createHmac } from 'node:crypto';
import { deriveKey } from '../crypto/aead.js';
import { isValidBsn } from '../crypto/bsn.js';
import type { DataSubject } from './types.js';

export interface ProcessingLogKeys {
  /** HMAC key for data-subject pseudonyms. */
  dataSubject: Buffer;
}

export const BSN_PSEUDONYM = 'bsn-pseudonym';

export function processingLogKeys(master: Buffer): ProcessingLogKeys {
  return { dataSubject: deriveKey(master, 'processing-log:data-subject') };
}

/**
 * The pseudonym of a BSN (64 hex characters). Throws on anything that fails the elfproef, so that
 * a typing error never becomes a pseudonym nobody can find.
 */
export function pseudonymiseBsn(keys: ProcessingLogKeys, bsn: string): string {
  if (!isValidBsn(bsn)) throw new Error('geen geldig BSN (elfproef)');
  return createHmac('sha256', keys.dataSubject).update(bsn, 'utf8').digest('hex');
}

/** The data subject of a log entry for a person known by BSN. */
export function bsnSubject(keys: ProcessingLogKeys, bsn: string): DataSubject {
  return { id: pseudonymiseBsn(keys, bsn), type: BSN_PSEUDONYM };
}
