/**
 * The shape of a scrub source (Art. 1.10): how one kind of dossier element is listed for the
 * procesregisseur and how it is removed, inside the scrub's transaction.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';

export interface ListedElement {
  id: string;
  label: string;
  /** A short excerpt for the procesregisseur, or null where the label says enough. */
  preview: string | null;
}

export type Db = Kysely<Database>;

export interface Source {
  list(db: Db, key: Buffer, caseId: string): Promise<ListedElement[]>;
  /** `ledgerPath`: the shred ledger, for sources that crypto-shred what they remove (information items). */
  remove(db: Db, key: Buffer, caseId: string, id: string, ledgerPath: string): Promise<void>;
}

export const excerpt = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

/** The tables of a case's contents: each has a `case_id` column. */
type CaseTable =
  | 'case_persons'
  | 'case_questions'
  | 'case_events'
  | 'case_procesregisseurs'
  | 'case_information_requests'
  | 'case_triage_outcomes'
  | 'case_conferences'
  | 'case_party_roles'
  | 'case_actions'
  | 'case_progress_reports'
  | 'case_escalations';
type Column<T extends CaseTable> = keyof Database[T] & string;

/**
 * The case's rows of `table` with the given columns; with `present`, only the rows where that
 * column is set; with `orderBy`, in that order.
 */
export async function caseRows<T extends CaseTable, C extends Column<T>>(
  db: Db,
  table: T,
  caseId: string,
  columns: readonly C[],
  order: { orderBy?: C; present?: C } = {},
): Promise<Pick<Database[T], C>[]> {
  // One query shape for every table; the casts stand in for Kysely's per-table types.
  let query = db
    .selectFrom(table as 'case_events')
    .select(columns as unknown as 'id'[])
    .where('case_id', '=', caseId);
  if (order.present) query = query.where(order.present as 'note_enc', 'is not', null);
  if (order.orderBy) query = query.orderBy(order.orderBy as 'at');
  return (await query.execute()) as unknown as Pick<Database[T], C>[];
}

/** Removal by deleting the case's row whose `column` (the id, unless named) is the element's id. */
export const byCaseAndId =
  <T extends CaseTable>(table: T, column: Column<T> = 'id' as Column<T>) =>
  async (db: Db, _key: Buffer, caseId: string, id: string) => {
    await db
      .deleteFrom(table as 'case_party_roles')
      .where('case_id', '=', caseId)
      .where(column as 'party_id', '=', id)
      .execute();
  };

/** Sets `values` on the case's row whose `column` is `id`: the row stays, as a fact; its texts go. */
export async function updateCaseRow<T extends CaseTable>(
  db: Db,
  table: T,
  caseId: string,
  column: Column<T>,
  id: string,
  values: { [K in Column<T>]?: Database[T][K] },
): Promise<void> {
  await db
    .updateTable(table as 'case_events')
    .set(values as unknown as { note_enc: null })
    .where('case_id', '=', caseId)
    .where(column as 'id', '=', id)
    .execute();
}

/** Removal by clearing columns of the case's row whose `column` is the element's id. */
export const clearingOnCaseRow =
  <T extends CaseTable>(table: T, column: Column<T>, values: { [K in Column<T>]?: Database[T][K] }) =>
  (db: Db, _key: Buffer, caseId: string, id: string) =>
    updateCaseRow(db, table, caseId, column, id, values);
