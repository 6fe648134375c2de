/**
 * The registration form of a data-subject request as pure data: checks per field (the BSN with
 * the elfproef; name and date of birth together; dates not in the future) and the request body,
 * in which the BSN travels — never in a URL (Wgs; the server does not store it either).
 */
import type { RequestKind, SubjectRequestInput } from '../../api/informationSubjectRequests';
import { checkBsn, normaliseBsn } from '../cases/registration/bsn';

export interface SubjectFormState {
  kind: RequestKind | '';
  identify: 'bsn' | 'name';
  bsn: string;
  name: string;
  birthDate: string;
  description: string;
  receivedOn: string;
}

export type SubjectField = 'kind' | 'bsn' | 'name' | 'birthDate' | 'description' | 'receivedOn';
export type SubjectProblem =
  | 'kind'
  | 'bsn'
  | 'name'
  | 'birthDate'
  | 'birthDateFuture'
  | 'description'
  | 'receivedOn'
  | 'receivedOnFuture';

export function subjectProblems(
  s: SubjectFormState,
  today: string,
): Partial<Record<SubjectField, SubjectProblem>> {
  const out: Partial<Record<SubjectField, SubjectProblem>> = {};
  if (s.kind === '') out.kind = 'kind';
  if (s.identify === 'bsn') {
    if (checkBsn(s.bsn) !== 'valid') out.bsn = 'bsn';
  } else {
    if (!s.name.trim()) out.name = 'name';
    if (!s.birthDate) out.birthDate = 'birthDate';
    else if (s.birthDate > today) out.birthDate = 'birthDateFuture';
  }
  if (!s.description.trim()) out.description = 'description';
  if (!s.receivedOn) out.receivedOn = 'receivedOn';
  else if (s.receivedOn > today) out.receivedOn = 'receivedOnFuture';
  return out;
}

/** The POST body; only call once subjectProblems found nothing. */
export function subjectBody(s: SubjectFormState): SubjectRequestInput {
  return {
    kind: s.kind === '' ? 'access' : s.kind,
    subject:
      s.identify === 'bsn' ? { bsn: normaliseBsn(s.bsn) } : { name: s.name.trim(), birthDate: s.birthDate },
    description: s.description.trim(),
    receivedOn: s.receivedOn,
  };
}
