/**
 * Loading a case's row and its relations, and turning them into the pure state machine's
 * CaseState (domain.md §3): assigned procesregisseurs, the named participants and invited parties
 * of its conferences that are not cancelled (Art. 8.2, 12.2e), the case coordinator (Art. 13) and
 * the parties its privacy protocol admits (Art. 15.3), and the open escalation, the pending
 * de-escalation and a scrub still due (Art. 11.3d, 1.10; loaded by execution/load.ts).
 */
import type { Kysely } from 'kysely';
import type { CaseTable, Database } from '../../platform/db/schema.js';
import { type ExecutionState, loadExecutionState } from './execution/load.js';
import type { CaseState, CaseStatus } from './rules/state-machine.js';

export type CaseRow = CaseTable & { status: CaseStatus };

export interface Participant {
  userId: string;
  partyId: string;
  conferenceId: string;
}

export interface LoadedCase {
  row: CaseRow;
  procesregisseurIds: string[];
  /** Named participants of the conferences that are not cancelled (Art. 8.2). */
  participants: Participant[];
  /** Parties invited to the conferences that are not cancelled (Art. 12.2e). */
  invitedPartyIds: string[];
  coordinator: { userId: string; partyId: string } | null;
  /** The conference that is planned and not yet held or cancelled, if any (Art. 12.2e). */
  plannedConferenceId: string | null;
  /** The parties the case's privacy protocol admits, or 'all' (Art. 15.3). */
  admitted: 'all' | string[];
  /** Art. 11.3d, 1.10: an open escalation and the pending de-escalation proposal. */
  execution: ExecutionState;
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
  const participants = await db
    .selectFrom('case_conference_participants as cp')
    .innerJoin('case_conferences as cc', 'cc.id', 'cp.conference_id')
    .select(['cp.user_id', 'cp.party_id', 'cp.conference_id'])
    .where('cp.case_id', '=', id)
    .where('cc.status', '!=', 'cancelled')
    .execute();
  const invited = await db
    .selectFrom('case_conference_parties as p')
    .innerJoin('case_conferences as cc', 'cc.id', 'p.conference_id')
    .select('p.party_id')
    .distinct()
    .where('cc.case_id', '=', id)
    .where('cc.status', '!=', 'cancelled')
    .execute();
  const planned = await db
    .selectFrom('case_conferences')
    .select('id')
    .where('case_id', '=', id)
    .where('status', '=', 'planned')
    .executeTakeFirst();
  const coordinator = await db
    .selectFrom('case_coordinators')
    .select(['user_id', 'party_id'])
    .where('case_id', '=', id)
    .executeTakeFirst();
  const protocol = await db
    .selectFrom('privacy_protocols')
    .select(['id', 'admits_all'])
    .where('key', '=', row.protocol_key)
    .executeTakeFirst();
  const admitted =
    !protocol || protocol.admits_all === 1
      ? protocol
        ? ('all' as const)
        : []
      : (
          await db
            .selectFrom('privacy_protocol_parties')
            .select('party_id')
            .where('protocol_id', '=', protocol.id)
            .execute()
        ).map((r) => r.party_id);
  return {
    row: row as CaseRow,
    procesregisseurIds: regie.map((r) => r.user_id),
    participants: participants.map((r) => ({
      userId: r.user_id,
      partyId: r.party_id,
      conferenceId: r.conference_id,
    })),
    invitedPartyIds: invited.map((r) => r.party_id),
    coordinator: coordinator ? { userId: coordinator.user_id, partyId: coordinator.party_id } : null,
    plannedConferenceId: planned?.id ?? null,
    admitted,
    execution: await loadExecutionState(db, id, row.status),
  };
}

/** Whether the case's privacy protocol admits the party (Art. 15.3). */
export const admits = (c: Pick<LoadedCase, 'admitted'>, partyId: string) =>
  c.admitted === 'all' || c.admitted.includes(partyId);

export function stateOf(c: LoadedCase): CaseState {
  return {
    status: c.row.status,
    registeringUserId: c.row.registering_user_id,
    registeringPartyId: c.row.registering_party_id,
    procesregisseurIds: c.procesregisseurIds,
    participantPartyIds: c.invitedPartyIds,
    coordinator: c.coordinator,
    escalated: c.execution.escalated,
    deescalation: c.execution.deescalation,
    deescalatedBy: null,
    // Art. 1.10: only an afgeschaald case waits for its scrub.
    scrubPending: c.row.status === 'afgeschaald' && c.execution.scrubPending,
  };
}
