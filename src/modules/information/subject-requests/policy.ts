/**
 * Who sees and does what with data-subject requests (Wgs: one contact point for the joint
 * controllers; AVG Art. 26). The house's privacy officer (the contact point) registers requests,
 * sees all of them and extends deadlines (AVG Art. 12.3). A professional sees only the requests
 * routed to their own party, and only that party's part, and decides for their party's data
 * (Art. 15.1, 16.2: each party remains controller of what it provided). Everyone else: 404.
 */
import type { Principal } from '../../../platform/auth/principal.js';
import { ProblemError } from '../../../platform/http/problem.js';

export type SubjectScope = { kind: 'contact-point' } | { kind: 'party'; partyId: string };

export function subjectScopeOf(p: Principal | null): SubjectScope | null {
  if (!p) return null;
  if (p.roles.includes('privacy_officer') && p.partyId === null) return { kind: 'contact-point' };
  if (p.roles.includes('professional') && p.partyId !== null) return { kind: 'party', partyId: p.partyId };
  return null;
}

export const notFound = () =>
  new ProblemError('not-found', 'De gevraagde bron bestaat niet of u heeft er geen toegang toe.');

/** The scope, or 404 for callers who have nothing to do with data-subject requests. */
export function requireScope(p: Principal | null): SubjectScope {
  const scope = subjectScopeOf(p);
  if (!scope) throw notFound();
  return scope;
}

/** Registering and extending: the contact point only (404 for those without a scope). */
export function requireContactPoint(p: Principal | null): void {
  const scope = requireScope(p);
  if (scope.kind !== 'contact-point')
    throw new ProblemError('forbidden', 'alleen het centrale aanspreekpunt (privacy officer) doet dit (Wgs)');
}

/** Deciding for a party's data: a professional of that party (Art. 15.1); the contact point may not. */
export function checkDecide(scope: SubjectScope, partyId: string): ProblemError | null {
  if (scope.kind === 'party' && scope.partyId === partyId) return null;
  return new ProblemError(
    'forbidden',
    'alleen de verwerkingsverantwoordelijke partij beslist over haar eigen gegevens (Art. 15.1, 16.2)',
  );
}
