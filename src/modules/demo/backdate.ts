/**
 * Spreads a freshly seeded demo case over the past days, so a demo house does not look as if
 * everything happened in the same second. Every moment the case's rows recorded while it was
 * seeded (registration, assessment, triage, conferences, actions, reports, escalation,
 * de-escalation, scrub) moves, in its original order, onto working hours between `daysAgo` days
 * before `now` and shortly before `now`; equal moments stay equal. Then what follows from those
 * moments is recomputed: a held conference's own times, triage deadlines, the retention date of
 * a scrubbed dossier (Art. 1.10). Action due dates are set by the seed relative to `now`, so that
 * overdue actions really are overdue. Only demo data goes through here; the processing log is
 * never touched.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { retentionUntil } from '../cases/deescalation/rules.js';

const DAY = 86_400_000;
const MINUTE = 60_000;

/** Each table with the column naming the case and its columns holding moments (ISO-8601 UTC). */
const moments: [keyof Database, string, string[]][] = [
  ['cases', 'id', ['created_at', 'updated_at', 'submitted_at', 'closed_at']],
  ['dossiers', 'id', ['opened_at', 'closed_at']],
  ['case_events', 'case_id', ['at']],
  ['case_questions', 'case_id', ['at']],
  ['case_procesregisseurs', 'case_id', ['assigned_at']],
  ['case_information_requests', 'case_id', ['created_at', 'updated_at', 'answered_at']],
  ['case_triage_outcomes', 'case_id', ['decided_at']],
  ['case_conferences', 'case_id', ['created_at', 'updated_at', 'held_at']],
  ['case_coordinators', 'case_id', ['appointed_at']],
  ['case_party_roles', 'case_id', ['updated_at']],
  ['case_actions', 'case_id', ['created_at', 'updated_at']],
  ['case_action_status_changes', 'case_id', ['at']],
  ['case_progress_reports', 'case_id', ['at']],
  ['case_escalations', 'case_id', ['escalated_at', 'resolved_at']],
  [
    'case_deescalations',
    'case_id',
    ['proposed_at', 'procesregisseur_at', 'coordinator_at', 'cancelled_at', 'scrubbed_at'],
  ],
  ['case_scrub_decisions', 'case_id', ['decided_at']],
];

/** `count` rising moments from `daysAgo` days before `now` to a fifth of that before it, in office hours. */
export function spreadMoments(now: Date, daysAgo: number, count: number): string[] {
  const start = now.getTime() - daysAgo * DAY;
  const gap = (daysAgo * DAY * 0.8) / Math.max(count, 1);
  const out: string[] = [];
  let last = 0;
  for (let i = 0; i < count; i++) {
    const plain = start + i * gap;
    const d = new Date(plain);
    d.setUTCHours(8 + (i % 8), (i * 17) % 60, 0, 0); // 09:00–16:59 in Haaglanden (UTC+1/+2)
    // Office hours unless that would come too close to now; always after the previous moment.
    const t = Math.max(d.getTime() < now.getTime() - 60 * MINUTE ? d.getTime() : plain, last + MINUTE);
    out.push(new Date(t).toISOString());
    last = t;
  }
  return out;
}

const dateOnly = (iso: string) => iso.slice(0, 10);
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

export async function backdateCase(db: Kysely<Database>, caseId: string, now: Date, daysAgo: number) {
  await db.transaction().execute(async (trx) => {
    const seen = new Set<string>();
    for (const [table, key, columns] of moments)
      for (const column of columns) {
        const rows = await sql<{ v: string }>`select distinct ${sql.ref(column)} as v from ${sql.table(
          table,
        )} where ${sql.ref(key)} = ${caseId} and ${sql.ref(column)} is not null`.execute(trx);
        for (const r of rows.rows) seen.add(r.v);
      }
    const original = [...seen].sort();
    const spread = spreadMoments(now, daysAgo, original.length);
    const moved = new Map(original.map((v, i) => [v, spread[i] as string]));
    const requests = await trx
      .selectFrom('case_information_requests')
      .select(['id', 'created_at', 'deadline'])
      .where('case_id', '=', caseId)
      .execute();

    // Every moment is replaced by an earlier one than any seeded: no value is moved twice.
    for (const [table, key, columns] of moments)
      for (const column of columns)
        for (const [from, to] of moved)
          await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${to} where ${sql.ref(key)} = ${caseId} and ${sql.ref(column)} = ${from}`.execute(
            trx,
          );

    // Triage deadlines keep their distance from the request (Art. 1.8).
    for (const r of requests) {
      const days = Math.round(
        (Date.parse(`${r.deadline}T00:00:00Z`) - Date.parse(`${dateOnly(r.created_at)}T00:00:00Z`)) / DAY,
      );
      const created = moved.get(r.created_at) ?? r.created_at;
      await trx
        .updateTable('case_information_requests')
        .set({ deadline: addDays(dateOnly(created), days) })
        .where('id', '=', r.id)
        .execute();
    }
    // A held conference took place before it was recorded: it started 2½ hours before, 90 minutes long.
    const held = await trx
      .selectFrom('case_conferences')
      .select(['id', 'held_at'])
      .where('case_id', '=', caseId)
      .where('status', '=', 'held')
      .execute();
    for (const c of held) {
      const start = Date.parse(c.held_at as string) - 150 * MINUTE;
      await trx
        .updateTable('case_conferences')
        .set({
          starts_at: new Date(start).toISOString(),
          ends_at: new Date(start + 90 * MINUTE).toISOString(),
        })
        .where('id', '=', c.id)
        .execute();
    }
    // Art. 1.10: the retention period runs from the (moved) moment of the scrub.
    const scrubbed = await trx
      .selectFrom('case_deescalations')
      .innerJoin('cases', 'cases.id', 'case_deescalations.case_id')
      .innerJoin('privacy_protocols', 'privacy_protocols.key', 'cases.protocol_key')
      .select([
        'case_deescalations.id',
        'case_deescalations.scrubbed_at',
        'privacy_protocols.retention_months',
      ])
      .where('case_deescalations.case_id', '=', caseId)
      .where('case_deescalations.scrubbed_at', 'is not', null)
      .execute();
    for (const s of scrubbed)
      await trx
        .updateTable('case_deescalations')
        .set({ retention_until: retentionUntil(s.scrubbed_at as string, s.retention_months) })
        .where('id', '=', s.id)
        .execute();
  });
}
