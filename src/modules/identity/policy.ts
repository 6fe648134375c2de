/**
 * Who may manage accounts: functioneel beheer (domain.md §2), and nobody else. Beheer manages
 * users and organisations but never reads case content; that separation lives in rules/roles.ts.
 */
import { hasRole, type Policy } from '../../platform/auth/policy.js';

export type UserAction = 'list' | 'create' | 'read' | 'update' | 'reset-totp';

export const userPolicy: Policy<UserAction, unknown> = (principal) =>
  hasRole(principal, 'functioneel_beheer');
