/**
 * Execution and escalation (Art. 8.5, 11.3d, 13): the action plan with each action's status,
 * history, overdue mark and cited information; changing an action's status (coordinator, or a
 * participant of the owning party) and what it cites (coordinator or procesregisseur, Art. 16.2); progress reports to the procesregisseur; escalation to the manager and its end.
 */
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { ACTION_STATUSES, type ActionStatus, citationSchema } from './caseFlowConference';
import { userNamesField } from './caseFlowNames';
import { ifMatch, int, nstr, parseFlowCaseRef, parserOf, str } from './caseFlowParse';
import { CASES_KEY, casePath } from './casesRequests';
import { getJson, sendJson } from './client';

const actionSchema = z.object({
  id: str,
  conferenceId: nstr,
  ownerPartyId: str,
  description: str,
  dueDate: str,
  status: z.enum(ACTION_STATUSES),
  overdue: z.boolean(),
  version: int,
  history: z.array(
    z.object({
      at: str,
      fromStatus: z.enum(ACTION_STATUSES),
      toStatus: z.enum(ACTION_STATUSES),
      changedByUserId: str,
      note: nstr,
    }),
  ),
  citations: z._default(z.array(citationSchema), []),
  permissions: z.array(str),
});
export type ExecutionAction = z.infer<typeof actionSchema>;

const reportSchema = z.object({ id: str, at: str, authorUserId: str, text: str });
const escalationSchema = z.object({
  id: str,
  escalatedAt: str,
  escalatedByUserId: str,
  reason: str,
  resolvedAt: nstr,
  resolvedByUserId: nstr,
  resolution: nstr,
});

export const executionSchema = z.object({
  caseId: str,
  caseNumber: str,
  status: str,
  escalated: z.boolean(),
  actions: z.array(actionSchema),
  progressReports: z.nullable(z.array(reportSchema)),
  escalations: z.nullable(z.array(escalationSchema)),
  userNames: userNamesField,
  permissions: z.array(str),
  version: int,
});
export type Execution = z.infer<typeof executionSchema>;

export const executionKey = (caseId: string) => [...CASES_KEY, 'execution', caseId] as const;

export function useExecution(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: executionKey(caseId),
    queryFn: ({ signal }) => getJson(casePath(caseId, 'execution'), parserOf(executionSchema), signal),
    enabled,
    staleTime: 0,
  });
}

export const changeActionStatus = (
  caseId: string,
  action: Pick<ExecutionAction, 'id' | 'version'>,
  status: ActionStatus,
  note: string | undefined,
) =>
  sendJson(
    'POST',
    casePath(caseId, `actions/${encodeURIComponent(action.id)}/status`),
    parserOf(z.object({ id: str, status: z.enum(ACTION_STATUSES), version: int })),
    { body: note ? { status, note } : { status }, headers: ifMatch(action.version) },
  );

/**
 * Replaces the items an action cites (Art. 16.2): only items the user may see and the provider
 * allows in the plan (409 otherwise); citations of items the user cannot see stay. If-Match: the
 * action's version.
 */
export const changeActionCitations = (
  caseId: string,
  action: Pick<ExecutionAction, 'id' | 'version'>,
  itemIds: string[],
) =>
  sendJson(
    'POST',
    casePath(caseId, `actions/${encodeURIComponent(action.id)}/citations`),
    parserOf(z.object({ id: str, status: z.enum(ACTION_STATUSES), version: int })),
    { body: { itemIds }, headers: ifMatch(action.version) },
  );

/**
 * The statuses an actor may move an action to (Art. 8.5, 13.2), read from the action's permissions:
 * `update-status` opens open / in progress / done, `cancel` opens cancelled (the coordinator's
 * call; the server gives a cancelled action `update-status` only for the coordinator).
 */
export function statusChoices(from: ActionStatus, permissions: readonly string[]): ActionStatus[] {
  if (!permissions.includes('update-status') && !permissions.includes('cancel')) return [];
  const mayCancel = permissions.includes('cancel');
  return ACTION_STATUSES.filter(
    (s) => s !== from && (s === 'cancelled' ? mayCancel : permissions.includes('update-status')),
  );
}

export const reportProgress = (caseId: string, text: string) =>
  sendJson('POST', casePath(caseId, 'progress-reports'), parserOf(reportSchema), { body: { text } });

export const escalateCase = (caseId: string, version: number, reason: string) =>
  sendJson('POST', casePath(caseId, 'escalate'), parseFlowCaseRef, {
    body: { reason },
    headers: ifMatch(version),
  });

export const resolveEscalation = (caseId: string, version: number, resolution: string) =>
  sendJson('POST', casePath(caseId, 'resolve-escalation'), parseFlowCaseRef, {
    body: { resolution },
    headers: ifMatch(version),
  });
