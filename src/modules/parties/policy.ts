/** Who may do what with a party record. Deny by default; functioneel beheer maintains parties. */
import { hasRole, type Policy } from '../../platform/auth/policy.js';

export type PartyAction = 'update';

export const partyPolicy: Policy<PartyAction, unknown> = (principal, action) =>
  action === 'update' && hasRole(principal, 'functioneel_beheer');
