/**
 * Where to go after logging in. The `next` parameter comes from the address bar, so anybody can
 * craft it: only same-site relative paths inside the app are followed (no scheme, no host, no
 * protocol-relative `//`, no backslashes, no control characters); anything else means "/".
 */
export const LOGIN_PATH = '/inloggen';
export const TOTP_PATH = '/inloggen/code';
export const ENROL_PATH = '/inloggen/instellen';
/** Choosing a new password: required after a temporary one, and voluntary from the profile. */
export const PASSWORD_PATH = '/wachtwoord-wijzigen';

const MAX_NEXT_LENGTH = 2048;
const BASE = 'https://ketenhuis.invalid';

/** A safe in-app path to continue to, or "/" when `raw` is missing or not acceptable. */
export function safeNext(raw: string | null | undefined): string {
  if (!raw || raw.length > MAX_NEXT_LENGTH) return '/';
  if (!raw.startsWith('/') || raw.startsWith('//')) return '/';
  // Backslashes are read as slashes by browsers ("/\evil.example"); control characters and
  // whitespace can be stripped by URL parsers and hide a second slash.
  if (/[\\\s\p{Cc}]/u.test(raw)) return '/';
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return '/';
  }
  if (url.origin !== BASE) return '/';
  const path = `${url.pathname}${url.search}${url.hash}`;
  // The login flow itself and the API are never a destination.
  if (path === LOGIN_PATH || path.startsWith(`${LOGIN_PATH}/`) || path.startsWith(`${LOGIN_PATH}?`))
    return '/';
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return '/';
  return path;
}

/** A path in the login flow with the destination attached (left out when it is the home page). */
export function withNext(path: string, next: string): string {
  const safe = safeNext(next);
  return safe === '/' ? path : `${path}?${new URLSearchParams({ next: safe })}`;
}

/** The login page for somebody who wanted to see `location`. */
export function loginPathFor(location: { pathname: string; search: string; hash: string }): string {
  return withNext(LOGIN_PATH, `${location.pathname}${location.search}${location.hash}`);
}

export type Stage = 'mfa' | 'enrol' | 'complete';

/**
 * Where a session in this stage continues: the second factor, its set-up, a new password (when
 * the current one is temporary), or the destination.
 */
export function pathForStage(stage: Stage, next: string, passwordChangeRequired = false): string {
  switch (stage) {
    case 'mfa':
      return withNext(TOTP_PATH, next);
    case 'enrol':
      return withNext(ENROL_PATH, next);
    case 'complete':
      return passwordChangeRequired ? withNext(PASSWORD_PATH, next) : safeNext(next);
  }
}

/** Where to continue after choosing a new password: `next`, unless that is the same page again. */
export function afterPasswordChange(next: string): string {
  const safe = safeNext(next);
  return new URL(safe, BASE).pathname === PASSWORD_PATH ? '/' : safe;
}
