/**
 * The people who may decide on an item of a disclosure request (rules/decider.ts, Art. 9.2, 10.1),
 * as user ids to notify: for a party's item, that party's people with a role in the case and the
 * professional who provided it; for a house note, the assigned procesregisseurs. notify() skips
 * users who are no longer active.
 */
import type { LoadedCase } from '../../cases/state.js';
import type { DisclosureItem } from './load.js';

export function decidersOf(c: LoadedCase, d: DisclosureItem): string[] {
  if (d.item.provider_kind === 'house') return [...c.procesregisseurIds];
  const party = d.link.controller_party_id;
  const ids = [d.item.provided_by_user_id];
  if (c.row.registering_party_id === party) ids.push(c.row.registering_user_id);
  if (c.coordinator?.partyId === party) ids.push(c.coordinator.userId);
  for (const x of c.participants) if (x.partyId === party) ids.push(x.userId);
  return [...new Set(ids)];
}
