/**
 * A professional's own registrations for "Mijn taken", read from their case list (GET /cases per
 * phase), because the worklist (GET /me/tasks) covers work others ask of them, not their own
 * drafts: unsubmitted drafts, and registrations being assessed, where questions may wait (Art. 1.7,
 * 12.2a). The server decides what is in each list; this only sorts its answers into tasks.
 */
import { useQueries } from '@tanstack/react-query';
import type { Role } from '../auth/roles';
import { type CaseRelation, type CaseStatus, type CaseSummary, parseCasePage } from './cases';
import { CASES_KEY, casesListPath } from './casesRequests';
import { apiRequest } from './client';
import { ApiError } from './problem';

export const TASK_KINDS = ['draft', 'waiting'] as const;
export type CaseTaskKind = (typeof TASK_KINDS)[number];

interface TaskSpec {
  kind: CaseTaskKind;
  status: CaseStatus;
  relation: CaseRelation;
}

const SPECS: Record<CaseTaskKind, TaskSpec> = {
  draft: { kind: 'draft', status: 'concept', relation: 'registering' },
  waiting: { kind: 'waiting', status: 'in_beoordeling', relation: 'registering' },
};

/** The kinds of task a user with these roles has (in display order). */
export function taskKindsFor(roles: readonly Role[], partyId: string | null): CaseTaskKind[] {
  const kinds: CaseTaskKind[] = [];
  if (roles.includes('professional') && partyId !== null) kinds.push('draft', 'waiting');
  return kinds;
}

export interface CaseTask {
  kind: CaseTaskKind;
  item: CaseSummary;
}

export interface TaskGroup {
  kind: CaseTaskKind;
  tasks: CaseTask[];
  /** The server has more than one page of these. */
  more: boolean;
}

/** One group per kind: the items of that phase in which the caller has the kind's relation, oldest first. */
export function taskGroup(
  kind: CaseTaskKind,
  items: readonly CaseSummary[],
  nextCursor: string | null,
): TaskGroup {
  const spec = SPECS[kind];
  const tasks = items
    .filter((c) => c.status === spec.status && c.relation === spec.relation)
    .sort((a, b) => (a.submittedAt ?? a.createdAt).localeCompare(b.submittedAt ?? b.createdAt))
    .map((item) => ({ kind, item }));
  return { kind, tasks, more: nextCursor !== null };
}

export function useCaseTasks(roles: readonly Role[], partyId: string | null) {
  const kinds = taskKindsFor(roles, partyId);
  return useQueries({
    queries: kinds.map((kind) => ({
      queryKey: [...CASES_KEY, 'tasks', kind],
      queryFn: async ({ signal }: { signal: AbortSignal }) => {
        const response = await apiRequest('GET', casesListPath(SPECS[kind].status, null), { signal });
        const page = parseCasePage(response.body);
        if (!page) throw new ApiError('invalid-response', response.status);
        return taskGroup(kind, page.items, page.nextCursor);
      },
      staleTime: 0,
    })),
  });
}
