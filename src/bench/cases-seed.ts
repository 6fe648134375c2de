/**
 * Bulk seeding for the case benchmark: N cases with their case keys, dossier rows, persons, data
 * subjects, timeline events, triage outcomes, conferences with named participants, coordinators,
 * action plans and de-escalations, and a creation entry per person in the processing log — the
 * rows the app itself writes (same sealing, AAD, blind indexes and key wrapping), so reads through
 * the real API decrypt them. Written fast: prepared statements on a raw connection of its own
 * (synchronous off: a benchmark seed, not data to keep), in transactions of CHUNK cases; the log
 * entries then go through the real appendProcessing per chunk, so the chain is the app's own.
 */
import { randomBytes } from 'node:crypto';
import SQLite from 'better-sqlite3';
import { sealCaseFields } from '../modules/cases/case-fields.js';
import type { CaseContext } from '../modules/cases/context.js';
import { activityUri, subjectsOf } from '../modules/cases/processing.js';
import type { CaseStatus } from '../modules/cases/rules/state-machine.js';
import { seal, sealPerson } from '../modules/cases/sealing.js';
import { inventedPerson } from '../modules/demo/fictitious.js';
import { kekFrom, wrapKey } from '../platform/crypto/keyring.js';
import { newId } from '../platform/ids.js';
import { appendProcessing, type ProcessingEntryInput } from '../platform/processing-log/index.js';
import { type BenchCase, type BenchUsers, phasePlan } from './cases-plan.js';
import { flowRows, type Row, type TableRows } from './cases-seed-rows.js';

const CHUNK = 2_000;
const CLOSED: CaseStatus[] = ['afgewezen', 'ingetrokken', 'afgesloten_zonder_overleg', 'afgeschaald'];

/** The steps a case went through to reach its phase, as timeline events (type, article, note). */
function eventsFor(status: CaseStatus): [string, string, string?][] {
  const out: [string, string, string?][] = [['registered', '1.7']];
  if (status === 'concept') return out;
  out.push(['submitted', '1.7']);
  if (status === 'aangemeld') return out;
  if (status === 'ingetrokken') return [...out, ['withdrawn', '1.7', 'Situatie is inmiddels opgelost.']];
  out.push(['picked-up', '12.2a']);
  if (status === 'in_beoordeling') return out;
  if (status === 'afgewezen')
    return [...out, ['rejected', '12.2a', 'Geen complexe casus volgens Bijlage 2.']];
  out.push(['accepted', '12.2a', 'Voldoet aan de criteria van Bijlage 2.']);
  if (status === 'in_triage') return out;
  if (status === 'afgesloten_zonder_overleg') return [...out, ['triage-advice', '1.8']];
  out.push(['triage-conference', '1.8'], ['conference-planned', '12.2e']);
  if (status === 'overleg_gepland') return out;
  out.push(['conference-held', '8.4']);
  return status === 'afgeschaald' ? [...out, ['deescalation-approved', '1.10']] : out;
}

/** Prepared INSERTs, one per table and column list. */
class RowWriter {
  private readonly statements = new Map<string, SQLite.Statement>();
  constructor(private readonly conn: SQLite.Database) {}
  insert(table: string, row: Row): void {
    const columns = Object.keys(row);
    const k = `${table}(${columns.join(',')})`;
    let stmt = this.statements.get(k);
    if (!stmt) {
      stmt = this.conn.prepare(
        `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
      );
      this.statements.set(k, stmt);
    }
    stmt.run(Object.values(row));
  }
}

function caseRows(ctx: CaseContext, c: BenchCase): TableRows {
  const kek = kekFrom(ctx.masterKey);
  const key = randomBytes(32);
  const at = c.createdAt;
  const closed = CLOSED.includes(c.status) ? at : null;
  const caseType = c.persons.length > 1 ? 'family' : 'person';
  const rows: TableRows = [
    [
      'case_keys',
      {
        case_id: c.id,
        wrapped_key: wrapKey(kek, key, `case_keys:${c.id}`),
        kek_id: kek.id,
        created_at: at,
        shredded_at: null,
      },
    ],
    ['dossiers', { id: c.id, protocol_key: c.protocolKey, opened_at: at, closed_at: closed }],
  ];
  const fields = sealCaseFields(key, c.id, {
    caseType,
    protocolKey: c.protocolKey,
    persons: c.persons,
    reason: 'Zorgen over escalerende overlast en schulden; meerdere partijen betrokken.',
    goal: 'Stabiele woonsituatie en passende zorg.',
    partnersInvolved: [],
    informed: true,
    criteria: {
      areaSafetyProblem: true,
      impactOnSystem: true,
      multipleChainsNeeded: true,
      multiproblem: true,
    },
  });
  rows.push([
    'cases',
    {
      id: c.id,
      case_number: c.caseNumber,
      status: c.status,
      case_type: caseType,
      protocol_key: c.protocolKey,
      registering_user_id: c.registering.id,
      registering_party_id: c.registering.partyId,
      ...(fields as Row),
      created_at: at,
      updated_at: at,
      submitted_at: c.status === 'concept' ? null : at,
      closed_at: closed,
      version: 1,
    },
  ]);
  c.persons.forEach((p, i) => {
    rows.push(['case_persons', sealPerson(key, ctx.index, c.id, i, p) as Row]);
  });
  const subjects = subjectsOf(
    ctx.log,
    c.persons.map((p) => p.bsn),
  );
  for (const s of new Set(subjects.flatMap((x) => (x ? [x.id] : []))))
    rows.push(['dossier_subjects', { dossier_id: c.id, subject_pseudonym: s }]);
  if (c.regisseur)
    rows.push([
      'case_procesregisseurs',
      { case_id: c.id, user_id: c.regisseur, assigned_at: at, reason_enc: null },
    ]);
  eventsFor(c.status).forEach(([type, article, note], i) => {
    const id = newId();
    const body = note ? JSON.stringify({ note, advice: null }) : null;
    const own = i === 0 || type === 'submitted' || type === 'withdrawn';
    rows.push([
      'case_events',
      {
        id,
        case_id: c.id,
        at: new Date(Date.parse(at) + i * 60_000).toISOString(),
        actor_user_id: own ? c.registering.id : c.regisseur,
        type,
        article,
        audience: 'case',
        note_enc: body ? seal(key, 'case_events', 'note', id, body) : null,
      },
    ]);
  });
  rows.push(...flowRows(key, c, new Date(Date.parse(at) + 3_600_000).toISOString()));
  return rows;
}

export interface SeedResult {
  cases: BenchCase[];
  seconds: number;
}

/** Seeds `count` cases in chunks; returns what it wrote so the load test can pick its targets. */
export async function seedBenchCases(
  ctx: CaseContext,
  file: string,
  users: BenchUsers,
  count: number,
  now: Date,
  progress: (done: number) => void = () => undefined,
): Promise<SeedResult> {
  const t0 = performance.now();
  const cases = phasePlan(count, users, now, (n) => inventedPerson(n));
  const uri = await activityUri(ctx.db, 'aanmelding');
  const conn = new SQLite(file);
  conn.pragma('synchronous = OFF');
  conn.pragma('cache_size = -262144');
  conn.pragma('foreign_keys = ON');
  const writer = new RowWriter(conn);
  try {
    for (let i = 0; i < cases.length; i += CHUNK) {
      const chunk = cases.slice(i, i + CHUNK);
      conn.transaction(() => {
        for (const c of chunk) for (const [table, row] of caseRows(ctx, c)) writer.insert(table, row);
      })();
      const entries: ProcessingEntryInput[] = chunk.flatMap((c) =>
        subjectsOf(
          ctx.log,
          c.persons.map((p) => p.bsn),
        ).map((dataSubject) => ({
          name: 'case.create',
          operation: 'create' as const,
          processingActivityId: uri,
          actor: { userId: c.registering.id, partyId: c.registering.partyId },
          controllerPartyId: c.registering.partyId,
          caseId: c.id,
          dataSubject,
          trace: { traceId: c.id.replaceAll('-', ''), parentSpanId: null },
          startTime: c.createdAt,
        })),
      );
      await ctx.db.transaction().execute((trx) => appendProcessing(trx, entries));
      progress(Math.min(i + CHUNK, cases.length));
    }
    const years = new Map<number, number>();
    for (const c of cases) years.set(c.year, Math.max(years.get(c.year) ?? 0, c.number));
    for (const [year, last] of years) writer.insert('case_number_counters', { year, last_number: last });
    // Planner statistics, as the server's hourly `pragma optimize` (database.ts) would gather them.
    conn.pragma('optimize = 0x10002');
    conn.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    conn.close();
  }
  return { cases, seconds: (performance.now() - t0) / 1000 };
}
