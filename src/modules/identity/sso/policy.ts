/**
 * Who may manage single sign-on providers: functioneel beheer, and nobody else (domain.md §2).
 * A provider decides who can sign in and with which roles, so it is account administration.
 */
import { hasRole, type Policy } from '../../../platform/auth/policy.js';

export type SsoProviderAction = 'list' | 'create' | 'read' | 'update';

export const ssoProviderPolicy: Policy<SsoProviderAction, unknown> = (principal) =>
  hasRole(principal, 'functioneel_beheer');
