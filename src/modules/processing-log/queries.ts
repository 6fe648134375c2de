/**
 * Reads of the processing log, scoped and filtered in SQL, in seq order: a page after a cursor,
 * or every matching entry in batches for export (constant memory, one short query per batch).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { type Cursor, toPage } from '../../platform/http/pagination.js';
import { ProblemError } from '../../platform/http/problem.js';
import type { StoredEntry } from '../../platform/processing-log/index.js';
import { toStoredEntry } from '../../platform/processing-log/rows.js';
import type { LogScope } from './policy.js';
import type { LogFilters } from './schemas.js';

function matching(db: Kysely<Database>, scope: LogScope, f: LogFilters) {
  let q = db.selectFrom('processing_log').selectAll();
  // A party sees the processing of the data it provided (as controller), and what its own people did.
  if (scope.kind === 'party') {
    const partyId = scope.partyId;
    q = q.where((eb) =>
      eb.or([eb('controller_party_id', '=', partyId), eb('acting_party_id', '=', partyId)]),
    );
  }
  if (f.caseId !== undefined) q = q.where('case_id', '=', f.caseId);
  if (f.dataSubject !== undefined) q = q.where('data_subject_id', '=', f.dataSubject);
  if (f.from !== undefined) q = q.where('start_time', '>=', f.from);
  if (f.to !== undefined) q = q.where('start_time', '<', f.to);
  return q;
}

/** The seq a cursor points after; the cursor's key is the last seq shown. */
export function seqAfter(cursor: Cursor | undefined): number {
  if (!cursor) return 0;
  const seq = Number(cursor.k);
  if (!Number.isSafeInteger(seq) || seq < 0)
    throw new ProblemError(
      'validation',
      'Queryparameters ongeldig — cursor: onbekende of beschadigde cursor',
    );
  return seq;
}

export async function listEntries(
  db: Kysely<Database>,
  scope: LogScope,
  filters: LogFilters,
  limit: number,
  after: number,
): Promise<{ items: StoredEntry[]; nextCursor: string | null }> {
  const rows = await matching(db, scope, filters)
    .where('seq', '>', after)
    .orderBy('seq')
    .limit(limit + 1)
    .execute();
  return toPage(rows.map(toStoredEntry), limit, (e) => ({ k: String(e.seq), id: e.id }));
}

/** Every matching entry, in batches by seq. */
export async function* entryBatches(
  db: Kysely<Database>,
  scope: LogScope,
  filters: LogFilters,
  batchSize = 1000,
): AsyncGenerator<StoredEntry[]> {
  let after = 0;
  for (;;) {
    const rows = await matching(db, scope, filters)
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) return;
    const batch = rows.map(toStoredEntry);
    yield batch;
    if (rows.length < batchSize) return;
    after = batch.at(-1)?.seq ?? after;
  }
}

/** The URI of a processing activity in the register, by key (e.g. 'logboek-inzage'). */
export async function activityUri(db: Kysely<Database>, key: string): Promise<string> {
  const row = await db
    .selectFrom('processing_activities')
    .select('uri')
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row)
    throw new ProblemError(
      'unavailable',
      `Het verwerkingsregister mist de verwerking ${key}; het logboek is niet in te zien.`,
    );
  return row.uri;
}
