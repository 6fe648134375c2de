/**
 * Which passwords a user may choose, after NIST SP 800-63B and OWASP ASVS 5.0 V6.2: length 12–128
 * (stricter than V6.2.1's 8; V6.2.9 needs 64 to be allowed), no composition rules (V6.2.5), refused when on
 * the common-passwords list (V6.2.4), when it contains the user's own name or email (V6.2.11), or when repetitive.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
/** Personal words shorter than this are too common inside unrelated passwords to refuse on. */
const PERSONAL_MIN_LENGTH = 4;

export type PasswordProblem = 'too-short' | 'too-long' | 'common' | 'contains-personal' | 'repetitive';

export interface PasswordContext {
  email?: string | undefined;
  displayName?: string | undefined;
}

export type PasswordCheck = { ok: true } | { ok: false; reasons: PasswordProblem[] };

/**
 * Checks a new password. Lengths count Unicode code points after NFKC normalisation, the same form
 * password-hash.ts hashes. Spaces and every printable character are allowed.
 */
export function checkPassword(password: string, context: PasswordContext): PasswordCheck {
  const normalised = password.normalize('NFKC');
  const length = codePoints(normalised).length;
  const lower = normalised.toLowerCase();
  const reasons: PasswordProblem[] = [];
  if (length < PASSWORD_MIN_LENGTH) reasons.push('too-short');
  if (length > PASSWORD_MAX_LENGTH) reasons.push('too-long');
  if (isCommon(lower)) reasons.push('common');
  if (containsPersonal(lower, context)) reasons.push('contains-personal');
  if (isRepetitive(lower)) reasons.push('repetitive');
  return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}

function codePoints(s: string): string[] {
  return Array.from(s);
}

// --- common passwords -------------------------------------------------------------------------

let commonPasswords: ReadonlySet<string> | undefined;

/** The package root: the nearest directory above this module that contains package.json (src/ and dist/ alike). */
function packageRoot(): string {
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; ) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`geen package.json gevonden boven ${start}`);
    dir = parent;
  }
}

export function commonPasswordsPath(): string {
  return join(packageRoot(), 'config', 'common-passwords.txt');
}

/** config/common-passwords.txt, read once on first use; `#` lines are comments. */
export function commonPasswordList(): ReadonlySet<string> {
  if (!commonPasswords) {
    const entries = readFileSync(commonPasswordsPath(), 'utf8')
      .split(/\r?\n/)
      .map((line) => line.trim().normalize('NFKC').toLowerCase())
      .filter((line) => line !== '' && !line.startsWith('#'));
    commonPasswords = new Set(entries);
  }
  return commonPasswords;
}

/** Trailing digits, punctuation, symbols and spaces: "welkom2024!" → "welkom". */
const TRAILING_DECORATION = /[\p{N}\p{P}\p{S}\s]+$/u;
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};

function deLeet(s: string, one: 'i' | 'l'): string {
  return s.replace(/[013457@$!]/g, (c) => (c === '1' ? one : (LEET[c] ?? c)));
}

/**
 * The forms a password is looked up in: as typed, without spaces, without trailing decoration, de-leeted,
 * and the unit of a password that is one word typed several times ("Welkom2024!Welkom2024!").
 */
function commonCandidates(lower: string): Set<string> {
  const candidates = new Set<string>();
  const bases = new Set<string>();
  for (const base of [lower, lower.replace(/\s+/g, '')]) {
    bases.add(base);
    const unit = repeatedUnit(codePoints(base));
    if (unit) bases.add(unit.join(''));
  }
  for (const base of bases) {
    const stripped = base.replace(TRAILING_DECORATION, '');
    for (const form of [base, stripped]) {
      if (form === '') continue;
      candidates.add(form);
      if (/\p{L}/u.test(form)) {
        for (const one of ['i', 'l'] as const) {
          const plain = deLeet(form, one);
          candidates.add(plain);
          const plainStripped = plain.replace(TRAILING_DECORATION, '');
          if (plainStripped !== '') candidates.add(plainStripped);
        }
      }
    }
  }
  return candidates;
}

function isCommon(lower: string): boolean {
  const list = commonPasswordList();
  for (const candidate of commonCandidates(lower)) if (list.has(candidate)) return true;
  return false;
}

// --- personal information ---------------------------------------------------------------------

/** The email local part and the parts of it and of the display name, each of 4+ characters, lower-cased. */
export function personalWords(context: PasswordContext): string[] {
  const words = new Set<string>();
  const consider = (w: string) => {
    const word = w.normalize('NFKC').toLowerCase().trim();
    if (codePoints(word).length >= PERSONAL_MIN_LENGTH) words.add(word);
  };
  const email = context.email?.trim() ?? '';
  const at = email.lastIndexOf('@');
  const local = at >= 0 ? email.slice(0, at) : email;
  if (local) {
    consider(local);
    for (const part of local.split(/[._+\-\s]+/)) consider(part);
  }
  for (const part of (context.displayName ?? '').split(/[\s\p{P}]+/u)) consider(part);
  return [...words];
}

function containsPersonal(lower: string, context: PasswordContext): boolean {
  const compact = lower.replace(/\s+/g, '');
  return personalWords(context).some((w) => lower.includes(w) || compact.includes(w.replace(/\s+/g, '')));
}

// --- repetition and sequences -----------------------------------------------------------------

function isRepetitive(lower: string): boolean {
  const chars = codePoints(lower);
  if (chars.length < 2) return false;
  const counts = new Map<string, number>();
  let most = 0;
  for (const c of chars) {
    const n = (counts.get(c) ?? 0) + 1;
    counts.set(c, n);
    if (n > most) most = n;
  }
  if (most * 2 > chars.length) return true;
  if (isSequence(chars) || repeatedUnit(chars)) return true;
  const compact = codePoints(lower.replace(/\s+/g, ''));
  return compact.length !== chars.length && repeatedUnit(compact) !== null;
}

/** 'abcdefghijkl', 'lkjihgfedcba', '123456789012' (digits wrap 9→0), 'xyzabc…' (letters wrap z→a). */
function isSequence(chars: string[]): boolean {
  if (chars.length < 3) return false;
  let direction = 0;
  for (let i = 1; i < chars.length; i++) {
    const step = stepBetween(chars[i - 1] as string, chars[i] as string);
    if (step === 0) return false;
    if (direction === 0) direction = step;
    else if (step !== direction) return false;
  }
  return true;
}

/** +1 or -1 when b directly follows or precedes a in its alphabet, else 0. */
function stepBetween(a: string, b: string): number {
  const x = a.codePointAt(0) ?? 0;
  const y = b.codePointAt(0) ?? 0;
  const digit = (c: number) => c >= 0x30 && c <= 0x39;
  const letter = (c: number) => c >= 0x61 && c <= 0x7a;
  if (digit(x) && digit(y)) return cyclicStep(x - 0x30, y - 0x30, 10);
  if (letter(x) && letter(y)) return cyclicStep(x - 0x61, y - 0x61, 26);
  if (digit(x) || digit(y) || letter(x) || letter(y)) return 0;
  return y - x === 1 ? 1 : y - x === -1 ? -1 : 0;
}

function cyclicStep(x: number, y: number, size: number): number {
  const d = (((y - x) % size) + size) % size;
  return d === 1 ? 1 : d === size - 1 ? -1 : 0;
}

/**
 * The shortest unit the whole password repeats, at least twice ('abcabcabcabc' → 'abc',
 * 'welkom2024!welkom2024!' → 'welkom2024!'), or null. Repeating a word adds next to nothing to it.
 */
function repeatedUnit(chars: string[]): string[] | null {
  for (let unit = 1; unit * 2 <= chars.length; unit++) {
    if (chars.length % unit !== 0) continue;
    if (chars.every((c, i) => c === chars[i % unit])) return chars.slice(0, unit);
  }
  return null;
}
