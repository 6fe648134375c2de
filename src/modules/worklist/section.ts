/**
 * Worklist sections, run together: one statement for the first items of every section (UNION ALL
 * of each section's own ordered, limited query) and, when a section is longer than the items
 * shown, one statement for all counts (bounded: a long queue reads "99+", so the worklist costs
 * the same at 100 or 100,000 cases). Each section's query is built by its role file and filtered
 * in SQL to what the caller may see; two statements keep "Mijn taken" cheap per request.
 */
import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { CaseStatus } from '../cases/rules/state-machine.js';
import type { SectionKey, TaskSection } from './schemas.js';

/** Counts stop here; the UI shows "99+" (a badge, not a statistic: trends are elsewhere). */
export const COUNT_CAP = 99;

export interface ItemRow {
  case_id: string;
  case_number: string;
  status: string | null;
  at: string | null;
  ref_id: string | null;
}

export interface SectionSpec<DB, TB extends keyof DB> {
  key: SectionKey;
  at: TaskSection['at'];
  query: SelectQueryBuilder<DB, TB, ItemRow>;
  /** The column the items are ordered by (with its index, where the section is long). */
  orderBy: (q: SelectQueryBuilder<DB, TB, ItemRow>) => SelectQueryBuilder<DB, TB, ItemRow>;
  link: (row: ItemRow) => string;
}

/** A section of any tables, so that the sections of several roles run as one list. */
export type AnySpec = SectionSpec<Database, 'cases'>;
export const spec = <DB, TB extends keyof DB>(s: SectionSpec<DB, TB>): AnySpec => s as unknown as AnySpec;

type Row = ItemRow & { section: number | string };

async function firstItems(db: Kysely<Database>, specs: AnySpec[], limit: number): Promise<Row[]> {
  const parts = specs.map((s, i) =>
    db
      .selectFrom(s.orderBy(s.query).limit(limit).as(`s${i}`))
      // Ids as text: a null ref_id and a uuid one would not unite on PostgreSQL.
      .select([
        sql<string>`cast(case_id as text)`.as('case_id'),
        'case_number',
        'status',
        'at',
        sql<string | null>`cast(ref_id as text)`.as('ref_id'),
      ])
      .select(sql<number>`${sql.lit(i)}`.as('section')),
  );
  // Both engines emit UNION ALL parts one after the other, each in its own ORDER BY (worklist tests
  // check the order of every section).
  const [first, ...rest] = parts;
  if (!first) return [];
  return rest.reduce((q, part) => q.unionAll(part), first).execute();
}

async function counts(db: Kysely<Database>, specs: AnySpec[]): Promise<number[]> {
  const row = await db
    .selectNoFrom((eb) =>
      specs.map((s, i) =>
        eb
          .selectFrom(
            s.query
              .clearSelect()
              .select(sql<number>`1`.as('one'))
              .limit(COUNT_CAP + 1)
              .as(`c${i}`),
          )
          .select(sql<number | string>`count(*)`.as('n'))
          .as(`n${i}`),
      ),
    )
    .executeTakeFirst();
  const values = (row ?? {}) as Record<string, number | string | null>;
  return specs.map((_, i) => Number(values[`n${i}`] ?? 0));
}

export async function runSections(
  db: Kysely<Database>,
  specs: AnySpec[],
  limit: number,
): Promise<TaskSection[]> {
  if (specs.length === 0) return [];
  const rows = await firstItems(db, specs, limit);
  const bySection = specs.map((_, i) => rows.filter((r) => Number(r.section) === i));
  // Exact from the items alone unless a section filled its page.
  const counted = bySection.some((r) => r.length >= limit)
    ? await counts(db, specs)
    : bySection.map((r) => r.length);
  return specs.map((s, i) => {
    const items = bySection[i] ?? [];
    const count = counted[i] ?? items.length;
    return {
      key: s.key,
      at: s.at,
      count: Math.min(count, COUNT_CAP),
      countCapped: count > COUNT_CAP,
      items: items.map((r) => ({
        caseId: r.case_id,
        caseNumber: r.case_number,
        status: r.status as CaseStatus | null,
        at: r.at,
        refId: r.ref_id,
        link: s.link(r),
      })),
    };
  });
}

export const caseLink = (r: ItemRow) => `/casussen/${r.case_id}`;
export const requestLink = (r: ItemRow) => `/bevragingen/${r.ref_id}`;
