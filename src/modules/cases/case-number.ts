/**
 * Human-readable case numbers, ZVH-<year>-<six digits>, unique per house. The next number comes
 * from a per-year counter row with one atomic upsert, so concurrent registrations never get the
 * same number on SQLite (write lock) or PostgreSQL (row lock); the unique column is the backstop.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';

export async function allocateCaseNumber(trx: Transaction<Database>, now: Date): Promise<string> {
  const year = now.getUTCFullYear();
  const row = await trx
    .insertInto('case_number_counters')
    .values({ year, last_number: 1 })
    .onConflict((oc) =>
      oc.column('year').doUpdateSet({ last_number: sql<number>`case_number_counters.last_number + 1` }),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return `ZVH-${year}-${String(row.last_number).padStart(6, '0')}`;
}
