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
  const { regimes, ...rest } = change;
  const result = await db
    .updateTable('parties')
    .set({
      ...rest,
      // Art. 15.2: which special regimes (Wpg, Wjsg) the party may provide.
      ...(regimes && { special_regimes: JSON.stringify(regimes) }),
      version: expectedVersion + 1,
      updated_at: nowUtc(),
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw staleWrite();
}
