/**
 * The floor under measurement (i) of the case benchmark: what every case read costs before any
 * case logic, measured on the same machine in the same run, so that the report can say how far
 * the 25 % target is reachable at all (docs/benchmarks.md).
 *
 * - The platform's fixed cost: an authenticated request to a path without a route (404). It runs
 *   everything every API request runs — security headers, request id, the session from the
 *   database (roles and party status fresh, so that a withdrawn role or an excluded party takes
 *   effect at once, Art. 23.2), the CSRF check — and a problem+json answer, but no route.
 * - The processing log's cost per entry: appendProcessing (hash chain, the head row, the entry
 *   with its indexes, durable commit) of read entries in group commits of 50, on a connection of
 *   its own, as the read-log worker does under load. A case read writes one entry per person of
 *   the case (Art. 30 AVG, Logboek Dataverwerkingen: one processing of one data subject).
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Kysely } from 'kysely';
import { openSqlite } from '../platform/db/database.js';
import type { Database } from '../platform/db/schema.js';
import { sqliteDialect } from '../platform/db/sqlite-dialect.js';
import { appendProcessing, type ProcessingEntryInput } from '../platform/processing-log/index.js';

/** A path no route answers: the request goes through every hook and ends in a 404 problem. */
export const FLOOR_PATH = '/api/v1/ondergrens-zonder-route';

const GROUP = 50;
const GROUPS = 60;

/**
 * CPU time (µs) per processing-log entry appended in group commits of 50 on a connection of its own,
 * measured in a child process (this file run with node): its CPU time is its own, and its heap is
 * small like the read-log worker's, not the benchmark's with the whole seeded world in it.
 */
export async function logEntryCpuMicros(file: string, caseId: string, activityUri: string): Promise<number> {
  const self = fileURLToPath(import.meta.url);
  const { stdout } = await promisify(execFile)(process.execPath, [self, file, caseId, activityUri]);
  return Number(stdout.trim());
}

async function measureInChild(file: string, caseId: string, uri: string) {
  const conn = openSqlite(file);
  const own = new Kysely<Database>({ dialect: sqliteDialect(conn) });
  const entry = (): ProcessingEntryInput => ({
    // Its own name, so the report's count of case reads is not inflated by these.
    name: 'bench.ondergrens',
    operation: 'read',
    processingActivityId: uri,
    actor: { userId: null, partyId: null },
    caseId,
    dataSubject: { id: randomBytes(32).toString('hex'), type: 'bsn-pseudonym' },
    trace: { traceId: randomBytes(16).toString('hex'), parentSpanId: null },
  });
  try {
    // One group first: statements prepared and pages cached, as in a running worker.
    await own.transaction().execute((trx) => appendProcessing(trx, Array.from({ length: GROUP }, entry)));
    const cpu = process.cpuUsage();
    for (let g = 0; g < GROUPS; g++) {
      const inputs = Array.from({ length: GROUP }, entry);
      await own.transaction().execute((trx) => appendProcessing(trx, inputs));
    }
    const used = process.cpuUsage(cpu);
    return (used.user + used.system) / (GROUP * GROUPS);
  } finally {
    await own.destroy();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, caseId, uri] = process.argv.slice(2) as [string, string, string];
  measureInChild(file, caseId, uri).then(
    (micros) => console.log(micros.toFixed(1)),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}

export interface Floor {
  bareMicros: number;
  platformMicros: number;
  logEntryMicros: number;
  entriesPerRead: number;
}

/** The share of the bare route's throughput a read could reach if it did nothing but its floor. */
export const ceilingShare = (f: Floor) =>
  f.bareMicros / (f.platformMicros + f.entriesPerRead * f.logEntryMicros);
