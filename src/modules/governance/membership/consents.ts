/**
 * Party consents (Art. 19.1, 20.4), stored per workflow in accession_consents and
 * statement_consents: reading them as a summary, and recording one party's answer (an upsert: a
 * party may change its answer while the matter is open).
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { nowUtc } from '../../../platform/ids.js';
import type { Db } from './context.js';
import { tally } from './rules/consent.js';

type Target =
  | { table: 'accession_consents'; column: 'accession_id' }
  | { table: 'statement_consents'; column: 'statement_id' };

export const accessionConsents: Target = { table: 'accession_consents', column: 'accession_id' };
export const statementConsents: Target = { table: 'statement_consents', column: 'statement_id' };

export async function loadConsents(db: Db, target: Target, ownerId: string) {
  const rows = await db
    .selectFrom(target.table)
    .innerJoin('parties', 'parties.id', `${target.table}.party_id`)
    .select([
      `${target.table}.party_id as party_id`,
      'parties.name as party_name',
      `${target.table}.consent as consent`,
      `${target.table}.note as note`,
      `${target.table}.recorded_at as recorded_at`,
    ])
    // biome-ignore lint/suspicious/noExplicitAny: the owner column depends on the target table
    .where(`${target.table}.${target.column}` as any, '=', ownerId)
    .orderBy('parties.name')
    .execute();
  return new Map(rows.map((r) => [r.party_id, r]));
}

export type ConsentRows = Awaited<ReturnType<typeof loadConsents>>;

export const answersOf = (rows: ConsentRows) =>
  new Map([...rows].map(([k, r]) => [k, Number(r.consent) === 1]));

export function consentSummary(activeParties: readonly string[], rows: ConsentRows) {
  const t = tally(activeParties, answersOf(rows));
  const active = new Set(activeParties);
  const items = [...rows.values()]
    .filter((r) => active.has(r.party_id))
    .map((r) => ({
      party: { id: r.party_id, name: r.party_name },
      consent: Number(r.consent) === 1,
      note: r.note,
      recordedAt: r.recorded_at,
    }));
  return {
    needed: activeParties.length,
    agreed: items.filter((i) => i.consent).length,
    refused: t.refused.length,
    missing: t.missing.length,
    complete: t.complete,
    items,
  };
}

export async function recordConsent(
  trx: Transaction<Database>,
  target: Target,
  ownerId: string,
  partyId: string,
  userId: string,
  body: { consent: boolean; note?: string | undefined },
): Promise<void> {
  const values = {
    party_id: partyId,
    consent: body.consent ? 1 : 0,
    note: body.note ?? null,
    recorded_by_user_id: userId,
    recorded_at: nowUtc(),
  } as const;
  await trx
    .deleteFrom(target.table)
    // biome-ignore lint/suspicious/noExplicitAny: the owner column depends on the target table
    .where(target.column as any, '=', ownerId)
    .where('party_id', '=', partyId)
    .execute();
  await trx
    .insertInto(target.table)
    // biome-ignore lint/suspicious/noExplicitAny: the owner column depends on the target table
    .values({ ...values, [target.column]: ownerId } as any)
    .execute();
}
