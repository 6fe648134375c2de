/**
 * Proposing, approving and cancelling de-escalation (Art. 1.10, 8.4d). The state machine decides
 * on the state read inside the transaction: the assigned procesregisseur and the coordinator each
 * approve, two different users (the database refuses one user in both places as well). With both
 * approvals the case moves to afgeschaald and waits for the scrub; an open escalation ends.
 * Guarded by the case version; events, notifications and log entries in the same transaction.
 */
import type { Transaction } from 'kysely';
import type { Principal } from '../../../platform/auth/principal.js';
import { openCaseKey } from '../../../platform/crypto/case-keys.js';
import type { Database } from '../../../platform/db/schema.js';
import { newId, nowUtc } from '../../../platform/ids.js';
import { appendProcessing, type TraceContext } from '../../../platform/processing-log/index.js';
import { notify } from '../../notifications/notify.js';
import type { CaseContext } from '../context.js';
import { type CaseEventType, recordEvent } from '../events.js';
import { caseEntries } from '../execution/log.js';
import { notFoundProblem, requireAccess } from '../policy.js';
import { decide } from '../rules/state-machine.js';
import { seal } from '../sealing.js';
import { type LoadedCase, loadCase, stateOf } from '../state.js';
import { checkDeescalation, checkDeescalationRole, staleDeescalation } from './policy.js';

export type ProposalInput =
  | { action: 'propose'; evaluation: string }
  | { action: 'approve' }
  | { action: 'cancel'; reason: string };

const link = (caseId: string) => `/casussen/${caseId}`;

/** The other side of the decision: the coordinator for a procesregisseur, and the reverse. */
function otherApprovers(p: Principal, c: LoadedCase): string[] {
  if (c.procesregisseurIds.includes(p.userId)) return c.coordinator ? [c.coordinator.userId] : [];
  return c.procesregisseurIds;
}

async function latestHeldConference(trx: Transaction<Database>, caseId: string) {
  const row = await trx
    .selectFrom('case_conferences')
    .select('id')
    .where('case_id', '=', caseId)
    .where('status', '=', 'held')
    .orderBy('sequence', 'desc')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function deescalate(
  ctx: CaseContext,
  p: Principal,
  caseId: string,
  expectedVersion: number,
  input: ProposalInput,
  trace: TraceContext,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const loaded = await loadCase(trx, caseId);
    if (!loaded) throw notFoundProblem();
    requireAccess(p, loaded, 'read');
    const role = checkDeescalationRole(p, loaded);
    if (role) throw role;
    // Before the state machine: a proposal or approval made on an outdated page is 412, whatever
    // changed since (another approval, a cancellation, a new proposal, a follow-up conference).
    if (loaded.row.version !== expectedVersion) throw staleDeescalation();
    const refusal = checkDeescalation(p, loaded, input.action, { pending: false });
    if (refusal) throw refusal;
    const actor = { userId: p.userId, partyId: p.partyId, roles: p.roles };
    const type = `${input.action}-deescalation` as const;
    const decision = decide(stateOf(loaded), { type, actor } as Parameters<typeof decide>[1]);
    if (!decision.ok) throw staleDeescalation(); // checked above on the same state: cannot happen
    const next = decision.state;
    const now = nowUtc();
    const key = await openCaseKey(trx, ctx.masterKey, caseId);
    const pendingId = loaded.execution.deescalationId;
    let eventType: CaseEventType;

    if (input.action === 'propose') {
      // A proposal from before the latest conference is void (load.ts): close it first.
      await trx
        .updateTable('case_deescalations')
        .set({ status: 'cancelled', cancelled_at: now })
        .where('case_id', '=', caseId)
        .where('status', '=', 'pending')
        .execute();
      const id = newId();
      await trx
        .insertInto('case_deescalations')
        .values({
          id,
          case_id: caseId,
          status: 'pending',
          proposed_by_user_id: p.userId,
          proposed_at: now,
          conference_id: await latestHeldConference(trx, caseId),
          evaluation_enc: seal(key, 'case_deescalations', 'evaluation', id, input.evaluation),
          procesregisseur_user_id: null,
          procesregisseur_at: null,
          coordinator_user_id: null,
          coordinator_at: null,
          cancelled_by_user_id: null,
          cancelled_at: null,
          cancel_reason_enc: null,
          scrubbed_by_user_id: null,
          scrubbed_at: null,
          retention_until: null,
        })
        .execute();
      eventType = 'deescalation-proposed';
      await notify(trx, {
        userIds: otherApprovers(p, loaded),
        kind: 'case.deescalation-proposed',
        caseId,
        link: link(caseId),
      });
    } else if (input.action === 'cancel') {
      await trx
        .updateTable('case_deescalations')
        .set({
          status: 'cancelled',
          cancelled_at: now,
          cancelled_by_user_id: p.userId,
          cancel_reason_enc: seal(
            key,
            'case_deescalations',
            'cancel_reason',
            pendingId as string,
            input.reason,
          ),
        })
        .where('id', '=', pendingId as string)
        .execute();
      eventType = 'deescalation-cancelled';
    } else {
      const before = loaded.execution.deescalation;
      const approvals = next.deescalatedBy ?? next.deescalation;
      const asRegisseur = approvals?.procesregisseur === p.userId && before?.procesregisseur !== p.userId;
      await trx
        .updateTable('case_deescalations')
        .set(
          asRegisseur
            ? { procesregisseur_user_id: p.userId, procesregisseur_at: now }
            : { coordinator_user_id: p.userId, coordinator_at: now },
        )
        .where('id', '=', pendingId as string)
        .execute();
      eventType = 'deescalation-approved';
      if (next.status === 'afgeschaald') {
        await trx
          .updateTable('case_deescalations')
          .set({ status: 'approved' })
          .where('id', '=', pendingId as string)
          .execute();
        // Art. 11.3d ends with the case: the house's involvement is over.
        await trx
          .updateTable('case_escalations')
          .set({ resolved_at: now, resolved_by_user_id: p.userId })
          .where('case_id', '=', caseId)
          .where('resolved_at', 'is', null)
          .execute();
        eventType = 'deescalated';
        await notify(trx, {
          userIds: loaded.procesregisseurIds,
          kind: 'case.scrub-due',
          caseId,
          link: link(caseId),
        });
      }
    }

    // Art. 1.10: afgeschaald now; the dossier closes (closed_at, retention) when it has been scrubbed.
    const moved = await trx
      .updateTable('cases')
      .set({ status: next.status, version: expectedVersion + 1, updated_at: now })
      .where('id', '=', caseId)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) throw staleDeescalation();
    await recordEvent(trx, key, caseId, {
      type: eventType,
      article: decision.article,
      actorUserId: p.userId,
    });
    await appendProcessing(
      trx,
      await caseEntries(trx, ctx, key, {
        name: `case.deescalation.${input.action}`,
        operation: input.action === 'propose' ? 'create' : 'update',
        activity: 'afschaling',
        caseId,
        controllerPartyId: loaded.row.registering_party_id,
        principal: p,
        trace,
      }),
    );
    return {
      id: caseId,
      caseNumber: loaded.row.case_number,
      status: next.status,
      version: expectedVersion + 1,
    };
  });
}
