/**
 * Unique, human-readable references for disclosures (printed on every page of the export, Art.
 * 9.2) and data-subject requests (quoted in correspondence with the person, Wgs): a prefix, the
 * year and eight random characters from an alphabet without look-alikes (no 0/O, 1/I/L).
 */
import { randomBytes } from 'node:crypto';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function newReference(prefix: 'VS' | 'BV', now = new Date()): string {
  const bytes = randomBytes(8);
  const tail = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return `${prefix}-${now.getUTCFullYear()}-${tail}`;
}
