/**
 * Turns the session cookie into a principal on every request. Roles, user status and the party's
 * status are read fresh each time, so disabling a user, removing a role or excluding a party
 * (Art. 23.2) takes effect on the very next request.
 */
import type { FastifyRequest } from 'fastify';
import type { Authenticator, RequestAuth, Role } from '../../platform/auth/principal.js';
import type { Settings } from '../../platform/config/env.js';
import type { Db } from '../../platform/db/database.js';
import { type Params, preparedQuery } from '../../platform/db/prepared-query.js';
import { type CookiePolicy, readSessionCookie } from './cookies.js';
import { hashToken } from './rules/tokens.js';
import { isLive, touchSession } from './session-store.js';

const none: RequestAuth = { principal: null, session: null };

/**
 * The session of a token with its user, the user's party status and roles, in one statement (one
 * row per role): every authenticated request starts here (the case benchmark, docs/benchmarks.md).
 */
const sessionWithUserQuery = preparedQuery((db, p: Params<{ tokenHash: string }>) =>
  db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('parties as pa', 'pa.id', 'u.party_id')
    .leftJoin('user_roles as r', 'r.user_id', 'u.id')
    .selectAll('s')
    .select([
      'u.party_id',
      'u.status as user_status',
      'u.password_change_required',
      'pa.status as party_status',
      'r.role',
    ])
    .where('s.token_hash', '=', p.tokenHash),
);

/** The live session of a token and its active user, or undefined (see findLiveSession's rules). */
export async function loadSessionAndUser(db: Db, settings: Settings, token: string, now = new Date()) {
  const rows = await sessionWithUserQuery(db.kysely, { tokenHash: hashToken(token) });
  const first = rows[0];
  if (!first || !isLive(first, settings, now)) return undefined;
  const { party_id, user_status, password_change_required, party_status, role: _role, ...session } = first;
  if (user_status !== 'active') return undefined;
  // Art. 23.2: an excluded or withdrawn party's users lose access at once.
  if (party_id !== null && party_status !== 'active') return undefined;
  const roles = rows.flatMap((r) => (r.role === null ? [] : [r.role as Role]));
  return { session, user: { id: session.user_id, party_id, password_change_required, roles } };
}

export function sessionAuthenticator(db: Db, settings: Settings, cookies: CookiePolicy): Authenticator {
  return async (request: FastifyRequest) => {
    const token = readSessionCookie(request, cookies);
    if (!token) return none;
    const found = await loadSessionAndUser(db, settings, token);
    if (!found) return none;
    const { session, user } = found;
    await touchSession(db.kysely, session);
    const info = { id: session.id, csrfToken: session.csrf_token, stage: session.stage, userId: user.id };
    if (session.stage !== 'complete') return { principal: null, session: info };
    const principal = { userId: user.id, partyId: user.party_id, roles: user.roles, sessionId: session.id };
    if (user.password_change_required === 1) {
      // ASVS V6.4: a temporary password set by beheer is replaced before anything else.
      return {
        principal,
        session: info,
        restrictedTo: { path: '/api/v1/me/password', detail: 'Kies eerst een eigen wachtwoord.' },
      };
    }
    return { principal, session: info };
  };
}
