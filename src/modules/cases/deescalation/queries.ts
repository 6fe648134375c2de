/**
 * Reading de-escalation (Art. 1.10, 8.4d): the criteria of the latest held conference, every
 * proposal with its evaluation, approvals and cancellation, and whether the scrub is due — for
 * the assigned procesregisseur, the coordinator and the manager on escalation. The scrub view
 * lists the dossier's current contents with short previews for the assigned procesregisseur.
 * Both reads are logged per person before the response leaves.
 */
import type { Principal } from '../../../platform/auth/principal.js';
import { openCaseKey } from '../../../platform/crypto/case-keys.js';
import { ProblemError } from '../../../platform/http/problem.js';
import { nowUtc } from '../../../platform/ids.js';
import { logRead, type TraceContext } from '../../../platform/processing-log/index.js';
import type { CaseContext } from '../context.js';
import { caseEntries } from '../execution/log.js';
import { isAssigned, isCoordinator, isEscalatedManager } from '../execution/policy.js';
import { unseal, unsealOrNull } from '../sealing.js';
import type { LoadedCase } from '../state.js';
import { userNames } from '../user-names.js';
import { listElements } from './elements.js';
import { deescalationPermissions } from './policy.js';
import { approvedDeescalation } from './scrub-state.js';

const approval = (userId: string | null, at: string | null) => (userId && at ? { userId, at } : null);

async function logCaseRead(
  ctx: CaseContext,
  p: Principal,
  c: LoadedCase,
  key: Buffer,
  name: string,
  trace: TraceContext,
  started: string,
) {
  await logRead(
    ctx.db,
    await caseEntries(ctx.db, ctx, key, {
      name,
      operation: 'read',
      activity: 'afschaling',
      caseId: c.row.id,
      controllerPartyId: c.row.registering_party_id,
      principal: p,
      trace,
      startTime: started,
    }),
  );
}

export async function readDeescalation(ctx: CaseContext, p: Principal, c: LoadedCase, trace: TraceContext) {
  if (!isAssigned(p, c) && !isCoordinator(p, c) && !isEscalatedManager(p, c))
    throw new ProblemError('forbidden', 'afschaling is voor procesregisseur en casuscoördinator (Art. 1.10)');
  const started = nowUtc();
  const id = c.row.id;
  const key = await openCaseKey(ctx.db, ctx.masterKey, id);
  const conference = await ctx.db
    .selectFrom('case_conferences')
    .select(['id', 'deescalation_criteria_enc'])
    .where('case_id', '=', id)
    .where('status', '=', 'held')
    .orderBy('sequence', 'desc')
    .executeTakeFirst();
  const rows = await ctx.db
    .selectFrom('case_deescalations')
    .selectAll()
    .where('case_id', '=', id)
    .orderBy('proposed_at')
    .orderBy('id')
    .execute();
  const scrub = await approvedDeescalation(ctx.db, id);
  // Issue 5: proposer, approvers and who cancelled or scrubbed, by name (one statement).
  const names = await userNames(
    ctx.db,
    rows.flatMap((r) => [
      r.proposed_by_user_id,
      r.procesregisseur_user_id,
      r.coordinator_user_id,
      r.cancelled_by_user_id,
      r.scrubbed_by_user_id,
    ]),
  );
  await logCaseRead(ctx, p, c, key, 'case.deescalation.read', trace, started);
  return {
    caseId: id,
    status: c.row.status,
    criteria: conference
      ? unsealOrNull(
          key,
          'case_conferences',
          'deescalation_criteria',
          conference.id,
          conference.deescalation_criteria_enc,
        )
      : null,
    proposals: rows.map((r) => ({
      id: r.id,
      // A pending proposal from before the latest conference no longer counts (load.ts).
      status:
        r.status === 'pending' && c.execution.deescalationId !== r.id ? ('cancelled' as const) : r.status,
      proposedByUserId: r.proposed_by_user_id,
      proposedAt: r.proposed_at,
      conferenceId: r.conference_id,
      evaluation: unseal(key, 'case_deescalations', 'evaluation', r.id, r.evaluation_enc),
      procesregisseurApproval: approval(r.procesregisseur_user_id, r.procesregisseur_at),
      coordinatorApproval: approval(r.coordinator_user_id, r.coordinator_at),
      cancelledAt: r.cancelled_at,
      cancelledByUserId: r.cancelled_by_user_id,
      cancelReason: unsealOrNull(key, 'case_deescalations', 'cancel_reason', r.id, r.cancel_reason_enc),
      scrubbedAt: r.scrubbed_at,
      scrubbedByUserId: r.scrubbed_by_user_id,
      retentionUntil: r.retention_until,
    })),
    scrubPending: scrub.pending,
    userNames: names,
    permissions: deescalationPermissions(p, c, scrub),
    version: c.row.version,
  };
}

export async function readScrub(ctx: CaseContext, p: Principal, c: LoadedCase, trace: TraceContext) {
  if (!isAssigned(p, c))
    throw new ProblemError('forbidden', 'de procesregisseur schoont het dossier (Art. 1.10)');
  const started = nowUtc();
  const id = c.row.id;
  const key = await openCaseKey(ctx.db, ctx.masterKey, id);
  const scrub = await approvedDeescalation(ctx.db, id);
  const decisions = await ctx.db
    .selectFrom('case_scrub_decisions')
    .selectAll()
    .where('case_id', '=', id)
    .orderBy('decided_at')
    .orderBy('id')
    .execute();
  const elements = await listElements(ctx.db, key, id);
  await logCaseRead(ctx, p, c, key, 'case.scrub.read', trace, started);
  return {
    caseId: id,
    pending: scrub.pending,
    elements,
    decisions: decisions.map((d) => ({
      type: d.element_type,
      id: d.element_id,
      decision: d.decision,
      reason: unsealOrNull(key, 'case_scrub_decisions', 'reason', d.id, d.reason_enc),
      decidedByUserId: d.decided_by_user_id,
      decidedAt: d.decided_at,
    })),
    version: c.row.version,
  };
}
