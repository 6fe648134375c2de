/**
 * Which parties may be asked or invited for a case (Art. 12.2e: only parties that may lawfully
 * attend; Art. 15.3: the privacy protocol names them; Art. 20, 23.2: only active parties), and
 * whether a named person is an active professional of such a party (Art. 8.2). Each refusal is a
 * 400 naming the field, so a form can show it beside the input.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { ProblemError } from '../../platform/http/problem.js';
import { admits, type LoadedCase } from './state.js';

export const invalidField = (field: string, message: string) =>
  new ProblemError('validation', `Body ongeldig — ${field}: ${message}`);

/** Refuses any party that is unknown, not active, or not admitted by the case's protocol. */
export async function checkAdmittedParties(
  db: Kysely<Database>,
  c: LoadedCase,
  parties: { partyId: string; field: string }[],
): Promise<void> {
  if (parties.length === 0) return;
  const ids = [...new Set(parties.map((p) => p.partyId))];
  const found = new Map(
    (await db.selectFrom('parties').select(['id', 'status']).where('id', 'in', ids).execute()).map((r) => [
      r.id,
      r.status,
    ]),
  );
  for (const { partyId, field } of parties) {
    const status = found.get(partyId);
    if (status === undefined) throw invalidField(field, 'onbekende partij');
    if (status !== 'active') throw invalidField(field, 'deze partij is niet (meer) actief (Art. 23.2)');
    if (!admits(c, partyId))
      throw invalidField(
        field,
        'het privacyprotocol van deze casus laat deze partij niet toe (Art. 12.2e, 15.3)',
      );
  }
}

/** Refuses a named person who is not an active professional of the given party (Art. 8.2). */
export async function checkProfessionals(
  db: Kysely<Database>,
  people: { userId: string; partyId: string; field: string }[],
): Promise<void> {
  if (people.length === 0) return;
  const ids = [...new Set(people.map((p) => p.userId))];
  const rows = await db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.id', 'users.party_id'])
    .where('users.id', 'in', ids)
    .where('users.status', '=', 'active')
    .where('user_roles.role', '=', 'professional')
    .execute();
  const partyOf = new Map(rows.map((r) => [r.id, r.party_id]));
  for (const { userId, partyId, field } of people) {
    if (partyOf.get(userId) !== partyId)
      throw invalidField(field, 'geen actieve professional van deze partij (Art. 8.2)');
  }
}

/** The active professionals of a party, e.g. to tell them a request reached their party. */
export async function professionalsOf(db: Kysely<Database>, partyId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select('users.id')
    .where('users.party_id', '=', partyId)
    .where('users.status', '=', 'active')
    .where('user_roles.role', '=', 'professional')
    .execute();
  return rows.map((r) => r.id);
}
