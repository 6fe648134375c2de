/** Reads of parties: keyset pagination on (name, id), filters in SQL. */
import type { Kysely } from 'kysely';
import type { Database, PartyTable } from '../../platform/db/schema.js';
import type { Cursor } from '../../platform/http/pagination.js';

export interface PartyFilter {
  kind?: PartyTable['kind'];
  domain?: PartyTable['domain'];
  status?: PartyTable['status'];
}

export async function listParties(db: Kysely<Database>, filter: PartyFilter, limit: number, after?: Cursor) {
  let q = db.selectFrom('parties').selectAll();
  if (filter.kind) q = q.where('kind', '=', filter.kind);
  if (filter.domain) q = q.where('domain', '=', filter.domain);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (after) {
    q = q.where((eb) =>
      eb.or([eb('name', '>', after.k), eb.and([eb('name', '=', after.k), eb('id', '>', after.id)])]),
    );
  }
  return q
    .orderBy('name')
    .orderBy('id')
    .limit(limit + 1)
    .execute();
}

export function findParty(db: Kysely<Database>, id: string) {
  return db.selectFrom('parties').selectAll().where('id', '=', id).executeTakeFirst();
}
