/**
 * Who may do what with the house configuration. Reading the covenant's public facts is open;
 * changing them is functioneel beheer's task (domain.md §2). Deny by default.
 */
import { hasRole, type Policy } from '../../platform/auth/policy.js';

export type ConfigAction = 'update';

export const housePolicy: Policy<ConfigAction, unknown> = (principal, action) =>
  action === 'update' && hasRole(principal, 'functioneel_beheer');
