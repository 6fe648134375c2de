/** Changes to a party record, guarded by its row version. */
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../platform/db/schema.js';
import { staleWrite } from '../../platform/http/etag.js';
import { nowUtc } from '../../platform/ids.js';
import type { partyUpdateSchema } from './schemas.js';

export async function updateParty(
  db: Kysely<Database>,
  id: string,
  expectedVersion: number,
  change: z.infer<typeof partyUpdateSchema>,
): Promise<void> {
  const result = await db
    .updateTable('parties')
    .set({ ...change, version: expectedVersion + 1, updated_at: nowUtc() })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw staleWrite();
}
