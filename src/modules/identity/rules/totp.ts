/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 6 digits, 30 s step) for the second factor.
 * ASVS 5.0 V6.5.1 (a code is usable once: steps at or before the last used one are refused), V6.5.3
 * (seed from a CSPRNG), V6.5.5 (30 s lifetime; one step of clock drift either way is tolerated).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import QRCode from 'qrcode';

export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;
/** Steps of clock drift accepted on either side of the current one. */
export const TOTP_DRIFT_STEPS = 1;
/** RFC 4226 §4 R6: the shared secret is at least 128 bits; generateTotpSecret makes 160 (its recommendation). */
const MIN_SECRET_BYTES = 16;
const SECRET_BYTES = 20;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32, upper case, without '=' padding. */
export function base32Encode(data: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of data) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >>> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * Decodes RFC 4648 base32 (case-insensitive, trailing '=' padding optional). Throws on characters
 * outside the alphabet, an impossible length or non-zero left-over bits, so a corrupt secret never
 * silently becomes a different one.
 */
export function base32Decode(input: string): Buffer {
  const clean = input.toUpperCase().replace(/=+$/, '');
  if (![0, 2, 4, 5, 7].includes(clean.length % 8)) throw new Error('ongeldige base32: onmogelijke lengte');
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of clean) {
    const value = ALPHABET.indexOf(ch);
    if (value < 0) throw new Error('ongeldige base32: teken buiten het alfabet');
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >>> bits) & 0xff);
    }
    buffer &= (1 << bits) - 1;
  }
  if (buffer !== 0) throw new Error('ongeldige base32: overgebleven bits zijn niet nul');
  return Buffer.from(out);
}

/** A new secret: 20 random bytes (160 bits), base32 without padding. */
export function generateTotpSecret(): string {
  return base32Encode(randomBytes(SECRET_BYTES));
}

/** The time step for a moment: whole 30-second periods since the Unix epoch. */
export function currentStep(nowMs: number): number {
  return Math.floor(nowMs / 1000 / TOTP_PERIOD_SECONDS);
}

function secretKey(secretBase32: string): Buffer {
  const key = base32Decode(secretBase32);
  if (key.length < MIN_SECRET_BYTES) throw new Error('TOTP-geheim is korter dan 128 bits');
  return key;
}

function codeFor(key: Buffer, step: number): string {
  if (!Number.isSafeInteger(step) || step < 0) throw new RangeError(`ongeldige TOTP-stap: ${step}`);
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', key).update(counter).digest();
  // RFC 4226 §5.3 dynamic truncation.
  const offset = (mac[mac.length - 1] as number) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** TOTP_DIGITS).padStart(TOTP_DIGITS, '0');
}

/** The 6-digit code for a secret at a time step. Throws when the secret is not valid base32 of 128+ bits. */
export function totpCode(secretBase32: string, step: number): string {
  return codeFor(secretKey(secretBase32), step);
}

export type TotpVerification = { ok: true; step: number } | { ok: false };

/**
 * Checks a typed code against the current step and one step either side, comparing in constant time.
 * Refuses codes that are not exactly 6 digits (spaces are ignored) and every step at or before
 * `lastUsedStep`, so a code cannot be replayed. On success the caller must store the returned step.
 * Throws when the stored secret itself is malformed: that is a server fault, never a user's.
 */
export function verifyTotp(
  secretBase32: string,
  code: string,
  nowMs: number,
  lastUsedStep: number | null,
): TotpVerification {
  const key = secretKey(secretBase32);
  const typed = code.replace(/\s+/g, '');
  if (!/^[0-9]{6}$/.test(typed)) return { ok: false };
  const given = Buffer.from(typed, 'ascii');
  const now = currentStep(nowMs);
  let matched: number | null = null;
  for (let step = now - TOTP_DRIFT_STEPS; step <= now + TOTP_DRIFT_STEPS; step++) {
    if (step < 0 || (lastUsedStep !== null && step <= lastUsedStep)) continue;
    const expected = Buffer.from(codeFor(key, step), 'ascii');
    // No early exit: every candidate step is computed and compared.
    if (timingSafeEqual(expected, given) && matched === null) matched = step;
  }
  return matched === null ? { ok: false } : { ok: true, step: matched };
}

export interface OtpauthParams {
  secret: string;
  accountName: string;
  issuer: string;
}

/**
 * The otpauth:// key URI an authenticator app reads from the QR code
 * (label "issuer:account", issuer repeated as parameter, SHA1, 6 digits, 30 s).
 * Issuer and account name may not contain a colon: apps would split the label there.
 */
export function otpauthUri({ secret, accountName, issuer }: OtpauthParams): string {
  if (issuer.includes(':') || accountName.includes(':')) {
    throw new Error('uitgever en accountnaam van een TOTP-sleutel mogen geen dubbele punt bevatten');
  }
  if (issuer.trim() === '' || accountName.trim() === '')
    throw new Error('uitgever en accountnaam zijn verplicht');
  const canonicalSecret = base32Encode(secretKey(secret));
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(accountName)}`;
  const params = [
    `secret=${canonicalSecret}`,
    `issuer=${encodeURIComponent(issuer)}`,
    'algorithm=SHA1',
    `digits=${TOTP_DIGITS}`,
    `period=${TOTP_PERIOD_SECONDS}`,
  ];
  return `otpauth://totp/${label}?${params.join('&')}`;
}

/** The key URI as an SVG QR code (error correction M, quiet zone of 2 modules). */
export function qrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
