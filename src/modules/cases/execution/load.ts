/**
 * The escalation and de-escalation state of a case as the pure state machine sees it (Art. 1.10,
 * 11.3d): whether an escalation to the manager is open, and the pending de-escalation proposal
 * with the approvals given so far. A proposal made before the latest conference was held is void
 * (a follow-up conference starts a new round, Art. 1.9), as the state machine's plan-follow-up says.
 * And whether the approved de-escalation still waits for its scrub (Art. 1.10).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { approvedDeescalation } from '../deescalation/scrub-state.js';
import type { CaseState } from '../rules/state-machine.js';

export interface ExecutionState {
  escalated: boolean;
  /** The id of the open escalation, when there is one. */
  openEscalationId: string | null;
  deescalation: CaseState['deescalation'];
  /** The id of the pending proposal, when there is one. */
  deescalationId: string | null;
  /** Art. 1.10: the case was de-escalated and its dossier is not scrubbed yet. */
  scrubPending: boolean;
}

export interface PendingDeescalation {
  id: string;
  proposed_by_user_id: string;
  proposed_at: string;
  procesregisseur_user_id: string | null;
  coordinator_user_id: string | null;
}

/**
 * The state from its parts; state.ts loads them with the case's other relations in one statement.
 * `scrubPending` is whether the latest approved de-escalation is not scrubbed yet.
 */
export function executionStateOf(
  openEscalationId: string | null,
  pending: PendingDeescalation | undefined,
  lastHeldAt: string | null,
  scrubPending: boolean,
): ExecutionState {
  const valid = pending && !(lastHeldAt && lastHeldAt > pending.proposed_at);
  return {
    escalated: openEscalationId !== null,
    openEscalationId,
    deescalation: valid
      ? {
          proposedBy: pending.proposed_by_user_id,
          procesregisseur: pending.procesregisseur_user_id,
          coordinator: pending.coordinator_user_id,
        }
      : null,
    deescalationId: valid ? pending.id : null,
    scrubPending,
  };
}

/** `status`, when known, spares the scrub query for cases that are not afgeschaald. */
export async function loadExecutionState(
  db: Kysely<Database>,
  caseId: string,
  status?: string,
): Promise<ExecutionState> {
  const open = await db
    .selectFrom('case_escalations')
    .select('id')
    .where('case_id', '=', caseId)
    .where('resolved_at', 'is', null)
    .executeTakeFirst();
  const pending = await db
    .selectFrom('case_deescalations')
    .select(['id', 'proposed_by_user_id', 'proposed_at', 'procesregisseur_user_id', 'coordinator_user_id'])
    .where('case_id', '=', caseId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  const lastHeld = pending
    ? await db
        .selectFrom('case_conferences')
        .select((eb) => eb.fn.max('held_at').as('held_at'))
        .where('case_id', '=', caseId)
        .where('status', '=', 'held')
        .executeTakeFirst()
    : undefined;
  const valid = pending && !(lastHeld?.held_at && lastHeld.held_at > pending.proposed_at);
  return {
    escalated: open !== undefined,
    openEscalationId: open?.id ?? null,
    deescalation: valid
      ? {
          proposedBy: pending.proposed_by_user_id,
          procesregisseur: pending.procesregisseur_user_id,
          coordinator: pending.coordinator_user_id,
        }
      : null,
    deescalationId: valid ? pending.id : null,
    scrubPending:
      status === undefined || status === 'afgeschaald'
        ? (await approvedDeescalation(db, caseId)).pending
        : false,
  };
}
