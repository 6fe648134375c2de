/**
 * Who is calling. The identity module (sessions, login, SSO) will produce principals; until it
 * lands no production resolver exists, so every route that needs one is refused (deny by default).
 */
import type { FastifyRequest } from 'fastify';

export const houseRoles = [
  'manager',
  'procesregisseur',
  'informatiecentrum',
  'secretaris',
  'functioneel_beheer',
] as const;
export const partyRoles = ['professional'] as const;
export type Role = (typeof houseRoles)[number] | (typeof partyRoles)[number];

export interface Principal {
  userId: string;
  organisationId: string;
  roles: readonly Role[];
}

export type PrincipalResolver = (request: FastifyRequest) => Promise<Principal | null> | Principal | null;

/** The resolver used when none is configured: nobody is authenticated. */
export const nobody: PrincipalResolver = () => null;

/**
 * How a route may be reached. Every /api route must declare one; a route without it is refused at
 * start-up. `public` is for what anyone may read (health, the covenant's public facts); everything
 * else needs a principal and then a policy decision in the handler.
 */
export type Access = 'public' | 'authenticated';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}
