/**
 * The relations through which a caller sees a case (domain.md §4 need to know; Art. 1.14, 8.2,
 * 12, 13). Named here once so that policy.ts, the list and the response schemas agree.
 */
export const caseRelations = [
  'registering',
  'coordinator',
  'participant',
  'assigned',
  'to-pick-up',
  'informatiecentrum',
  // Art. 11.3d: the manager, while the case is escalated.
  'escalated-manager',
] as const;
export type CaseRelation = (typeof caseRelations)[number];
