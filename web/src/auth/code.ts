/**
 * Helpers for the second factor: what a typed code looks like, how the set-up secret is shown,
 * and the QR code as an image URL.
 */

export type CodeKind = 'totp' | 'recovery';

/**
 * Cleans up a typed code: spaces and dashes removed from authenticator codes ("123 456");
 * recovery codes lower-cased, spaces removed and typographic dashes made plain (the server ignores
 * dashes and case, so "ABCD EFGH" and "abcd-efgh" are the same code).
 */
export function normaliseCode(kind: CodeKind, raw: string): string {
  const compact = raw
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
  if (kind === 'totp') return compact.replace(/-/g, '');
  return compact.toLowerCase();
}

/** Whether a normalised code can be sent at all (the server decides whether it is right). */
export function isWellFormedCode(kind: CodeKind, code: string): boolean {
  if (kind === 'totp') return /^\d{6}$/.test(code);
  return /^[a-z0-9]+(-+[a-z0-9]+)*$/.test(code) && code.length >= 8 && code.length <= 32;
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
