/**
 * The read-log writer's thread (read-log-writer.ts): appends batches of read entries to the
 * processing log through a connection of its own, so that the inserts and the fsync of each
 * group commit (synchronous=FULL) no longer stop the server's event loop. The append is the same
 * appendProcessing as everywhere, in a transaction that takes the write lock at BEGIN.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Kysely } from 'kysely';
import { openSqlite } from '../db/database.js';
import type { Database } from '../db/schema.js';
import { sqliteDialect } from '../db/sqlite-dialect.js';
import { appendProcessing } from './append.js';
import type { ProcessingEntryInput } from './types.js';

export type WorkerRequest = { id: number; inputs: ProcessingEntryInput[] } | { close: true };

export type AppendReply =
  | { id: number; entries: Awaited<ReturnType<typeof appendProcessing>> }
  | { id: number; error: { name: string; message: string } };

const port = parentPort;
if (!port) throw new Error('read-log-worker draait alleen als worker thread');
const { file } = workerData as { file: string };
const conn = openSqlite(file);
// A read waits for its log entry as long as a long write (a retention run, a scrub) holds the
// lock, instead of failing after the server's usual five seconds.
conn.pragma('busy_timeout = 60000');
const db = new Kysely<Database>({ dialect: sqliteDialect(conn) });

async function handle(request: WorkerRequest): Promise<void> {
  if ('close' in request) {
    await db.destroy();
    port?.close();
    return;
  }
  const { id, inputs } = request;
  let reply: AppendReply;
  try {
    const entries = await db.transaction().execute((trx) => appendProcessing(trx, inputs));
    reply = { id, entries };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    reply = { id, error: { name: e.name, message: e.message } };
  }
  port?.postMessage(reply);
}

// One request at a time, in the order sent: a close waits for the batch before it.
let queue = Promise.resolve();
port.on('message', (request: WorkerRequest) => {
  queue = queue.then(() => handle(request));
});
