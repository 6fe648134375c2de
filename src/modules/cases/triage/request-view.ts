/**
 * Turning sealed request rows into their two views (Art. 1.8, 12.2b; data minimisation, Art. 5
 * lid 1 sub c AVG): the full view with the answer, for the procesregisseur and informatiecentrum;
 * and the limited view for the asked party — the case number, the question, the deadline and,
 * while the request is open, the persons' name and date of birth needed to look them up; never
 * the rest of the dossier.
 */
import type { CaseInformationRequestTable } from '../../../platform/db/schema.js';
import { unseal, unsealOrNull } from '../sealing.js';
import { isOverdue } from './rules.js';

const T = 'case_information_requests';

function answerOf(key: Buffer, r: CaseInformationRequestTable) {
  if (r.status !== 'answered' || r.summary_enc === null || r.answered_by_user_id === null || !r.answered_at)
    return null;
  return {
    involved: r.involved === 1,
    summary: unseal(key, T, 'summary', r.id, r.summary_enc),
    information: unsealOrNull(key, T, 'information', r.id, r.information_enc),
    answeredByUserId: r.answered_by_user_id,
    answeredAt: r.answered_at,
  };
}

export function requestView(key: Buffer, r: CaseInformationRequestTable, today: string) {
  return {
    id: r.id,
    caseId: r.case_id,
    partyId: r.party_id,
    askedByUserId: r.asked_by_user_id,
    question: unseal(key, T, 'question', r.id, r.question_enc),
    deadline: r.deadline,
    status: r.status,
    overdue: isOverdue(r.status, r.deadline, today),
    answer: answerOf(key, r),
    createdAt: r.created_at,
    version: r.version,
  };
}
export type RequestView = ReturnType<typeof requestView>;

export function partyRequestView(
  key: Buffer,
  r: CaseInformationRequestTable & { case_number: string; case_status: string },
  persons: { name: string; birthDate: string }[],
  today: string,
) {
  const open = r.status === 'open';
  return {
    id: r.id,
    caseNumber: r.case_number,
    partyId: r.party_id,
    question: unseal(key, T, 'question', r.id, r.question_enc),
    deadline: r.deadline,
    status: r.status === 'answered' ? ('answered' as const) : ('open' as const),
    overdue: isOverdue(r.status, r.deadline, today),
    persons: open ? persons : null,
    answer: answerOf(key, r),
    createdAt: r.created_at,
    version: r.version,
    permissions: open && r.case_status === 'in_triage' ? ['answer' as const] : [],
  };
}
