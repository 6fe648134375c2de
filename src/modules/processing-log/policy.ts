/**
 * Who may read the processing log, and which part of it. The house's privacy officer sees all of
 * it. A professional sees the entries of processing done by their own party; once information
 * items exist this widens to "and processing of data their party provided". Everyone else: 404.
 */
import { hasRole, type Policy } from '../../platform/auth/policy.js';
import type { Principal } from '../../platform/auth/principal.js';

export type LogAction = 'search' | 'export';

export type LogScope = { kind: 'all' } | { kind: 'party'; partyId: string };

export function logScopeOf(principal: Principal | null): LogScope | null {
  if (!principal) return null;
  if (hasRole(principal, 'privacy_officer') && principal.partyId === null) return { kind: 'all' };
  if (hasRole(principal, 'professional') && principal.partyId !== null)
    return { kind: 'party', partyId: principal.partyId };
  return null;
}

export const processingLogPolicy: Policy<LogAction, unknown> = (principal) => logScopeOf(principal) !== null;
