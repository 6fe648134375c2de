/**
 * Group commit for logged reads. Every read of personal data writes its log entries and waits for
 * a durable commit before the response leaves (`logRead`). One commit per read makes the disk's
 * sync the ceiling of the whole API (the case benchmark, docs/benchmarks.md); so reads that arrive
 * while a commit is in flight wait together and are appended in the next transaction, one sync
 * for all of them. Each caller still returns only once its own entries are durably committed.
 * A batch that fails is retried caller by caller, so one caller's bad entry fails only that caller.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { ReadLogWriter } from './read-log-writer.js';
import type { ProcessingEntryInput, StoredEntry } from './types.js';
import { validateEntryInput } from './validate.js';

/** Entries per batch transaction at most; the rest wait for the next one. */
const MAX_BATCH_ENTRIES = 2_000;

interface Waiting {
  inputs: readonly ProcessingEntryInput[];
  resolve(entries: StoredEntry[]): void;
  reject(err: unknown): void;
}

/** appendProcessing, passed in by append.ts (no import cycle). */
export type Append = (
  trx: Transaction<Database>,
  inputs: readonly ProcessingEntryInput[],
) => Promise<StoredEntry[]>;

class ReadLogQueue {
  private waiting: Waiting[] = [];
  private busy = false;

  constructor(private readonly own: (inputs: readonly ProcessingEntryInput[]) => Promise<StoredEntry[]>) {}

  add(inputs: readonly ProcessingEntryInput[]): Promise<StoredEntry[]> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ inputs, resolve, reject });
      this.kick();
    });
  }

  private kick(): void {
    if (this.busy || this.waiting.length === 0) return;
    this.busy = true;
    // setImmediate: requests already received get to join before the batch starts.
    setImmediate(() => void this.flush());
  }

  private take(): Waiting[] {
    let entries = 0;
    let n = 0;
    while (
      n < this.waiting.length &&
      (n === 0 || entries + (this.waiting[n]?.inputs.length ?? 0) <= MAX_BATCH_ENTRIES)
    ) {
      entries += this.waiting[n]?.inputs.length ?? 0;
      n++;
    }
    return this.waiting.splice(0, n);
  }

  private async flush(): Promise<void> {
    const batch = this.take();
    try {
      const stored = await this.own(batch.flatMap((w) => w.inputs));
      let at = 0;
      for (const w of batch) {
        w.resolve(stored.slice(at, at + w.inputs.length));
        at += w.inputs.length;
      }
    } catch (err) {
      if (batch.length === 1) batch[0]?.reject(err);
      else
        for (const w of batch) {
          try {
            w.resolve(await this.own(w.inputs));
          } catch (single) {
            w.reject(single);
          }
        }
    } finally {
      this.busy = false;
      this.kick();
    }
  }
}

const queues = new WeakMap<Kysely<Database>, ReadLogQueue>();
const writers = new WeakMap<Kysely<Database>, ReadLogWriter>();

/**
 * Logged reads of this database are committed by `writer` (a worker thread, read-log-writer.ts)
 * instead of in a transaction on the database's own connection. Set when the database opens.
 */
export function setReadLogWriter(db: Kysely<Database>, writer: ReadLogWriter): void {
  writers.set(db, writer);
}

/** The writer set for this database, if any. */
export const readLogWriterOf = (db: Kysely<Database>): ReadLogWriter | undefined => writers.get(db);

/** Appends the entries in a shared transaction and resolves once that is durably committed. */
export function appendReadsGrouped(
  db: Kysely<Database>,
  inputs: readonly ProcessingEntryInput[],
  append: Append,
): Promise<StoredEntry[]> {
  if (inputs.length === 0) return Promise.resolve([]);
  try {
    for (const input of inputs) validateEntryInput(input);
  } catch (err) {
    return Promise.reject(err);
  }
  let queue = queues.get(db);
  if (!queue) {
    const writer = writers.get(db);
    queue = new ReadLogQueue(
      writer
        ? (batch) => writer.append(batch)
        : (batch) => db.transaction().execute((trx) => append(trx, batch)),
    );
    queues.set(db, queue);
  }
  return queue.add(inputs);
}
