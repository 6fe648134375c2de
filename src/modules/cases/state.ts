/**
 * Loading a case's row and its relations, and turning them into the pure state machine's
 * CaseState (domain.md §3): assigned procesregisseurs, the named participants and invited parties
 * of its conferences that are not cancelled (Art. 8.2, 12.2e), the case coordinator (Art. 13) and
 * the parties its privacy protocol admits (Art. 15.3), and the open escalation, the pending
 * de-escalation and a scrub still due (Art. 11.3d, 1.10; loaded by execution/load.ts).
 */
import type { Kysely } from 'kysely';
import type { CaseTable, Database } from '../../platform/db/schema.js';
import { type ExecutionState, executionStateOf } from './execution/load.js';
import type { CaseState, CaseStatus } from './rules/state-machine.js';
import { caseRowQuery, type RelationRow, relationsQuery } from './state-query.js';

export type CaseRow = CaseTable & { status: CaseStatus };

export interface Participant {
  userId: string;
  partyId: string;
  conferenceId: string;
}

export interface LoadedCase {
  row: CaseRow;
  /** The case's wrapped data key as loaded with the row (open it with openCaseKeyRow). */
  key: { wrapped_key: string | null; shredded_at: string | null } | undefined;
  procesregisseurIds: string[];
  /** The assignments themselves, oldest first (the reason is sealed with the case key). */
  procesregisseurs?: { userId: string; assignedAt: string; reasonEnc: string | null }[];
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
  const [loaded] = await caseRowQuery(db, { id });
  if (!loaded) return undefined;
  const { key_wrapped, key_shredded_at, ...row } = loaded;
  const rel = await relationsQuery(db, { id });
  const of = (k: RelationRow['k']) => rel.filter((r) => r.k === k);
  const s = (v: string | null) => v as string;
  const regie = of('regie').sort((x, y) => (s(x.b) < s(y.b) ? -1 : s(x.b) > s(y.b) ? 1 : 0));
  const conferences = of('conference');
  const heldAt = conferences.flatMap((c) => (c.b === 'held' && c.c !== null ? [c.c] : [])).sort();
  const coordinator = of('coordinator')[0];
  const protocol = of('protocol');
  const pending = of('deescalation')[0];
  return {
    row: row as CaseRow,
    key:
      key_wrapped === null && key_shredded_at === null
        ? undefined
        : { wrapped_key: key_wrapped, shredded_at: key_shredded_at },
    procesregisseurIds: regie.map((r) => s(r.a)),
    procesregisseurs: regie.map((r) => ({ userId: s(r.a), assignedAt: s(r.b), reasonEnc: r.c })),
    participants: of('participant').map((r) => ({ userId: s(r.a), partyId: s(r.b), conferenceId: s(r.c) })),
    invitedPartyIds: of('invited').map((r) => s(r.a)),
    coordinator: coordinator ? { userId: s(coordinator.a), partyId: s(coordinator.b) } : null,
    plannedConferenceId: conferences.find((c) => c.b === 'planned')?.a ?? null,
    // No protocol row: nothing admitted; admits_all: every party; otherwise the listed parties.
    admitted: protocol[0]?.a === '1' ? 'all' : protocol.flatMap((r) => (r.b === null ? [] : [r.b])),
    execution: executionStateOf(
      of('escalation')[0]?.a ?? null,
      pending && {
        id: s(pending.a),
        proposed_by_user_id: s(pending.b),
        proposed_at: s(pending.c),
        procesregisseur_user_id: pending.d,
        coordinator_user_id: pending.e,
      },
      heldAt.at(-1) ?? null,
      // Art. 1.10: the latest approved de-escalation of a de-escalated case, not yet scrubbed.
      row.status === 'afgeschaald' &&
        of('approved').sort((x, y) => (s(x.c) < s(y.c) ? 1 : -1))[0]?.b === null,
    ),
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
