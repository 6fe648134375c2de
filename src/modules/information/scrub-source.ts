/**
 * Information items in the de-escalation scrub (Art. 1.10: the dossier is cleaned of everything no
 * longer necessary), item by item: the procesregisseur sees the live items (their title as preview,
 * as they may read them anyway, Art. 12.2f) and the house's own notes, and decides for each; a
 * removed item is deleted with its attachments and links. Withdrawn or expired items of parties
 * are not listed — the procesregisseur may not learn of them (Art. 16.2) — and are removed by the
 * scrub without a decision (`removeHiddenItems`): they are no longer usable by anyone but their
 * provider. Deleted rows stay readable only as ciphertext in backups until the case key is shredded
 * at the end of the retention period.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { nowUtc } from '../../platform/ids.js';
import { unseal } from '../cases/sealing.js';
import { liveItem } from './items-sql.js';
import { removeItemRows } from './retention.js';

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
    return rows.map((r) => ({
      id: r.id,
      label: `${r.provider_kind === 'house' ? 'Notitie van het Zorg- en Veiligheidshuis' : `Informatie van partij ${r.provider_party_id}`} (${regimeLabel[r.regime]}, ${r.created_at.slice(0, 10)})`,
      preview: excerpt(unseal(key, 'information_items', 'title', r.id, r.title_enc)),
    }));
  },
  remove: async (db: Kysely<Database>, _key: Buffer, caseId: string, id: string) => {
    await removeItemRows(db, caseId, [id]);
  },
};

/** Art. 1.10, 16.2: at the scrub, the parties' withdrawn and expired items go without a decision. */
export async function removeHiddenItems(db: Kysely<Database>, caseId: string, now: string) {
  const hidden = await db
    .selectFrom('information_items')
    .select('id')
    .where('case_id', '=', caseId)
    .where('provider_kind', '=', 'party')
    .where((eb) => eb.not(liveItem(eb, now)))
    .execute();
  await removeItemRows(
    db,
    caseId,
    hidden.map((r) => r.id),
  );
}
