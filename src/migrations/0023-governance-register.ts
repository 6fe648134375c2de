/**
 * The processing activity for governance (Art. 4–7): names of members and delegates in
 * attendance, votes, agenda contributions and minutes are personal data (Art. 30 AVG register).
 * New houses get it from their configuration; this adds it to a house that was loaded before.
 * Frozen in time: never import application code.
 */
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no schema, by design
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const house = await db.selectFrom('house').select('uri_base').executeTakeFirst();
  if (!house) return; // a fresh database: the house configuration brings the activity
  const exists = await db
    .selectFrom('processing_activities')
    .select('id')
    .where('key', '=', 'bestuurlijk-overleg')
    .executeTakeFirst();
  if (exists) return;
  await db
    .insertInto('processing_activities')
    .values({
      id: uuidv7(),
      key: 'bestuurlijk-overleg',
      uri: `${house.uri_base}:verwerking:bestuurlijk-overleg`,
      name: 'Bestuurlijk overleg',
      purpose:
        'Vergaderingen van Stuurgroep, Partneroverleg en jaarvergadering organiseren en vastleggen; namen van leden en afgevaardigden bij aanwezigheid, agenda-inbreng, stemmen en verslagen (Art. 4-7).',
      legal_basis: 'Art. 6 lid 1 sub e AVG; Samenwerkingsconvenant Art. 4-7',
      protocol_id: null,
    })
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.deleteFrom('processing_activities').where('key', '=', 'bestuurlijk-overleg').execute();
}
