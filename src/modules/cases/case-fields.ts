/**
 * The sealed fields of a case row (Art. 1.7: reason, goal, partners involved, whether the person
 * was informed and why not, the Bijlage 2 self-check), sealed and opened with the case key. The
 * AAD names table, column and case id.
 */
import type { CaseTable } from '../../platform/db/schema.js';
import type { CriteriaAnswers } from './rules/criteria.js';
import type { CaseInput } from './schemas.js';
import { seal, unseal, unsealOrNull } from './sealing.js';

type SealedCaseFields = Pick<
  CaseTable,
  | 'reason_enc'
  | 'goal_enc'
  | 'partners_involved_enc'
  | 'informed_enc'
  | 'not_informed_reason_enc'
  | 'criteria_enc'
>;

export function sealCaseFields(key: Buffer, caseId: string, input: CaseInput): SealedCaseFields {
  const s = (column: string, value: string) => seal(key, 'cases', column, caseId, value);
  return {
    reason_enc: s('reason', input.reason),
    goal_enc: s('goal', input.goal),
    partners_involved_enc: s('partners_involved', JSON.stringify([...new Set(input.partnersInvolved)])),
    informed_enc: s('informed', JSON.stringify(input.informed)),
    not_informed_reason_enc: input.notInformedReason
      ? s('not_informed_reason', input.notInformedReason)
      : null,
    criteria_enc: s('criteria', JSON.stringify(input.criteria)),
  };
}

export function openCaseFields(key: Buffer, caseId: string, row: SealedCaseFields) {
  const o = (column: string, sealed: string) => unseal(key, 'cases', column, caseId, sealed);
  return {
    reason: o('reason', row.reason_enc),
    goal: o('goal', row.goal_enc),
    partnersInvolved: JSON.parse(o('partners_involved', row.partners_involved_enc)) as string[],
    informed: JSON.parse(o('informed', row.informed_enc)) as boolean,
    notInformedReason: unsealOrNull(key, 'cases', 'not_informed_reason', caseId, row.not_informed_reason_enc),
    criteria: JSON.parse(o('criteria', row.criteria_enc)) as CriteriaAnswers,
  };
}
