/**
 * Turning sealed request rows into their two views (Art. 1.8, 12.2b; data minimisation, Art. 5
 * lid 1 sub c AVG): the full view for the procesregisseur and informatiecentrum; and the limited
 * view for the asked party — the case number, the question, the deadline and, while the request is
 * open, the persons' name and date of birth needed to look them up; never the rest of the dossier.
 *
 * The answer (backlog 18; Art. 16.2): a request keeps only who answered and when. Its content —
 * involved or not, the summary, the information — is the answering party's information item and is
 * shown only when the viewer may see that item now (information/triage-answer.ts, the one
 * visibility rule); otherwise `content` is null, whatever the reason, so nothing tells the viewer
 * whether an item exists, was withdrawn or restricted.
 */
import type { CaseInformationRequestTable } from '../../../platform/db/schema.js';
import type { AnswerContent } from '../../information/triage-answer.js';
import { unseal } from '../sealing.js';
import { isOverdue } from './rules.js';

const T = 'case_information_requests';

function answerOf(r: CaseInformationRequestTable, content: AnswerContent | null) {
  if (r.status !== 'answered' || r.answered_by_user_id === null || !r.answered_at) return null;
  return { answeredByUserId: r.answered_by_user_id, answeredAt: r.answered_at, content };
}

export function requestView(
  key: Buffer,
  r: CaseInformationRequestTable,
  today: string,
  content: AnswerContent | null = null,
) {
  return {
    id: r.id,
    caseId: r.case_id,
    partyId: r.party_id,
    askedByUserId: r.asked_by_user_id,
    question: unseal(key, T, 'question', r.id, r.question_enc),
    deadline: r.deadline,
    status: r.status,
    overdue: isOverdue(r.status, r.deadline, today),
    answer: answerOf(r, content),
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
  content: AnswerContent | null,
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
    answer: answerOf(r, content),
    createdAt: r.created_at,
    version: r.version,
    permissions: open && r.case_status === 'in_triage' ? ['answer' as const] : [],
  };
}
