/**
 * Writing a state-machine decision to the case row (domain.md §3), guarded by the row version
 * (If-Match): the new status, the next version and, when the case closes, the closing moment on
 * the case and its dossier (Art. 1.10: the retention period starts there). A de-escalated case
 * closes with its scrub (deescalation/scrub-command.ts), never here: a take-over of one whose scrub
 * is still due (Art. 12.1) keeps it open for that scrub.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { staleWrite } from '../../platform/http/etag.js';
import { type CaseStatus, closedStatuses } from './rules/state-machine.js';

export async function moveCase(
  trx: Transaction<Database>,
  caseId: string,
  expectedVersion: number,
  next: CaseStatus,
  now: string,
  extra: { submitted_at?: string } = {},
): Promise<number> {
  const closed = closedStatuses.includes(next) && next !== 'afgeschaald';
  const moved = await trx
    .updateTable('cases')
    .set({
      status: next,
      version: expectedVersion + 1,
      updated_at: now,
      ...extra,
      ...(closed ? { closed_at: now } : {}),
    })
    .where('id', '=', caseId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1) throw staleWrite();
  if (closed) await trx.updateTable('dossiers').set({ closed_at: now }).where('id', '=', caseId).execute();
  return expectedVersion + 1;
}
