/**
 * Which issuer URLs Ketenhuis talks to. Production: https only (ASVS V12.3.1). Plain http is
 * accepted for a loopback issuer in demo mode only — a local test provider — and never otherwise.
 * Discovery documents must be found by issuer, so openid-client always checks the issuer they name.
 */
import type { Settings } from '../../../platform/config/env.js';

const LOOPBACK = new Set(['localhost', '127.0.0.1']);

/** True when the issuer is a plain-http loopback URL that this mode may use. */
export function allowsInsecureIssuer(settings: Pick<Settings, 'KETENHUIS_MODE'>, issuer: URL): boolean {
  return settings.KETENHUIS_MODE === 'demo' && issuer.protocol === 'http:' && LOOPBACK.has(issuer.hostname);
}

/** Why this issuer URL is refused, or null when it may be used. */
export function issuerProblem(settings: Pick<Settings, 'KETENHUIS_MODE'>, raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'geen geldige URL';
  }
  if (url.username || url.password || url.search || url.hash)
    return 'zonder gebruikersnaam, wachtwoord, query of fragment';
  // A URL to the discovery document itself would skip openid-client's issuer check (ASVS V10.5.3).
  if (url.pathname.includes('/.well-known/')) return 'de issuer zelf, niet het discovery-document';
  if (url.protocol === 'https:') return null;
  if (allowsInsecureIssuer(settings, url)) return null;
  return 'moet https gebruiken';
}
