/**
 * The approved de-escalation of a case and whether its scrub is still due (Art. 1.10).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';

export async function approvedDeescalation(db: Kysely<Database>, caseId: string) {
  const row = await db
    .selectFrom('case_deescalations')
    .select(['id', 'scrubbed_at'])
    .where('case_id', '=', caseId)
    .where('status', '=', 'approved')
    .orderBy('proposed_at', 'desc')
    .executeTakeFirst();
  return { id: row?.id ?? null, pending: row !== undefined && row.scrubbed_at === null };
}
