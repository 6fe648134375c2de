/**
 * Helpers for the second factor: what a typed code looks like, how the set-up secret is shown,
 * and the QR code as an image URL.
 */

export type CodeKind = 'totp' | 'recovery';

/**
 * Cleans up a typed code: spaces and dashes removed from authenticator codes ("123 456"), and
 * recovery codes lower-cased with their dashes restored when they were typed without.
 */
export function normaliseCode(kind: CodeKind, raw: string): string {
  const compact = raw.replace(/\s+/g, '');
  if (kind === 'totp') return compact.replace(/-/g, '');
  const lower = compact.toLowerCase();
  if (/^[a-z0-9]{12}$/.test(lower)) return `${lower.slice(0, 4)}-${lower.slice(4, 8)}-${lower.slice(8)}`;
  return lower;
}

/** Whether a normalised code can be sent at all (the server decides whether it is right). */
export function isWellFormedCode(kind: CodeKind, code: string): boolean {
  if (kind === 'totp') return /^\d{6}$/.test(code);
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(code) && code.length >= 8 && code.length <= 64;
}

/** A base32 secret in groups of four, for typing it over into an authenticator app. */
export function groupSecret(secret: string): string {
  const clean = secret.replace(/[\s=]+/g, '').toUpperCase();
  return clean.match(/.{1,4}/g)?.join(' ') ?? '';
}

/** SVG markup as a data: URL for an <img> (the CSP allows img-src data:; scripts in it never run). */
export function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}
