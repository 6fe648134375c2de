/**
 * De-escalation and the scrub (Art. 1.10, 8.4d): the criteria, proposals with their two approvals
 * (procesregisseur and coordinator, two different people), proposing, approving, cancelling; then
 * the dossier's contents, each to remove or keep (with a reason), which closes the case.
 */
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { userNamesField } from './caseFlowNames';
import { ifMatch, int, nstr, parseFlowCaseRef, parserOf, str } from './caseFlowParse';
import { CASES_KEY, casePath } from './casesRequests';
import { getJson, sendJson } from './client';

const approvalSchema = z.nullable(z.object({ userId: str, at: str }));

const proposalSchema = z.object({
  id: str,
  status: z.enum(['pending', 'approved', 'cancelled']),
  proposedByUserId: str,
  proposedAt: str,
  conferenceId: nstr,
  evaluation: str,
  procesregisseurApproval: approvalSchema,
  coordinatorApproval: approvalSchema,
  cancelledAt: nstr,
  cancelledByUserId: nstr,
  cancelReason: nstr,
  scrubbedAt: nstr,
  scrubbedByUserId: nstr,
  retentionUntil: nstr,
});
export type Proposal = z.infer<typeof proposalSchema>;

export const deescalationSchema = z.object({
  caseId: str,
  status: str,
  criteria: nstr,
  proposals: z.array(proposalSchema),
  scrubPending: z.boolean(),
  userNames: userNamesField,
  permissions: z.array(str),
  version: int,
});
export type Deescalation = z.infer<typeof deescalationSchema>;

export const scrubSchema = z.object({
  caseId: str,
  pending: z.boolean(),
  elements: z.array(z.object({ type: str, id: str, label: str, preview: nstr })),
  decisions: z.array(
    z.object({ type: str, id: str, decision: z.enum(['keep', 'remove']), reason: nstr, decidedAt: str }),
  ),
  version: int,
});
export type Scrub = z.infer<typeof scrubSchema>;
export type ScrubElement = Scrub['elements'][number];

export const closedSchema = z.object({
  id: str,
  caseNumber: str,
  status: str,
  version: int,
  retentionUntil: str,
  removed: int,
  kept: int,
});

export const deescalationKey = (caseId: string) => [...CASES_KEY, 'deescalation', caseId] as const;
export const scrubKey = (caseId: string) => [...CASES_KEY, 'scrub', caseId] as const;

export function useDeescalation(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: deescalationKey(caseId),
    queryFn: ({ signal }) => getJson(casePath(caseId, 'deescalation'), parserOf(deescalationSchema), signal),
    enabled,
    staleTime: 0,
  });
}

export function useScrub(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: scrubKey(caseId),
    queryFn: ({ signal }) => getJson(casePath(caseId, 'scrub'), parserOf(scrubSchema), signal),
    enabled,
    staleTime: 0,
  });
}

export type DeescalationStep =
  | { action: 'propose-deescalation'; evaluation: string }
  | { action: 'approve-deescalation' }
  | { action: 'cancel-deescalation'; reason: string };

export function deescalate(caseId: string, version: number, step: DeescalationStep) {
  const { action, ...body } = step;
  return sendJson('POST', casePath(caseId, action), parseFlowCaseRef, {
    body,
    headers: ifMatch(version),
  });
}

export interface ScrubChoice {
  decision: 'keep' | 'remove' | null;
  reason: string;
}

export interface ScrubDecision {
  type: string;
  id: string;
  decision: 'keep' | 'remove';
  reason?: string;
}

export const elementKey = (e: Pick<ScrubElement, 'type' | 'id'>) => `${e.type}:${e.id}`;

/**
 * Checks the choices against the elements (Art. 1.10): one decision per element, a reason for each
 * kept one. Returns the decisions to send, or per element key what is missing.
 */
export function scrubDecisions(
  elements: readonly ScrubElement[],
  choices: Readonly<Record<string, ScrubChoice>>,
): { ok: true; decisions: ScrubDecision[] } | { ok: false; missing: Record<string, 'decision' | 'reason'> } {
  const missing: Record<string, 'decision' | 'reason'> = {};
  const decisions: ScrubDecision[] = [];
  for (const e of elements) {
    const key = elementKey(e);
    const choice = choices[key];
    if (!choice?.decision) missing[key] = 'decision';
    else if (choice.decision === 'keep' && choice.reason.trim() === '') missing[key] = 'reason';
    else
      decisions.push(
        choice.decision === 'keep'
          ? { type: e.type, id: e.id, decision: 'keep', reason: choice.reason.trim() }
          : { type: e.type, id: e.id, decision: 'remove' },
      );
  }
  return Object.keys(missing).length > 0 ? { ok: false, missing } : { ok: true, decisions };
}

export const scrubAndClose = (caseId: string, version: number, decisions: ScrubDecision[]) =>
  sendJson('POST', casePath(caseId, 'scrub'), parserOf(closedSchema), {
    body: { decisions },
    headers: ifMatch(version),
  });
