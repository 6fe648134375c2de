/**
 * Who is calling. The identity module turns a session cookie into a principal; platform code only
 * knows this shape. A request without a complete, valid session has no principal.
 */
import type { FastifyRequest } from 'fastify';

export const houseRoles = [
  'manager',
  'procesregisseur',
  'informatiecentrum',
  'secretaris',
  'functioneel_beheer',
  'privacy_officer',
] as const;
export const partyRoles = ['professional'] as const;
export const allRoles = [...houseRoles, ...partyRoles] as const;
export type HouseRole = (typeof houseRoles)[number];
export type Role = (typeof allRoles)[number];

export interface Principal {
  userId: string;
  /** The party the user works for; null for the house's own staff. */
  partyId: string | null;
  roles: readonly Role[];
  sessionId: string;
}

export interface SessionInfo {
  id: string;
  csrfToken: string;
  stage: 'mfa' | 'enrol' | 'complete';
  userId: string;
}

export interface RequestAuth {
  principal: Principal | null;
  /** Any live session, complete or still at the second factor. */
  session: SessionInfo | null;
  /** A signed-in user who must first do one thing (e.g. replace a temporary password). */
  restrictedTo?: { path: string; detail: string };
}

export type Authenticator = (request: FastifyRequest) => Promise<RequestAuth> | RequestAuth;

/** The authenticator used when none is configured: nobody is authenticated. */
export const nobody: Authenticator = () => ({ principal: null, session: null });

/**
 * How a route may be reached. Every /api route must declare one; a route without it is refused at
 * start-up. `public` is for what anyone may read or do before login; `authenticated` needs a
 * principal, and then a policy decision in the handler.
 */
export type Access = 'public' | 'authenticated';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    principal: Principal | null;
    auth: RequestAuth;
  }
}
