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

/** Removal by deleting the row of the case with that id. */
export const byCaseAndId =
  (
    table:
      | 'case_questions'
      | 'case_information_requests'
      | 'case_actions'
      | 'case_progress_reports'
      | 'case_escalations',
  ) =>
  async (db: Db, _key: Buffer, caseId: string, id: string) => {
    await db
      .deleteFrom(table as 'case_questions')
      .where('case_id', '=', caseId)
      .where('id', '=', id)
      .execute();
  };
