/**
 * Which special justice regimes a party may provide (Art. 15.2; docs/privacy.md, known gap 4):
 * `parties.special_regimes` holds a JSON array of `wpg` (police data, Wet politiegegevens) and
 * `wjsg` (judicial data, Wet justitiële en strafvorderlijke gegevens), written from the house
 * configuration. NULL: not yet set — rows from before this migration, which the next start fills
 * from the house configuration (`fillPartyRegimes`, src/modules/house/load-config.ts), and parties
 * admitted later by accession; NULL reads as none until then.
 * Ordinary and special-category data need no entry: every party may provide them. The same text
 * column on both dialects (as the house's covenant_json). Frozen in time.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('parties').addColumn('special_regimes', 'text').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('parties').dropColumn('special_regimes').execute();
}
