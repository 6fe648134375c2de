/**
 * "Today" as the house's wall clock shows it (configuration: house.timezone), for due dates
 * (Art. 13.2): an action due on a day is overdue from the next day in the house's own time zone.
 */
import type { Kysely } from 'kysely';
import { preparedQuery } from '../../../platform/db/prepared-query.js';
import type { Database } from '../../../platform/db/schema.js';
import { localDate } from './rules.js';

// Prepared: "Mijn taken" asks on every request (the case benchmark, docs/benchmarks.md).
const timezoneQuery = preparedQuery((db) => db.selectFrom('house').select('timezone'));

export async function houseToday(db: Kysely<Database>, now = new Date()): Promise<string> {
  const [house] = await timezoneQuery(db, {});
  return localDate(now, house?.timezone ?? 'Europe/Amsterdam');
}
