/**
 * Who the user ids in a case response are (issue 5, "names instead of user ids"): each
 * professional's display name and their party's name, looked up in ONE statement per response for
 * every id the response already shows — never per row, never the e-mail address. Only ids the
 * caller already sees with their role in the case are looked up (the timeline as filtered by
 * audience, progress reports and escalations only when the caller may read them), and only after
 * the 404 gate; the manager's overview (manager/) names nobody. Staff of the house (the
 * procesregisseur) belong to no party: their party name is null.
 */
import { type Kysely, SqliteAdapter, sql } from 'kysely';
import { z } from 'zod';
import { type Params, preparedQuery } from '../../platform/db/prepared-query.js';
import type { Database } from '../../platform/db/schema.js';

export const userNameSchema = z
  .strictObject({
    userId: z.string(),
    displayName: z.string(),
    partyId: z.string().nullable(),
    partyName: z.string().nullable().describe('Null voor medewerkers van het huis zelf'),
  })
  .meta({
    id: 'CaseUserName',
    description: 'Naam en partij van een medewerker die in dit antwoord voorkomt',
  });

export const userNamesSchema = z
  .array(userNameSchema)
  .describe(
    'Wie de gebruikers-id’s in dit antwoord zijn: naam en partij, nooit het e-mailadres; alleen wie u al met een rol in de casus ziet',
  );

export type UserName = z.infer<typeof userNameSchema>;

/** The ids come as one JSON array, so that the statement is the same for any number of them. */
const namesQuery = preparedQuery((db, p: Params<{ ids: string }>) => {
  const ids =
    db.getExecutor().adapter instanceof SqliteAdapter
      ? sql<string>`(select value from json_each(${p.ids}))`
      : sql<string>`(select cast(value as uuid) from jsonb_array_elements_text(cast(${p.ids} as jsonb)))`;
  return db
    .selectFrom('users')
    .leftJoin('parties', 'parties.id', 'users.party_id')
    .select(['users.id', 'users.display_name', 'users.party_id', 'parties.name as party_name'])
    .where('users.id', 'in', ids)
    .orderBy('users.id');
});

/**
 * The names of the given users, ordered by id. Duplicates and nulls are ignored; no ids, no
 * statement. One statement (users left join parties) whatever the number of ids.
 *
 * @example
 *   const names = await userNames(db, [row.registering_user_id, ...events.map((e) => e.actorUserId)]);
 */
export async function userNames(
  db: Kysely<Database>,
  ids: Iterable<string | null | undefined>,
): Promise<UserName[]> {
  const wanted = [...new Set([...ids].filter((id): id is string => typeof id === 'string' && id !== ''))];
  if (wanted.length === 0) return [];
  wanted.sort();
  const rows = await namesQuery(db, { ids: JSON.stringify(wanted) });
  return rows.map((r) => ({
    userId: r.id,
    displayName: r.display_name,
    partyId: r.party_id,
    partyName: r.party_name ?? null,
  }));
}
