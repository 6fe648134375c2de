/**
 * The retention engine: finds closed dossiers whose retention period has passed and removes them
 * — shred the case key (ledger first), delete the rows through the removers the domain modules
 * register, keep only anonymous statistics, and log the removal per data subject. Records that
 * are not dossiers (closed data-subject requests) follow the record rules their modules register.
 * Idempotent: a run that stops halfway is completed by the next.
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import { shredCase } from '../crypto/shred-ledger.js';
import type { Database } from '../db/schema.js';
import { appendProcessing } from '../processing-log/append.js';
import { BSN_PSEUDONYM } from '../processing-log/pseudonym.js';
import { newTraceId } from '../processing-log/trace.js';
import type { DataSubject } from '../processing-log/types.js';
import { cutoffFor, statisticsBucket } from './rules.js';

/** Deletes a module's rows of one dossier, inside the removal transaction. */
export type Remover = (trx: Transaction<Database>, dossierId: string) => Promise<void>;

/** A record outside the dossiers that is due for removal (e.g. a closed data-subject request). */
export interface DueRecord {
  kind: string;
  id: string;
  closedAt: string;
}

/** What a record rule removed: the log entry's name and one log line per subject and controller. */
export interface RemovedRecord {
  name: string;
  entries: { dataSubject: DataSubject | null; controllerPartyId: string | null }[];
}

/**
 * A module's own retention rule for records that are not dossiers (AVG Art. 5.1e): which are due,
 * and deleting one inside the removal transaction (null when it was already gone). The engine logs
 * the removal with the system as actor, as it does for dossiers.
 */
export interface RecordRule {
  kind: string;
  findDue(db: Kysely<Database>, now: Date): Promise<DueRecord[]>;
  remove(trx: Transaction<Database>, id: string): Promise<RemovedRecord | null>;
}

export interface DueDossier {
  id: string;
  protocolKey: string;
  closedAt: string;
}

export interface RetentionOptions {
  now?: Date;
  dryRun?: boolean;
  ledgerPath: string;
  /** The house's processing-register URI of removal, e.g. urn:ketenhuis:haaglanden:verwerking:verwijdering. */
  removalActivityUri: string;
  removers?: Remover[];
  /** Retention rules of records that are not dossiers, registered by the modules that own them. */
  recordRules?: RecordRule[];
}

export interface RetentionReport {
  due: DueDossier[];
  removed: number;
  /** Records of the record rules that are due (removed unless a dry run). */
  records: DueRecord[];
  recordsRemoved: number;
}

export async function findDue(db: Kysely<Database>, now: Date): Promise<DueDossier[]> {
  const protocols = await db.selectFrom('privacy_protocols').select(['key', 'retention_months']).execute();
  const due: DueDossier[] = [];
  for (const p of protocols) {
    const rows = await db
      .selectFrom('dossiers')
      .select(['id', 'closed_at'])
      .where('protocol_key', '=', p.key)
      .where('closed_at', 'is not', null)
      .where('closed_at', '<=', cutoffFor(now, p.retention_months))
      .orderBy('closed_at')
      .execute();
    due.push(...rows.map((r) => ({ id: r.id, protocolKey: p.key, closedAt: r.closed_at as string })));
  }
  return due;
}

async function removeOne(
  db: Kysely<Database>,
  d: DueDossier,
  opts: RetentionOptions,
  now: Date,
): Promise<void> {
  // Irreversible first: once the key is gone, every copy of the dossier's data is unreadable.
  await shredCase(db, opts.ledgerPath, d.id);
  const trace = { traceId: newTraceId(), parentSpanId: null };
  await db.transaction().execute(async (trx) => {
    const subjects = await trx
      .selectFrom('dossier_subjects')
      .select('subject_pseudonym')
      .where('dossier_id', '=', d.id)
      .execute();
    for (const remove of opts.removers ?? []) await remove(trx, d.id);
    const deleted = await trx.deleteFrom('dossiers').where('id', '=', d.id).executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) return; // removed by a concurrent run
    const bucket = statisticsBucket(d.protocolKey, d.closedAt, now);
    await trx
      .insertInto('removal_statistics')
      .values({ ...bucket, dossiers: 1 })
      .onConflict((oc) =>
        oc
          .columns(['protocol_key', 'closed_year', 'removed_month'])
          .doUpdateSet({ dossiers: sql`removal_statistics.dossiers + 1` }),
      )
      .execute();
    const base = {
      name: 'dossier.remove',
      operation: 'remove' as const,
      processingActivityId: opts.removalActivityUri,
      actor: { userId: null, partyId: null },
      caseId: d.id,
      trace,
    };
    await appendProcessing(
      trx,
      subjects.length
        ? subjects.map((s) => ({ ...base, dataSubject: { id: s.subject_pseudonym, type: BSN_PSEUDONYM } }))
        : [{ ...base, dataSubject: null }],
    );
  });
}

/** One record of a record rule: deleted and logged per subject in one transaction. */
async function removeRecord(db: Kysely<Database>, rule: RecordRule, r: DueRecord, opts: RetentionOptions) {
  return db.transaction().execute(async (trx) => {
    const removed = await rule.remove(trx, r.id);
    if (!removed) return false; // removed by a concurrent run
    const trace = { traceId: newTraceId(), parentSpanId: null };
    await appendProcessing(
      trx,
      removed.entries.map((e) => ({
        name: removed.name,
        operation: 'remove' as const,
        processingActivityId: opts.removalActivityUri,
        actor: { userId: null, partyId: null },
        controllerPartyId: e.controllerPartyId,
        caseId: null,
        dataSubject: e.dataSubject,
        trace,
      })),
    );
    return true;
  });
}

export async function runRetention(db: Kysely<Database>, opts: RetentionOptions): Promise<RetentionReport> {
  const now = opts.now ?? new Date();
  const due = await findDue(db, now);
  const rules = opts.recordRules ?? [];
  const dueRecords = await Promise.all(rules.map((rule) => rule.findDue(db, now)));
  const records = dueRecords.flat();
  if (opts.dryRun) return { due, removed: 0, records, recordsRemoved: 0 };
  let removed = 0;
  for (const d of due) {
    await removeOne(db, d, opts, now);
    removed++;
  }
  let recordsRemoved = 0;
  for (const [i, rule] of rules.entries())
    for (const r of dueRecords[i] ?? []) if (await removeRecord(db, rule, r, opts)) recordsRemoved++;
  return { due, removed, records, recordsRemoved };
}
