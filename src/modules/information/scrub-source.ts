/**
 * Information items in the de-escalation scrub (Art. 1.10: the dossier is cleaned of everything no
 * longer necessary), item by item: the procesregisseur sees the live items (their title as preview,
 * as they may read them anyway, Art. 12.2f) and the house's own notes, and decides for each; a
 * removed item is crypto-shredded (issue 6 §5): its id goes to the shred ledger and its key is
 * destroyed before its rows, attachments and links are deleted, so that no copy of it — in a
 * backup, the WAL or dead tuples — can be read again. Withdrawn or expired items of parties are not
 * listed — the procesregisseur may not learn of them (Art. 16.2) — and are shredded by the scrub
 * without a decision (`removeHiddenItems`): they are no longer usable by anyone but their provider.
 */
import type { Kysely } from 'kysely';
import { itemKeyRing } from '../../platform/crypto/item-keys.js';
import type { Database } from '../../platform/db/schema.js';
import { nowUtc } from '../../platform/ids.js';
import { unseal } from '../cases/sealing.js';
import { liveItem } from './items-sql.js';
import { shredAndRemoveItems } from './retention.js';

const regimeLabel = {
  gewoon: 'gewoon',
  bijzonder: 'bijzonder',
  politie: 'politiegegevens',
  justitieel: 'justitieel',
};

const excerpt = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

export const itemScrubSource = {
  list: async (db: Kysely<Database>, key: Buffer, caseId: string) => {
    const now = nowUtc();
    const rows = await db
      .selectFrom('information_items')
      .select(['id', 'provider_kind', 'provider_party_id', 'regime', 'created_at', 'title_enc'])
      .where('case_id', '=', caseId)
      .where((eb) => eb.or([eb('provider_kind', '=', 'house'), liveItem(eb, now)]))
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const ring = await itemKeyRing(
      db,
      key,
      caseId,
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({
      id: r.id,
      label: `${r.provider_kind === 'house' ? 'Notitie van het Zorg- en Veiligheidshuis' : `Informatie van partij ${r.provider_party_id}`} (${regimeLabel[r.regime]}, ${r.created_at.slice(0, 10)})`,
      preview: ring.isShredded(r.id)
        ? null
        : excerpt(unseal(ring.keyOf(r.id), 'information_items', 'title', r.id, r.title_enc)),
    }));
  },
  remove: async (db: Kysely<Database>, _key: Buffer, caseId: string, id: string, ledgerPath: string) => {
    await shredAndRemoveItems(db, ledgerPath, caseId, [id]);
  },
};

/** Art. 1.10, 16.2: at the scrub, the parties' withdrawn and expired items go without a decision. */
export async function removeHiddenItems(
  db: Kysely<Database>,
  caseId: string,
  now: string,
  ledgerPath: string,
) {
  const hidden = await db
    .selectFrom('information_items')
    .select('id')
    .where('case_id', '=', caseId)
    .where('provider_kind', '=', 'party')
    .where((eb) => eb.not(liveItem(eb, now)))
    .execute();
  await shredAndRemoveItems(
    db,
    ledgerPath,
    caseId,
    hidden.map((r) => r.id),
  );
}
