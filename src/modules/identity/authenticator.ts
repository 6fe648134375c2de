/**
 * Turns the session cookie into a principal on every request. Roles, user status and the party's
 * status are read fresh each time, so disabling a user, removing a role or excluding a party
 * (Art. 23.2) takes effect on the very next request.
 */
import type { FastifyRequest } from 'fastify';
import type { Authenticator, RequestAuth, Role } from '../../platform/auth/principal.js';
import type { Settings } from '../../platform/config/env.js';
import type { Db } from '../../platform/db/database.js';
import { type CookiePolicy, readSessionCookie } from './cookies.js';
import { findLiveSession, touchSession } from './session-store.js';

const none: RequestAuth = { principal: null, session: null };

export async function loadActiveUser(db: Db, userId: string) {
  const user = await db.kysely
    .selectFrom('users')
    .leftJoin('parties', 'parties.id', 'users.party_id')
    .select([
      'users.id',
      'users.party_id',
      'users.status',
      'users.password_change_required',
      'parties.status as party_status',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirst();
  if (user?.status !== 'active') return undefined;
  if (user.party_id !== null && user.party_status !== 'active') return undefined;
  const roles = await db.kysely
    .selectFrom('user_roles')
    .select('role')
    .where('user_id', '=', userId)
    .execute();
  return { ...user, roles: roles.map((r) => r.role as Role) };
}

export function sessionAuthenticator(db: Db, settings: Settings, cookies: CookiePolicy): Authenticator {
  return async (request: FastifyRequest) => {
    const token = readSessionCookie(request, cookies);
    if (!token) return none;
    const session = await findLiveSession(db.kysely, settings, token);
    if (!session) return none;
    const user = await loadActiveUser(db, session.user_id);
    if (!user) return none;
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
