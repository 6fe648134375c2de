/**
 * Storing a new information item with its named parties and persons. Its title and body are sealed
 * with the item's own data key (Art. 17: encrypted at rest, AAD = table:column:row id), created
 * here and wrapped with the case key, so that removing the item later destroys that one key
 * (issue 6 §5, platform/crypto/item-keys.ts). Shared by the item command and the triage answer
 * (Art. 1.8: an answer is information provided by the asked party).
 */
import type { Transaction } from 'kysely';
import { createItemKey } from '../../platform/crypto/item-keys.js';
import type { Database, InformationRegime, InformationVisibility } from '../../platform/db/schema.js';
import { newId, nowUtc } from '../../platform/ids.js';
import { seal } from '../cases/sealing.js';

export interface NewItem {
  caseId: string;
  providerKind: 'party' | 'house';
  providerPartyId: string;
  providedByUserId: string;
  sourceRequestId: string | null;
  title: string;
  body: string;
  regime: InformationRegime;
  visibility: InformationVisibility;
  namedPartyIds: readonly string[];
  useInActionPlan: boolean;
  expiresAt: string | null;
  personIds: readonly string[];
}

/** Inserts the item with a new item key; `caseKey` only wraps that key. Returns the item's id. */
export async function insertItem(
  trx: Transaction<Database>,
  caseKey: Buffer,
  item: NewItem,
): Promise<string> {
  const id = newId();
  const now = nowUtc();
  const key = await createItemKey(trx, caseKey, item.caseId, id);
  const s = (column: string, value: string) => seal(key, 'information_items', column, id, value);
  await trx
    .insertInto('information_items')
    .values({
      id,
      case_id: item.caseId,
      provider_kind: item.providerKind,
      provider_party_id: item.providerPartyId,
      provided_by_user_id: item.providedByUserId,
      source_request_id: item.sourceRequestId,
      title_enc: s('title', item.title),
      body_enc: s('body', item.body),
      regime: item.regime,
      visibility: item.visibility,
      use_in_action_plan: item.useInActionPlan ? 1 : 0,
      // Art. 12.2f: reading beforehand starts closed; the procesregisseur assesses, the provider approves.
      pre_conference: 'not-allowed',
      pre_conference_assessed_by_user_id: null,
      pre_conference_assessed_at: null,
      pre_conference_approved_by_user_id: null,
      pre_conference_approved_at: null,
      expires_at: item.expiresAt,
      withdrawn_at: null,
      withdrawn_by_user_id: null,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
  await replaceNamedParties(trx, id, item.namedPartyIds);
  if (item.personIds.length)
    await trx
      .insertInto('information_item_persons')
      .values(item.personIds.map((person_id) => ({ item_id: id, person_id })))
      .execute();
  return id;
}

export async function replaceNamedParties(
  trx: Transaction<Database>,
  itemId: string,
  partyIds: readonly string[],
) {
  await trx.deleteFrom('information_item_parties').where('item_id', '=', itemId).execute();
  const unique = [...new Set(partyIds)];
  if (unique.length)
    await trx
      .insertInto('information_item_parties')
      .values(unique.map((party_id) => ({ item_id: itemId, party_id })))
      .execute();
}
