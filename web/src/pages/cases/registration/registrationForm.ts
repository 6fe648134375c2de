/**
 * The registration form as data (Art. 1.7): the draft the professional is typing, its checks
 * before anything is sent (every message points at its field), the request body, and the reverse
 * mapping of the server's validation detail ("Body ongeldig — persons.0.bsn: …") onto the field it
 * names. No React here, so all of it is unit-tested.
 */
import type { Case, CaseType, Criteria } from '../../../api/cases';
import type { CaseInput } from '../../../api/casesRequests';
import { checkBsn, normaliseBsn } from './bsn';

export interface PersonDraft {
  /** Stable React key for the row; never sent. */
  key: string;
  name: string;
  bsn: string;
  birthDate: string;
  address: string;
}

export interface RegistrationDraft {
  caseType: CaseType | '';
  persons: PersonDraft[];
  reason: string;
  goal: string;
  partnersInvolved: string[];
  protocolKey: string;
  informed: 'yes' | 'no' | '';
  notInformedReason: string;
  criteria: Criteria;
}

export const PERSON_FIELDS = ['name', 'bsn', 'birthDate', 'address'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

/** A field of the form: a top-level field, or one field of the n-th person. */
export type FieldPath =
  | 'caseType'
  | 'persons'
  | 'reason'
  | 'goal'
  | 'partnersInvolved'
  | 'protocolKey'
  | 'informed'
  | 'notInformedReason'
  | 'criteria'
  | `persons.${number}.${PersonField}`;

export type ErrorCode =
  | 'required'
  | 'bsnDigits'
  | 'bsnElfproef'
  | 'dateInvalid'
  | 'dateFuture'
  | 'onePerson'
  | 'tooLong';

export interface FieldError {
  field: FieldPath;
  code: ErrorCode;
}

const MAX = { name: 200, address: 500, reason: 10_000, goal: 10_000, notInformedReason: 5_000 } as const;

let nextKey = 0;
export const emptyPerson = (): PersonDraft => ({
  key: `p${nextKey++}`,
  name: '',
  bsn: '',
  birthDate: '',
  address: '',
});

export const emptyCriteria = (): Criteria => ({
  areaSafetyProblem: false,
  impactOnSystem: false,
  multipleChainsNeeded: false,
  multiproblem: false,
});

export const emptyDraft = (): RegistrationDraft => ({
  caseType: '',
  persons: [emptyPerson()],
  reason: '',
  goal: '',
  partnersInvolved: [],
  protocolKey: '',
  informed: '',
  notInformedReason: '',
  criteria: emptyCriteria(),
});

/** The id of a field's input (of a group: its first input), so the error summary can link to it. */
export const fieldId = (field: FieldPath): string =>
  field === 'persons' ? 'case-persons-0-name' : `case-${field.replaceAll('.', '-')}`;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function dateProblem(value: string, today: string): ErrorCode | null {
  if (value === '') return 'required';
  if (!isoDate.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) return 'dateInvalid';
  // Date.parse accepts 2024-02-31; the round trip does not.
  if (new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) return 'dateInvalid';
  return value > today ? 'dateFuture' : null;
}

/** Every problem of the draft, in the order of the form. `today` is YYYY-MM-DD. */
export function validateDraft(d: RegistrationDraft, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const need = (field: FieldPath, value: string, max?: number) => {
    if (value.trim() === '') errors.push({ field, code: 'required' });
    else if (max !== undefined && value.trim().length > max) errors.push({ field, code: 'tooLong' });
  };
  if (d.caseType === '') errors.push({ field: 'caseType', code: 'required' });
  if (d.caseType === 'person' && d.persons.length !== 1) errors.push({ field: 'persons', code: 'onePerson' });
  d.persons.forEach((p, i) => {
    need(`persons.${i}.name`, p.name, MAX.name);
    const bsn = checkBsn(p.bsn);
    if (bsn === 'not-nine-digits') errors.push({ field: `persons.${i}.bsn`, code: 'bsnDigits' });
    if (bsn === 'elfproef') errors.push({ field: `persons.${i}.bsn`, code: 'bsnElfproef' });
    const date = dateProblem(p.birthDate.trim(), today);
    if (date) errors.push({ field: `persons.${i}.birthDate`, code: date });
    need(`persons.${i}.address`, p.address, MAX.address);
  });
  need('reason', d.reason, MAX.reason);
  need('goal', d.goal, MAX.goal);
  if (d.protocolKey === '') errors.push({ field: 'protocolKey', code: 'required' });
  if (d.informed === '') errors.push({ field: 'informed', code: 'required' });
  if (d.informed === 'no') need('notInformedReason', d.notInformedReason, MAX.notInformedReason);
  return errors;
}

/** The request body of a valid draft (call validateDraft first). */
export function toInput(d: RegistrationDraft): CaseInput {
  return {
    caseType: d.caseType === '' ? 'person' : d.caseType,
    persons: d.persons.map((p) => {
      const bsn = normaliseBsn(p.bsn);
      return {
        name: p.name.trim(),
        ...(bsn === '' ? {} : { bsn }),
        birthDate: p.birthDate.trim(),
        address: p.address.trim(),
      };
    }),
    reason: d.reason.trim(),
    goal: d.goal.trim(),
    partnersInvolved: [...new Set(d.partnersInvolved)],
    protocolKey: d.protocolKey,
    informed: d.informed === 'yes',
    notInformedReason: d.informed === 'no' ? d.notInformedReason.trim() : null,
    criteria: { ...d.criteria },
  };
}

/** A saved draft, back in the form. */
export function fromCase(c: Case): RegistrationDraft {
  return {
    caseType: c.caseType,
    persons: c.persons.map((p) => ({
      ...emptyPerson(),
      name: p.name,
      bsn: p.bsn ?? '',
      birthDate: p.birthDate,
      address: p.address,
    })),
    reason: c.reason,
    goal: c.goal,
    partnersInvolved: [...c.partnersInvolved],
    protocolKey: c.protocolKey,
    informed: c.informed ? 'yes' : 'no',
    notInformedReason: c.notInformedReason ?? '',
    criteria: { ...c.criteria },
  };
}

export interface ServerIssue {
  field: FieldPath | null;
  message: string;
}

const TOP_LEVEL = new Set<string>([
  'caseType',
  'persons',
  'reason',
  'goal',
  'partnersInvolved',
  'protocolKey',
  'informed',
  'notInformedReason',
  'criteria',
]);

/** The form field a server path names ("persons.0.bsn", "criteria.multiproblem"), or null. */
export function fieldOfPath(path: string): FieldPath | null {
  const person = /^persons\.(\d+)\.(name|bsn|birthDate|address)$/.exec(path);
  if (person) return `persons.${Number(person[1])}.${person[2] as PersonField}`;
  const top = path.split('.')[0] ?? '';
  return TOP_LEVEL.has(top) ? (top as FieldPath) : null;
}

/**
 * Splits a validation detail ("Body ongeldig — reason: te kort; persons.0.bsn: geen geldig BSN")
 * into its issues, each with the field it names. A detail without that shape is one issue.
 */
export function serverIssues(detail: string | undefined): ServerIssue[] {
  if (!detail) return [];
  const dash = detail.indexOf(' — ');
  if (dash < 0) return [{ field: null, message: detail }];
  return detail
    .slice(dash + 3)
    .split('; ')
    .map((part) => {
      const colon = part.indexOf(': ');
      if (colon < 0) return { field: null, message: part };
      const field = fieldOfPath(part.slice(0, colon));
      // A part that names no field of the form is shown whole.
      return field ? { field, message: part.slice(colon + 2) } : { field: null, message: part };
    });
}

/** The fields of `after` that differ from `before`: a draft edit sends only what changed. */
export function changedFields(before: CaseInput, after: CaseInput): Partial<CaseInput> {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof CaseInput)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = after[key];
  }
  return changes as Partial<CaseInput>;
}
