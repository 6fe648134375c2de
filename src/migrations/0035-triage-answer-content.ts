/**
 * Triage answers live only in the answering party's information item (backlog 18; Art. 16.2: the
 * party that provides information decides how others may use it). Before this migration the
 * request row also held the answer — `involved`, the sealed summary and information — and showed
 * it whatever conditions the party set on its item. Those copies are cleared here; the request
 * keeps who answered and when. The sealed texts cannot be moved in SQL (their associated data names
 * table, column and row, and a migration holds no keys); every answer given since information items
 * exist (0030) already has its item, created in the answer's own transaction, so nothing is lost
 * there. An answer given before 0030 had no item and loses its text with this migration (no
 * release predates 0030). Cleared ciphertext may stay in free pages, the WAL and dead tuples until
 * they are reused or vacuumed; it is sealed with the case key and shredded with it. Frozen in time.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db
    .updateTable('case_information_requests')
    .set({ involved: null, summary_enc: null, information_enc: null })
    .where((eb) =>
      eb.or([
        eb('involved', 'is not', null),
        eb('summary_enc', 'is not', null),
        eb('information_enc', 'is not', null),
      ]),
    )
    .execute();
}

/** The cleared copies are not restored: the item holds the answer. */
export async function down(_db: AnyDb): Promise<void> {}
