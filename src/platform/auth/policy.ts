/**
 * The shape of authorization: one policy per resource, `can(principal, action, resource)`, deny
 * by default. Handlers call `authorize`, which turns a refusal into 404 when the caller may not
 * even know the resource exists, and 403 when they may see it but not do this to it.
 */
import { ProblemError } from '../http/problem.js';
import type { Principal, Role } from './principal.js';

export type Policy<Action extends string, Resource> = (
  principal: Principal | null,
  action: Action,
  resource: Resource,
) => boolean;

export function hasRole(principal: Principal | null, ...roles: Role[]): boolean {
  return principal?.roles.some((r) => roles.includes(r)) ?? false;
}

export function authorize<Action extends string, Resource>(
  policy: Policy<Action, Resource>,
  principal: Principal | null,
  action: Action,
  resource: Resource,
  { visible }: { visible: boolean },
): void {
  if (policy(principal, action, resource)) return;
  if (principal === null) throw new ProblemError('unauthenticated', 'Log in om dit te doen.');
  if (!visible)
    throw new ProblemError('not-found', 'De gevraagde bron bestaat niet of u heeft er geen toegang toe.');
  throw new ProblemError('forbidden', 'U mag deze handeling niet uitvoeren.');
}

/** The actions the caller may take on a resource, for the UI to hide what the server would refuse. */
export function permissionsOf<Action extends string, Resource>(
  policy: Policy<Action, Resource>,
  principal: Principal | null,
  actions: readonly Action[],
  resource: Resource,
): Action[] {
  return actions.filter((a) => policy(principal, a, resource));
}
