/**
 * The manager's overview (Art. 11.3): counts per phase, per registering party and per month,
 * overdue actions, dossiers waiting for their scrub, and the escalated cases — metadata only, never
 * a person or a text. For everyone who is not a manager the server answers 404.
 */
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { int, nstr, parserOf, str } from './caseFlowParse';
import { CASE_STATUSES } from './cases';
import { API_BASE, getJson } from './client';

const count = int;

export const managerOverviewSchema = z.object({
  today: str,
  byPhase: z.array(z.object({ status: z.enum(CASE_STATUSES), count })),
  byRegisteringParty: z.array(z.object({ partyId: str, count })),
  byMonth: z.array(z.object({ month: str, count })),
  overdueActions: count,
  scrubPending: count,
  escalated: z.array(
    z.object({
      caseId: str,
      caseNumber: str,
      status: z.enum(CASE_STATUSES),
      protocolKey: str,
      submittedAt: nstr,
      escalatedAt: str,
    }),
  ),
});
export type ManagerOverview = z.infer<typeof managerOverviewSchema>;

export function useManagerOverview() {
  return useQuery({
    queryKey: ['cases', 'manager-overview'],
    queryFn: ({ signal }) => getJson(`${API_BASE}/manager/overview`, parserOf(managerOverviewSchema), signal),
    staleTime: 0,
  });
}

/** A month `YYYY-MM` as the reader says it ("maart 2026"), in the interface language. */
export function formatMonth(month: string, language: string | undefined): string {
  if (!/^\d{4}-\d{2}$/.test(month)) return month;
  const date = new Date(`${month}-01T00:00:00Z`);
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
