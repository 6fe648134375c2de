/**
 * Which parts of the case flow a user's roles open up, for the menu and the dashboard. The server
 * decides every action (permissions in its answers); these only keep the UI from offering what it
 * would refuse anyway.
 */
import type { Role } from '../../auth/roles';

/** Art. 1.7: a professional of a party registers a case. */
export const mayRegister = (roles: readonly Role[], partyId: string | null): boolean =>
  roles.includes('professional') && partyId !== null;

/** Art. 12.2a: procesregisseurs assess registrations. */
export const mayAssess = (roles: readonly Role[]): boolean => roles.includes('procesregisseur');

/** Roles that have a case list of their own (registrations and assessment) so far. */
export const hasCaseWork = (roles: readonly Role[], partyId: string | null): boolean =>
  mayRegister(roles, partyId) || mayAssess(roles);
