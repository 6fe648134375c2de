/**
 * The party form without React: checking the name the way the server does (2–200 characters after
 * trimming) and the PATCH body with only what changed.
 */
import type { PartyChanges, PartyDetail, PartyDomain } from '../../api/parties';

export const NAME_LIMITS = [2, 200] as const;

export interface PartyFormValues {
  name: string;
  domain: PartyDomain;
}

export type PartyNameProblem = 'required' | 'length' | null;

export function partyNameProblem(name: string): PartyNameProblem {
  const trimmed = name.trim();
  if (trimmed === '') return 'required';
  if (trimmed.length < NAME_LIMITS[0] || trimmed.length > NAME_LIMITS[1]) return 'length';
  return null;
}

export function partyChanges(
  party: Pick<PartyDetail, 'name' | 'domain'>,
  values: PartyFormValues,
): PartyChanges {
  const changes: PartyChanges = {};
  const name = values.name.trim();
  if (name !== party.name) changes.name = name;
  if (values.domain !== party.domain) changes.domain = values.domain;
  return changes;
}
