/**
 * The authorization matrix: for every operation in the OpenAPI document, what each kind of caller
 * gets. `ok` is any 2xx; a number is the exact status; a string is the problem code expected.
 * `public` marks operations anyone may call (login, reading the covenant's public facts).
 * A new operation without an entry here fails the matrix test.
 */
import type { As } from '../support/app.js';

export type Outcome = 'ok' | 401 | 403 | 404 | 'reauth-required' | 'conflict';

export type Expectation = 'public' | (Partial<Record<As, Outcome>> & { default?: Outcome });

/** Shorthands. */
const onlyBeheer404: Expectation = { anonymous: 401, beheer: 'ok', default: 404 };
const onlyBeheer403: Expectation = { anonymous: 401, beheer: 'ok', default: 403 };
const anySignedIn: Expectation = { anonymous: 401, default: 'ok' };
/** The processing log: the privacy officer reads all of it, a professional their own party's part. */
const logReaders: Expectation = { anonymous: 401, privacy: 'ok', professional: 'ok', default: 404 };

export const matrix: Record<string, Expectation> = {
  // House configuration (issue 2): the house's name and colours are public (the login page shows
  // them); the rest is for signed-in users; functioneel beheer edits.
  'GET /house': 'public',
  'PATCH /house': onlyBeheer403,
  'GET /bodies': anySignedIn,
  'GET /privacy-protocols': anySignedIn,
  'GET /privacy-protocols/{id}': anySignedIn,
  'PATCH /privacy-protocols/{id}': onlyBeheer403,
  'GET /processing-activities': anySignedIn,
  'GET /parties': anySignedIn,
  'GET /parties/{id}': anySignedIn,
  'PATCH /parties/{id}': onlyBeheer403,
  // Sessions (issue 3).
  'GET /session': 'public',
  'POST /session': 'public',
  'POST /session/totp': 'public',
  'DELETE /session': 'public',
  'POST /session/reauth': anySignedIn,
  'POST /me/totp': { anonymous: 401, default: 'reauth-required' },
  'POST /me/totp/confirm': { anonymous: 401, default: 'conflict' },
  'POST /me/password': { anonymous: 401, default: 401 },
  'GET /me/sessions': anySignedIn,
  'DELETE /me/sessions/{id}': anySignedIn,
  'POST /me/sessions/revoke-all': anySignedIn,
  // Account administration: invisible to all but functioneel beheer.
  'GET /users': onlyBeheer404,
  'POST /users': onlyBeheer404,
  'GET /users/{id}': onlyBeheer404,
  'PATCH /users/{id}': onlyBeheer404,
  'POST /users/{id}/reset-totp': { anonymous: 401, beheer: 'reauth-required', default: 404 },
  'POST /users/{id}/revoke-sessions': onlyBeheer404,
  'POST /users/{id}/reset-password': { anonymous: 401, beheer: 'reauth-required', default: 404 },
  'GET /users/{id}/memberships': onlyBeheer404,
  'PUT /users/{id}/memberships': onlyBeheer404,
  // Single sign-on: providers are account administration; the login page's list, the start of a
  // login and the callback are public (the last two redirect).
  'GET /sso-providers': onlyBeheer404,
  'POST /sso-providers': onlyBeheer404,
  'GET /sso-providers/{id}': onlyBeheer404,
  'PATCH /sso-providers/{id}': onlyBeheer404,
  'GET /sso/providers': 'public',
  'GET /sso/providers/{id}/login': 'public',
  'GET /sso/callback': 'public',
  // Processing log (issue 4).
  'GET /processing-log': logReaders,
  'POST /processing-log/search': logReaders,
  'GET /processing-log/export': logReaders,
  // Cases (issue 5: registration and assessment). The matrix's professional (politie) is the
  // registering user of every case it addresses; the procesregisseur is the assigned one, except
  // for take-over, where another procesregisseur holds the case. No role in the case → 404.
  'POST /cases': { anonymous: 401, professional: 'ok', default: 403 },
  'GET /cases': anySignedIn,
  'GET /cases/{id}': { anonymous: 401, professional: 'ok', procesregisseur: 'ok', default: 404 },
  'PATCH /cases/{id}': { anonymous: 401, professional: 'ok', default: 404 },
  'POST /cases/{id}/submit': { anonymous: 401, professional: 'ok', default: 404 },
  'POST /cases/{id}/pick-up': { anonymous: 401, professional: 403, procesregisseur: 'ok', default: 404 },
  'POST /cases/{id}/accept': { anonymous: 401, professional: 403, procesregisseur: 'ok', default: 404 },
  'POST /cases/{id}/reject': { anonymous: 401, professional: 403, procesregisseur: 'ok', default: 404 },
  'POST /cases/{id}/withdraw': { anonymous: 401, professional: 'ok', procesregisseur: 403, default: 404 },
  'POST /cases/{id}/take-over': { anonymous: 401, professional: 403, procesregisseur: 'ok', default: 404 },
  'POST /cases/{id}/questions': { anonymous: 401, professional: 'ok', procesregisseur: 'ok', default: 404 },
};

export function expected(e: Exclude<Expectation, 'public'>, as: As): Outcome {
  const outcome = e[as] ?? e.default;
  if (outcome === undefined) throw new Error(`no expectation for ${as}`);
  return outcome;
}
