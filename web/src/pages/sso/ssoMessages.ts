/**
 * The words for what is wrong in the single sign-on form: each problem as a sentence naming its
 * field (in the interface language), and the list the error summary shows, in form order, each
 * linked to its field. A server validation problem is mapped onto the fields it names.
 */
import type { TFunction } from 'i18next';
import { ApiError, errorCode, errorMessageKey } from '../../api/problem';
import { apiFormErrors } from '../../layout/apiErrors';
import type { FormError } from '../../layout/FormErrorSummary';
import { SSO_FIELDS, type SsoField, type SsoFormProblems, type SsoProblem, serverProblems } from './ssoForm';

const LABELS = {
  name: 'pages.ssoProviders.form.name',
  issuer: 'pages.ssoProviders.form.issuer',
  clientId: 'pages.ssoProviders.form.clientId',
  clientSecret: 'pages.ssoProviders.form.clientSecret',
  partyId: 'pages.ssoProviders.form.organisation',
  matchClaim: 'pages.ssoProviders.form.matchClaim',
  defaultRoles: 'pages.ssoProviders.form.defaultRoles',
} as const satisfies Record<SsoField, string>;

export function problemMessage(t: TFunction, field: SsoField, problem: SsoProblem): string {
  const label = t(LABELS[field]);
  switch (problem.kind) {
    case 'length':
      return t('pages.ssoProviders.problems.length', { field: label, min: problem.min, max: problem.max });
    case 'server':
      return t('pages.ssoProviders.problems.server', { field: label, message: problem.message });
    default:
      return t(`pages.ssoProviders.problems.${problem.kind}`, { field: label });
  }
}

export type SsoFieldMessages = Partial<Record<SsoField, string>>;
export type SsoFieldIds = Record<SsoField, string>;

export function fieldMessages(t: TFunction, problems: SsoFormProblems): SsoFieldMessages {
  const messages: SsoFieldMessages = {};
  for (const field of SSO_FIELDS) {
    const problem = problems[field];
    if (problem) messages[field] = problemMessage(t, field, problem);
  }
  return messages;
}

export function summaryErrors(messages: SsoFieldMessages, ids: SsoFieldIds): FormError[] {
  return SSO_FIELDS.flatMap((field) => {
    const message = messages[field];
    return message ? [{ message, fieldId: ids[field] }] : [];
  });
}

/**
 * A refused save: the fields a validation problem names get their message (and a link in the
 * summary); any other problem is shown as the form's general error.
 */
export function refusedSave(
  t: TFunction,
  error: unknown,
  ids: SsoFieldIds,
): { fields: SsoFieldMessages; summary: FormError[] } {
  const detail = error instanceof ApiError ? error.problem?.detail : undefined;
  const fields = errorCode(error) === 'validation' ? fieldMessages(t, serverProblems(detail)) : {};
  const linked = summaryErrors(fields, ids);
  if (linked.length === 0) return { fields, summary: apiFormErrors(t, error) };
  return { fields, summary: [{ message: t(errorMessageKey(error)) }, ...linked] };
}
