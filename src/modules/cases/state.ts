/**
 * Loading a case's row and turning it into the pure state machine's CaseState (domain.md §3).
 * Later phases (participants, coordinator, escalation) are not stored yet in this slice and load
 * as their initial values.
 */
import type { Kysely } from 'kysely';
import type { CaseTable, Database } from '../../platform/db/schema.js';
import type { CaseState, CaseStatus } from './rules/state-machine.js';

export type CaseRow = CaseTable & { status: CaseStatus };

export interface LoadedCase {
  row: CaseRow;
  procesregisseurIds: string[];
}

export async function loadCase(db: Kysely<Database>, id: string): Promise<LoadedCase | undefined> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const regie = await db
    .selectFrom('case_procesregisseurs')
    .select('user_id')
    .where('case_id', '=', id)
    .orderBy('assigned_at')
    .execute();
  return { row: row as CaseRow, procesregisseurIds: regie.map((r) => r.user_id) };
}

export function stateOf(c: LoadedCase): CaseState {
  return {
    status: c.row.status,
    registeringUserId: c.row.registering_user_id,
    registeringPartyId: c.row.registering_party_id,
    procesregisseurIds: c.procesregisseurIds,
    participantPartyIds: [],
    coordinator: null,
    escalated: false,
    deescalation: null,
    deescalatedBy: null,
  };
}
