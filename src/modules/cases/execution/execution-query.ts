/**
 * The execution view of one case (Art. 8.5, 11.3d, 12.2g, 13): the action plan with each action's
 * status history, whether it is overdue and the information items it cites as far as the caller may
 * see them now (Art. 16.2), the coordinator's progress reports and the
 * escalations — the last two only for coordinator, procesregisseur and the manager on escalation.
 * Sealed texts are opened with the case key and the read is logged per person before responding.
 */
import type { Principal } from '../../../platform/auth/principal.js';
import { openCaseKey } from '../../../platform/crypto/case-keys.js';
import { nowUtc } from '../../../platform/ids.js';
import { logRead, type TraceContext } from '../../../platform/processing-log/index.js';
import { citationEntries, citationsOf } from '../../information/action-plan.js';
import type { CaseContext } from '../context.js';
import { unseal, unsealOrNull } from '../sealing.js';
import type { LoadedCase } from '../state.js';
import { userNames } from '../user-names.js';
import { caseEntries } from './log.js';
import {
  type ActionPermission,
  actionActor,
  checkCitationChange,
  checkExecution,
  executionPermissions,
  mayReadEscalations,
} from './policy.js';
import { type ActionStatus, checkStatusChange, executionPhases, isOverdue } from './rules.js';
import { houseToday } from './today.js';

export async function readExecution(ctx: CaseContext, p: Principal, loaded: LoadedCase, trace: TraceContext) {
  const started = nowUtc();
  const id = loaded.row.id;
  const key = await openCaseKey(ctx.db, ctx.masterKey, id);
  const today = await houseToday(ctx.db);
  const rows = await ctx.db
    .selectFrom('case_actions')
    .selectAll()
    .where('case_id', '=', id)
    .orderBy('due_date')
    .orderBy('id')
    .execute();
  const changes = await ctx.db
    .selectFrom('case_action_status_changes')
    .selectAll()
    .where('case_id', '=', id)
    .orderBy('at')
    .orderBy('id')
    .execute();
  const running = (executionPhases as readonly string[]).includes(loaded.row.status);
  // Art. 16.2: the items each action cites, as this caller may see them now.
  const cited = await citationsOf(
    ctx.db,
    key,
    p,
    loaded,
    rows.map((a) => a.id),
    started,
  );
  const mayCite = checkCitationChange(p, loaded) === null;
  const actions = rows.map((a) => {
    const actor = actionActor(p, loaded, a.owner_party_id);
    const from = a.status as ActionStatus;
    const may = (to: ActionStatus) => running && checkStatusChange(actor, from, to).ok;
    const permissions: ActionPermission[] = [];
    if ((['open', 'in_progress', 'done'] as const).some(may)) permissions.push('update-status');
    if (may('cancelled')) permissions.push('cancel');
    if (mayCite) permissions.push('change-citations');
    return {
      id: a.id,
      conferenceId: a.conference_id,
      ownerPartyId: a.owner_party_id,
      description: unseal(key, 'case_actions', 'description', a.id, a.description_enc),
      dueDate: a.due_date,
      status: from,
      overdue: running && isOverdue(from, a.due_date, today),
      version: a.version,
      history: changes
        .filter((h) => h.action_id === a.id)
        .map((h) => ({
          at: h.at,
          fromStatus: h.from_status as ActionStatus,
          toStatus: h.to_status as ActionStatus,
          changedByUserId: h.changed_by_user_id,
          note: unsealOrNull(key, 'case_action_status_changes', 'note', h.id, h.note_enc),
        })),
      citations: cited.byAction.get(a.id) ?? [],
      permissions,
    };
  });
  const progressReports =
    checkExecution(p, loaded, 'read-progress') === null
      ? (
          await ctx.db
            .selectFrom('case_progress_reports')
            .selectAll()
            .where('case_id', '=', id)
            .orderBy('at')
            .orderBy('id')
            .execute()
        ).map((r) => ({
          id: r.id,
          at: r.at,
          authorUserId: r.author_user_id,
          text: unseal(key, 'case_progress_reports', 'text', r.id, r.text_enc),
        }))
      : null;
  const escalations = mayReadEscalations(p, loaded)
    ? (
        await ctx.db
          .selectFrom('case_escalations')
          .selectAll()
          .where('case_id', '=', id)
          .orderBy('escalated_at')
          .orderBy('id')
          .execute()
      ).map((e) => ({
        id: e.id,
        escalatedAt: e.escalated_at,
        escalatedByUserId: e.escalated_by_user_id,
        reason: unseal(key, 'case_escalations', 'reason', e.id, e.reason_enc),
        resolvedAt: e.resolved_at,
        resolvedByUserId: e.resolved_by_user_id,
        resolution: unsealOrNull(key, 'case_escalations', 'resolution', e.id, e.resolution_enc),
      }))
    : null;
  // Issue 5: who changed, reported and escalated — only the ids shown above (one statement).
  const names = await userNames(ctx.db, [
    ...actions.flatMap((a) => a.history.map((h) => h.changedByUserId)),
    ...(progressReports ?? []).map((r) => r.authorUserId),
    ...(escalations ?? []).flatMap((e) => [e.escalatedByUserId, e.resolvedByUserId]),
  ]);
  await logRead(ctx.db, [
    ...(await caseEntries(ctx.db, ctx, key, {
      name: 'case.execution.read',
      operation: 'read',
      activity: 'uitvoering-monitoring',
      caseId: id,
      controllerPartyId: loaded.row.registering_party_id,
      principal: p,
      trace,
      startTime: started,
    })),
    // The titles of the cited items shown: read with each item's provider as controller.
    ...(await citationEntries(
      ctx.db,
      ctx,
      key,
      {
        name: 'case.action-plan.citations.read',
        operation: 'read',
        activity: 'uitvoering-monitoring',
        caseId: id,
        caseStatus: loaded.row.status,
        principal: p,
        trace,
      },
      cited.shown,
    )),
  ]);
  return {
    caseId: id,
    caseNumber: loaded.row.case_number,
    status: loaded.row.status,
    escalated: loaded.execution.escalated,
    actions,
    progressReports,
    escalations,
    userNames: names,
    permissions: executionPermissions(p, loaded),
    version: loaded.row.version,
  };
}
