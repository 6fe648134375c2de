/** Reads of the house configuration. */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

export async function findHouse(db: Kysely<Database>) {
  return db
    .selectFrom('house')
    .innerJoin('parties', 'parties.id', 'house.centrumgemeente_party_id')
    .selectAll('house')
    .select(['parties.name as centrumgemeente_name'])
    .executeTakeFirst();
}

export async function listBodies(db: Kysely<Database>) {
  const bodies = await db.selectFrom('bodies').selectAll().orderBy('key').execute();
  const seats = await db
    .selectFrom('body_seats')
    .leftJoin('parties', 'parties.id', 'body_seats.party_id')
    .selectAll('body_seats')
    .select(['parties.name as party_name'])
    .orderBy('body_seats.body_id')
    .orderBy('body_seats.position')
    .execute();
  return bodies.map((b) => ({ ...b, seats: seats.filter((s) => s.body_id === b.id) }));
}

export async function listPrivacyProtocols(db: Kysely<Database>, id?: string) {
  let q = db.selectFrom('privacy_protocols').selectAll().orderBy('key');
  if (id) q = q.where('id', '=', id);
  const protocols = await q.execute();
  if (protocols.length === 0) return [];
  const admitted = await db
    .selectFrom('privacy_protocol_parties')
    .innerJoin('parties', 'parties.id', 'privacy_protocol_parties.party_id')
    .select(['privacy_protocol_parties.protocol_id', 'parties.id', 'parties.name'])
    .where(
      'privacy_protocol_parties.protocol_id',
      'in',
      protocols.map((p) => p.id),
    )
    .orderBy('parties.name')
    .execute();
  return protocols.map((p) => ({ ...p, admitted: admitted.filter((a) => a.protocol_id === p.id) }));
}

export async function listProcessingActivities(db: Kysely<Database>) {
  return db
    .selectFrom('processing_activities')
    .leftJoin('privacy_protocols', 'privacy_protocols.id', 'processing_activities.protocol_id')
    .selectAll('processing_activities')
    .select(['privacy_protocols.key as protocol_key'])
    .orderBy('processing_activities.key')
    .execute();
}
