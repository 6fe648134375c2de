/**
 * Blind indexes: keyed HMACs that let Ketenhuis ask "is this person already known here?" or
 * "which case holds this BSN?" with an equality lookup, without decrypting any row and without
 * storing the BSN (domain.md §4, issue 4 §4). Each index has its own key, derived from the root
 * key, separate from the processing log's pseudonyms.
 */
import { createHmac } from 'node:crypto';
import { deriveKey } from './aead.js';
import { isValidBsn } from './bsn.js';

export class InvalidBsnError extends Error {
  override name = 'InvalidBsnError';
}

export interface BlindIndexKeys {
  bsn: Buffer;
  nameAndBirthDate: Buffer;
}

export function blindIndexKeys(rootKey: Buffer): BlindIndexKeys {
  return {
    bsn: deriveKey(rootKey, 'blind-index:bsn'),
    nameAndBirthDate: deriveKey(rootKey, 'blind-index:name-birth-date'),
  };
}

const hmac = (key: Buffer, value: string) => createHmac('sha256', key).update(value, 'utf8').digest('hex');

/** The BSN's index; refuses anything that fails the elfproef, so a typo never indexes a stranger. */
export function bsnIndex(keys: BlindIndexKeys, bsn: string): string {
  const digits = bsn.replace(/[\s.-]/g, '');
  if (!isValidBsn(digits)) throw new InvalidBsnError('geen geldig BSN (elfproef)');
  return hmac(keys.bsn, digits);
}

/** Names compare without case, accents, punctuation and spacing differences. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Index of (full name, date of birth), for finding a person without a BSN. */
export function nameAndBirthDateIndex(keys: BlindIndexKeys, fullName: string, birthDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) throw new Error('geboortedatum als JJJJ-MM-DD');
  return hmac(keys.nameAndBirthDate, `${normaliseName(fullName)}|${birthDate}`);
}
