/**
 * Where the group commit of logged reads (group-commit.ts) writes on an SQLite file: a worker
 * thread with a connection of its own (read-log-worker.ts). On SQLite every statement runs on the
 * calling thread, and each group commit's fsync (synchronous=FULL) stopped the server's event loop
 * for milliseconds at a time; in the worker the requests go on while the log is made durable.
 * A caller still gets its answer only once its entries are committed. The worker starts with the
 * first logged read and stops when the database closes.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AppendReply, WorkerRequest } from './read-log-worker.js';
import type { ProcessingEntryInput, StoredEntry } from './types.js';
import { ProcessingLogError } from './validate.js';

/**
 * The worker runs compiled JavaScript. Under the test runner this module is TypeScript source;
 * its worker is then the build's (`npm test` builds first).
 */
function workerUrl(): URL {
  const here = new URL(import.meta.url);
  if (!here.pathname.endsWith('.ts')) return new URL('./read-log-worker.js', here);
  const built = new URL('../../../dist/platform/processing-log/read-log-worker.js', here);
  if (!existsSync(fileURLToPath(built)))
    throw new Error('read-log-worker: bouw eerst de server (npm run build:server)');
  return built;
}

interface Pending {
  resolve(entries: StoredEntry[]): void;
  reject(err: unknown): void;
}

export interface ReadLogWriter {
  append(inputs: readonly ProcessingEntryInput[]): Promise<StoredEntry[]>;
  close(): Promise<void>;
  /** The worker's thread id while it runs, else null (for tests and diagnostics). */
  threadId(): number | null;
}

export function workerReadLogWriter(file: string): ReadLogWriter {
  let worker: Worker | null = null;
  let closed = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (err: unknown) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };

  const start = (): Worker => {
    const w = new Worker(workerUrl(), { workerData: { file } });
    w.on('message', (reply: AppendReply) => {
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      // Requests waiting for the log keep the process alive, an idle worker does not.
      if (pending.size === 0) worker?.unref();
      if ('entries' in reply) p.resolve(reply.entries);
      else {
        const { name, message } = reply.error;
        const err = name === 'ProcessingLogError' ? new ProcessingLogError(message) : new Error(message);
        p.reject(err);
      }
    });
    w.on('error', failAll);
    w.on('exit', () => {
      // A worker that stops (a crash, or close) takes nothing with it: its open batch was not
      // committed and is refused; the next read starts a new worker.
      if (worker === w) worker = null;
      failAll(new ProcessingLogError('de schrijver van het leeslogboek is gestopt'));
    });
    return w;
  };

  return {
    append(inputs) {
      // After close no new worker starts: a read that arrives while the server shuts down fails
      // (and is not answered) instead of leaving a thread behind.
      if (closed) return Promise.reject(new ProcessingLogError('de database is gesloten'));
      worker ??= start();
      const id = nextId++;
      const request: WorkerRequest = { id, inputs: [...inputs] };
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker?.ref();
        worker?.postMessage(request);
      });
    },
    threadId: () => worker?.threadId ?? null,
    async close() {
      closed = true;
      const w = worker;
      worker = null;
      if (!w) return;
      const exited = new Promise((resolve) => w.once('exit', resolve));
      w.postMessage({ close: true } satisfies WorkerRequest);
      await exited;
    },
  };
}
