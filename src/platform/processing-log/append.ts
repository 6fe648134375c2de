/**
 * Appending to the processing log, inside the caller's transaction, so that a write and its log
 * entries commit or roll back together. Appends serialise on the chain head: on PostgreSQL with a
 * transaction-scoped advisory lock (also across servers sharing the database), on SQLite with the
 * database write lock, taken before the head is read.
 */
import { type Kysely, PostgresAdapter, sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { newId, nowUtc } from '../ids.js';
import { appendReadsGrouped } from './group-commit.js';
import { chainEntries } from './hash.js';
import { toHead } from './rows.js';
import { newSpanId } from './trace.js';
import type { ChainHead, DraftEntry, ProcessingEntryInput, StoredEntry } from './types.js';
import { ProcessingLogError, validateEntryInput } from './validate.js';

/** Key of the PostgreSQL advisory lock that serialises appends (arbitrary, fixed, documented). */
export const APPEND_LOCK_KEY = '4801229604447510';

/** Rows per INSERT statement (19 parameters each stays far below both databases' limits). */
const INSERT_CHUNK = 500;

type Executor = Kysely<Database> | Transaction<Database>;

const isPostgres = (db: Executor) => db.getExecutor().adapter instanceof PostgresAdapter;

/** Purposes from the register for the given URIs; throws for a URI the register does not know. */
async function registerPurposes(trx: Executor, uris: string[]): Promise<Map<string, string>> {
  const rows = await trx
    .selectFrom('processing_activities')
    .select(['uri', 'purpose'])
    .where('uri', 'in', uris)
    .execute();
  const purposes = new Map(rows.map((r) => [r.uri, r.purpose]));
  const unknown = uris.find((u) => !purposes.has(u));
  if (unknown !== undefined)
    throw new ProcessingLogError(`processingActivityId: ${unknown} staat niet in het verwerkingsregister`);
  return purposes;
}

function draftOf(input: ProcessingEntryInput, purposes: Map<string, string>, now: string): DraftEntry {
  const start = input.startTime ?? now;
  return {
    id: newId(),
    trace_id: input.trace.traceId,
    span_id: newSpanId(),
    parent_span_id: input.trace.parentSpanId,
    name: input.name,
    start_time: start,
    end_time: input.endTime ?? (now < start ? start : now),
    status_code: input.statusCode ?? 'ok',
    processing_activity_id: input.processingActivityId,
    data_subject_id: input.dataSubject?.id ?? null,
    data_subject_id_type: input.dataSubject?.type ?? null,
    acting_user_id: input.actor.userId,
    acting_party_id: input.actor.partyId,
    controller_party_id: input.controllerPartyId ?? null,
    case_id: input.caseId ?? null,
    purpose: input.purpose ?? purposes.get(input.processingActivityId) ?? '',
    operation: input.operation,
  };
}

/** Takes the append lock and reads the head, within the transaction. */
async function lockHead(trx: Transaction<Database>): Promise<ChainHead> {
  if (isPostgres(trx)) {
    await sql`select pg_advisory_xact_lock(${sql.raw(APPEND_LOCK_KEY)})`.execute(trx);
    const row = await trx
      .selectFrom('processing_log_head')
      .select(['last_seq', 'last_hash'])
      .where('id', '=', 1)
      .executeTakeFirstOrThrow();
    return toHead(row);
  }
  // SQLite: a no-op write takes the database write lock first (so another process cannot slip in
  // between reading the head and writing), and returns the head in the same statement.
  const row = await trx
    .updateTable('processing_log_head')
    .set({ last_seq: sql<number>`last_seq` })
    .where('id', '=', 1)
    .returning(['last_seq', 'last_hash'])
    .executeTakeFirstOrThrow();
  return toHead(row);
}

/**
 * Appends one entry per input — one per data subject — inside `trx`, and returns them as stored.
 * Call it as the last step of the transaction: on PostgreSQL the append lock is held until commit.
 *
 * @example
 * await db.transaction().execute(async (trx) => {
 *   await trx.updateTable('cases').set(...).execute();
 *   await appendProcessing(trx, subjects.map((s) => ({ ...common, dataSubject: s })));
 * });
 */
export async function appendProcessing(
  trx: Transaction<Database>,
  inputs: readonly ProcessingEntryInput[],
): Promise<StoredEntry[]> {
  if (!trx.isTransaction)
    throw new ProcessingLogError('appendProcessing hoort binnen de transactie van de schrijfactie');
  if (inputs.length === 0) return [];
  for (const input of inputs) validateEntryInput(input);
  const purposes = await registerPurposes(trx, [...new Set(inputs.map((i) => i.processingActivityId))]);
  const now = nowUtc();
  const drafts = inputs.map((input) => draftOf(input, purposes, now));

  const head = await lockHead(trx);
  const { entries, head: next } = chainEntries(head, drafts);
  for (let i = 0; i < entries.length; i += INSERT_CHUNK) {
    await trx
      .insertInto('processing_log')
      .values(entries.slice(i, i + INSERT_CHUNK))
      .execute();
  }
  const moved = await trx
    .updateTable('processing_log_head')
    .set({ last_seq: next.seq, last_hash: next.hash })
    .where('id', '=', 1)
    .where('last_seq', '=', head.seq)
    .executeTakeFirst();
  if (moved.numUpdatedRows !== 1n)
    throw new ProcessingLogError('de kop van het logboek veranderde tijdens het toevoegen');
  return entries;
}

/**
 * Logs reads and returns once they are durably committed: call and await it before the response
 * is sent, so that no data leaves without its log entry. Reads arriving together share one
 * transaction and one commit (group commit, see group-commit.ts).
 */
export async function logRead(
  db: Kysely<Database>,
  inputs: readonly ProcessingEntryInput[],
): Promise<StoredEntry[]> {
  return appendReadsGrouped(db, inputs, appendProcessing);
}

/** The current head, without locking (for verification and checkpoints). */
export async function readHead(db: Executor): Promise<ChainHead> {
  const row = await db
    .selectFrom('processing_log_head')
    .select(['last_seq', 'last_hash'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return toHead(row);
}
