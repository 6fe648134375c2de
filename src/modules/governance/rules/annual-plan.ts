/**
 * The annual plan (Art. 4.4): the Stuurgroep adopts it yearly, and it contains at least (a) a
 * long-term vision, (b) the priorities for the calendar year, (c) budget and annual accounts
 * including the annual report, and (d) assuring the quality of the cooperation, the action plans
 * and information security, and its evaluation. A plan missing a part cannot be put to a vote. No I/O.
 */
export const planParts = [
  { key: 'longTermVision', article: '4.4a', label: 'langetermijnvisie' },
  { key: 'priorities', article: '4.4b', label: 'prioriteiten voor het kalenderjaar' },
  { key: 'budgetAndAccounts', article: '4.4c', label: 'begroting en jaarrekening inclusief jaarverslag' },
  { key: 'qualityAssurance', article: '4.4d', label: 'borging van kwaliteit en informatiebeveiliging' },
] as const;

export type PlanPartKey = (typeof planParts)[number]['key'];
export type PlanParts = Record<PlanPartKey, string | null>;

/** The parts still empty, each with its article. */
export function missingParts(plan: PlanParts): { key: PlanPartKey; article: string; label: string }[] {
  return planParts
    .filter((p) => (plan[p.key] ?? '').trim().length === 0)
    .map((p) => ({ key: p.key, article: p.article, label: p.label }));
}

/** Why the plan cannot be put to a vote, or null when it can. */
export function voteRefusal(plan: PlanParts): string | null {
  const missing = missingParts(plan);
  if (missing.length === 0) return null;
  return `het jaarplan mist: ${missing.map((m) => `${m.label} (Art. ${m.article})`).join(', ')}`;
}
