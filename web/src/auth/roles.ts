/**
 * The roles of Ketenhuis and which organisation may hold them: the house roles only for staff of
 * the house itself, `professional` only for people working at one of the parties. The server
 * enforces this; the UI follows it so that forms offer only what the server would accept.
 */
import { oneOf } from '../api/client';

export const HOUSE_ROLES = [
  'manager',
  'procesregisseur',
  'informatiecentrum',
  'secretaris',
  'functioneel_beheer',
  'privacy_officer',
] as const;
export const PARTY_ROLES = ['professional'] as const;
export const ROLES = [...HOUSE_ROLES, ...PARTY_ROLES] as const;

export type Role = (typeof ROLES)[number];

export const ORGANISATION_KINDS = ['house', 'party'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const isRole = oneOf(ROLES);
export const isOrganisationKind = oneOf(ORGANISATION_KINDS);

/** The roles a user of this kind of organisation may hold, in display order. */
export function rolesFor(kind: OrganisationKind): readonly Role[] {
  return kind === 'house' ? HOUSE_ROLES : PARTY_ROLES;
}

/** Keeps only the roles allowed for the kind of organisation (after the organisation changed). */
export function allowedRoles(kind: OrganisationKind, roles: readonly Role[]): Role[] {
  const allowed = rolesFor(kind);
  return roles.filter((role) => allowed.includes(role));
}

/** Known roles from a server list, in the canonical order; unknown (newer) roles are skipped. */
export function knownRoles(values: readonly string[]): Role[] {
  return ROLES.filter((role) => values.includes(role));
}

/** Roles that read case content; functioneel beheer is never combined with them (separation of duties). */
export const CASE_READERS: readonly Role[] = [
  'manager',
  'procesregisseur',
  'informatiecentrum',
  'professional',
];

/** The case-reading roles that clash with functioneel beheer in this set (empty when it is fine). */
export function separationOfDutiesConflicts(roles: readonly Role[]): Role[] {
  return roles.includes('functioneel_beheer') ? roles.filter((role) => CASE_READERS.includes(role)) : [];
}
