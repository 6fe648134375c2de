/**
 * "Today" as the house's wall clock shows it (configuration: house.timezone), for due dates
 * (Art. 13.2): an action due on a day is overdue from the next day in the house's own time zone.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { localDate } from './rules.js';

export async function houseToday(db: Kysely<Database>, now = new Date()): Promise<string> {
  const house = await db.selectFrom('house').select('timezone').executeTakeFirst();
  return localDate(now, house?.timezone ?? 'Europe/Amsterdam');
}
