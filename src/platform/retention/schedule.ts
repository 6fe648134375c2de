/**
 * Runs the retention engine inside the server on a fixed interval (RETENTION_INTERVAL_MINUTES;
 * 0 turns it off, e.g. when an external scheduler calls `ketenhuis retention run`). Runs never
 * overlap within a server; across servers the engine is idempotent.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { type RetentionOptions, runRetention } from './engine.js';

export function scheduleRetention(
  db: Kysely<Database>,
  intervalMinutes: number,
  options: () => Promise<RetentionOptions>,
  log: FastifyBaseLogger,
): () => void {
  if (intervalMinutes <= 0) return () => undefined;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const report = await runRetention(db, await options());
      if (report.removed > 0) log.info({ removed: report.removed }, 'retention: dossiers removed');
      if (report.recordsRemoved > 0)
        log.info({ removed: report.recordsRemoved }, 'retention: other records removed');
    } catch (err) {
      log.error({ err: { message: (err as Error).message } }, 'retention run failed');
    } finally {
      running = false;
    }
  };
  const first = setTimeout(tick, 60_000);
  const timer = setInterval(tick, intervalMinutes * 60_000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
