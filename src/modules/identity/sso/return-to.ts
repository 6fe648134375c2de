/**
 * Where the browser goes after a single sign-on login: a path on this site only (no open redirect,
 * ASVS V3.7.2). Anything else — another origin, `//host`, backslashes, control characters —
 * becomes '/'.
 */
const MAX = 500;
const BASE = 'https://ketenhuis.invalid';

export function safeReturnTo(raw: string | undefined | null): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX) return '/';
  // One leading slash, then no slash or backslash: '//evil' and '/\evil' are other hosts to browsers.
  if (!/^\/(?![/\\])/.test(raw) || /[\\\s\p{Cc}]/u.test(raw)) return '/';
  try {
    const url = new URL(raw, BASE);
    if (url.origin !== BASE) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}
