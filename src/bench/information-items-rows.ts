/**
 * Benchmark hook for issue 6 ("a case page with 200 items read by a participant", p99 < 25 ms at
 * 50 connections): the rows of `count` information items in one case, sealed exactly as
 * information/insert.ts seals them (same tables, columns and AAD): each item gets its own data key,
 * wrapped with the case key (`information_item_keys`, issue 6 §5), and its title and body are
 * sealed with that key. For a seeder to write in bulk, in the order given (a key before its item).
 * Providers rotate through the given parties; visibilities rotate so that a participant sees a
 * realistic share; every item concerns the given persons. The page itself is
 * GET /api/v1/cases/{id}/information-items: a fixed number of queries for any number of items.
 */
import { seal } from '../modules/cases/sealing.js';
import { providableRegimes } from '../modules/information/rules/regime.js';
import type { SpecialRegime } from '../platform/config/house-config.js';
import { newItemKey } from '../platform/crypto/item-keys.js';
import { newId } from '../platform/ids.js';

export type Row = Record<string, string | number | null>;
export type TableRows = [table: string, row: Row][];

export interface ItemSeed {
  caseId: string;
  /**
   * Provider parties with one of their users each (the provider is the controller, Art. 15.1), and
   * the special regimes (Wpg, Wjsg) the party may provide (Art. 15.2; absent: none).
   */
  providers: { partyId: string; userId: string; specialRegimes?: readonly SpecialRegime[] }[];
  personIds: string[];
  /** Parties named on the 'named-parties' items (e.g. the reading participant's party). */
  namedPartyIds: string[];
  count: number;
  createdAt: string;
}

const visibilities = [
  'all-participants',
  'all-participants',
  'named-parties',
  'procesregisseur-only',
] as const;

/** `caseKey`: the case's data key, which wraps each item's key. */
export function itemRows(caseKey: Buffer, s: ItemSeed): TableRows {
  const out: TableRows = [];
  for (let i = 0; i < s.count; i++) {
    const id = newId();
    const provider = s.providers[i % s.providers.length] as ItemSeed['providers'][number];
    const visibility = visibilities[i % visibilities.length] as (typeof visibilities)[number];
    // Art. 15.2: only regimes the provider may provide, rotating per round of providers.
    const regimes = providableRegimes(provider.specialRegimes ?? []);
    const regime = regimes[Math.floor(i / s.providers.length) % regimes.length] as string;
    const itemKey = newItemKey(caseKey, s.caseId, id, s.createdAt);
    out.push(['information_item_keys', { ...itemKey.row }]);
    const t = (column: string, value: string) => seal(itemKey.key, 'information_items', column, id, value);
    out.push([
      'information_items',
      {
        id,
        case_id: s.caseId,
        provider_kind: 'party',
        provider_party_id: provider.partyId,
        provided_by_user_id: provider.userId,
        source_request_id: null,
        title_enc: t('title', `Informatie ${i + 1}: stand van zaken`),
        body_enc: t('body', 'Betrokkene is bekend; begeleiding loopt sinds het voorjaar. '.repeat(8)),
        regime,
        visibility,
        use_in_action_plan: i % 2,
        pre_conference: 'approved',
        pre_conference_assessed_by_user_id: null,
        pre_conference_assessed_at: null,
        pre_conference_approved_by_user_id: null,
        pre_conference_approved_at: null,
        expires_at: null,
        withdrawn_at: null,
        withdrawn_by_user_id: null,
        created_at: s.createdAt,
        updated_at: s.createdAt,
        version: 1,
      },
    ]);
    if (visibility === 'named-parties')
      for (const partyId of s.namedPartyIds)
        out.push(['information_item_parties', { item_id: id, party_id: partyId }]);
    for (const personId of s.personIds)
      out.push(['information_item_persons', { item_id: id, person_id: personId }]);
  }
  return out;
}
