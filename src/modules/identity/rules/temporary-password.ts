/**
 * Temporary passwords that functioneel beheer hands to a user (a new account created from the CLI,
 * or a reset): random, ~103 bits, easy to read aloud, and valid only until the user's first login,
 * when they must choose their own (ASVS V6.4.1–V6.4.3).
 */
import { randomInt } from 'node:crypto';

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function generateTemporaryPassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 5; g++) {
    let group = '';
    for (let i = 0; i < 4; i++) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}
