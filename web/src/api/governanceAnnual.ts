/**
 * The house's yearly documents as the API offers them: the annual plan with its four required
 * parts (Art. 4.4), the annual report and accounts (6.4), and the finances per year (18): budget
 * and realisation per line, contributions per party in money or in kind. Amounts are euro cents.
 */
import { govSend, itemsOf, nullableString, permissions, ref, useGov, z } from './governanceClient';

/** Art. 4.4a–d, in the covenant's order. */
export const PLAN_PARTS = ['longTermVision', 'priorities', 'budgetAndAccounts', 'qualityAssurance'] as const;
export type PlanPart = (typeof PLAN_PARTS)[number];
export const REPORT_PARTS = ['report', 'accounts'] as const;
export const DOC_STATUSES = ['draft', 'proposed', 'adopted', 'rejected'] as const;

const doc = {
  id: z.string(),
  year: z.number(),
  status: z.enum(DOC_STATUSES),
  missing: nullableString,
  decisionId: nullableString,
  adoptedAt: nullableString,
  permissions,
};
export const planSchema = z.object({
  ...doc,
  longTermVision: nullableString,
  priorities: nullableString,
  budgetAndAccounts: nullableString,
  qualityAssurance: nullableString,
});
export type AnnualPlan = z.infer<typeof planSchema>;
export const reportSchema = z.object({ ...doc, report: nullableString, accounts: nullableString });
export type AnnualReport = z.infer<typeof reportSchema>;

export type AnnualKind = 'annual-plans' | 'annual-reports';
export const useAnnualPlans = () => useGov(['annual-plans'], '/annual-plans', itemsOf(planSchema));
export const useAnnualReports = () => useGov(['annual-reports'], '/annual-reports', itemsOf(reportSchema));
export const useAnnualPlan = (id: string, enabled = true) =>
  useGov(['annual-plans', id], enabled ? `/annual-plans/${id}` : null, planSchema);
export const useAnnualReport = (id: string, enabled = true) =>
  useGov(['annual-reports', id], enabled ? `/annual-reports/${id}` : null, reportSchema);
export const createAnnual = (kind: AnnualKind, year: number) =>
  govSend('POST', `/${kind}`, z.object({ id: z.string() }), { year });
export const updateAnnual = (
  kind: AnnualKind,
  id: string,
  parts: Record<string, string | null>,
  etag: string | null,
) => govSend('PATCH', `/${kind}/${id}`, z.object({ id: z.string() }), parts, etag);
export const proposeAnnual = (kind: AnnualKind, id: string, meetingId: string, etag: string | null) =>
  govSend('POST', `/${kind}/${id}/propose`, z.object({ id: z.string() }), { meetingId }, etag);

/** Which of the four parts are still empty (the server says so too, in `missing`). */
export function emptyParts(plan: Record<PlanPart, string | null>): PlanPart[] {
  return PLAN_PARTS.filter((p) => (plan[p] ?? '').trim() === '');
}

export const financeSchema = z.object({
  year: z.number(),
  budgetLines: z.array(
    z.object({
      id: z.string(),
      category: z.string(),
      budgetCents: z.number(),
      realisedCents: z.nullable(z.number()),
    }),
  ),
  contributions: z.array(
    z.object({
      id: z.string(),
      party: ref,
      kind: z.enum(['money', 'in_kind']),
      amountCents: z.nullable(z.number()),
      description: z.string(),
    }),
  ),
  totals: z.object({ budgetCents: z.number(), realisedCents: z.number(), contributedCents: z.number() }),
  version: z.number(),
  permissions,
});
export type Finances = z.infer<typeof financeSchema>;
export const useFinances = (year: number) => useGov(['finances', year], `/finances/${year}`, financeSchema);

export interface FinancesInput {
  budgetLines: { category: string; budgetCents: number; realisedCents: number | null }[];
  contributions: {
    partyId: string;
    kind: 'money' | 'in_kind';
    amountCents: number | null;
    description: string;
  }[];
}
/** A year with nothing recorded yet has version 0 and is created with If-Match "v0"-style ETag. */
export const saveFinances = (year: number, input: FinancesInput, etag: string | null) =>
  govSend('PUT', `/finances/${year}`, financeSchema, input, etag);

/** "1250", "1250,50", "1.250,50" (Dutch) or "1250.50" → cents; undefined when it is not an amount. */
export function parseEuros(text: string): number | undefined {
  const t = text.trim().replace(/^€\s*/, '').replace(/\s/g, '');
  let normal: string;
  if (/^\d{1,3}(\.\d{3})*,\d{1,2}$|^\d+,\d{1,2}$/.test(t)) normal = t.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(t)) normal = t.replace(/\./g, '');
  else if (/^\d+(\.\d{1,2})?$/.test(t)) normal = t;
  else return undefined;
  const cents = Math.round(Number(normal) * 100);
  return Number.isSafeInteger(cents) ? cents : undefined;
}

/** Cents as euros in the interface language. */
export function formatEuros(cents: number, language: string | undefined): string {
  return new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}
