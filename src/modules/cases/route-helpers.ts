/**
 * What the case routes share: the caller's principal and the 404 gate (domain.md §4: a case the
 * caller has no role in does not exist for them), applied before If-Match or the body are looked at.
 */
import type { FastifyRequest } from 'fastify';
import type { Principal } from '../../platform/auth/principal.js';
import { ProblemError } from '../../platform/http/problem.js';
import type { CaseContext } from './context.js';
import { notFoundProblem, requireAccess } from './policy.js';
import { loadCase } from './state.js';

export const tags = ['casussen'];

export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new ProblemError('unauthenticated', 'Log in om dit te doen.');
  return request.principal;
}

/** Loads the case and applies the 404 gate before anything else is looked at. */
export async function visibleCase(
  ctx: CaseContext,
  p: Principal,
  id: string,
  action: Parameters<typeof requireAccess>[2],
) {
  const loaded = await loadCase(ctx.db, id);
  if (!loaded) throw notFoundProblem();
  requireAccess(p, loaded, action);
  return loaded;
}
