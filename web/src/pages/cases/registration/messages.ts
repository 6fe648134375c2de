/**
 * The words for the registration form's problems: each error code of registrationForm.ts, and each
 * issue the server named, as a sentence that says which field and what to do.
 */
import type { TFunction } from 'i18next';
import type { FormError } from '../../../layout/FormErrorSummary';
import { type FieldError, type FieldPath, fieldId, type ServerIssue } from './registrationForm';

const CHOICES = new Set<FieldPath>(['caseType', 'protocolKey', 'informed']);

export function fieldName(t: TFunction, field: FieldPath): string {
  const person = /^persons\.(\d+)\.(name|bsn|birthDate|address)$/.exec(field);
  if (person) {
    const key = person[2] as 'name' | 'bsn' | 'birthDate' | 'address';
    return t(`cases.form.fieldNames.${key}`, { number: Number(person[1]) + 1 });
  }
  return t(`cases.form.fieldNames.${field as Exclude<FieldPath, `persons.${number}.${string}`>}`);
}

export function errorMessage(t: TFunction, e: FieldError): string {
  const field = fieldName(t, e.field);
  switch (e.code) {
    case 'required':
      return CHOICES.has(e.field)
        ? t('cases.form.errors.requiredChoice', { field })
        : t('cases.form.errors.required', { field });
    case 'tooLong': {
      const capitalised = field.charAt(0).toUpperCase() + field.slice(1);
      return t('cases.form.errors.tooLong', { field: capitalised });
    }
    default:
      return t(`cases.form.errors.${e.code}`);
  }
}

/** Field messages (first per field) and the summary list, for the form's own checks. */
export function clientErrors(t: TFunction, errors: readonly FieldError[]) {
  const byField = new Map<FieldPath, string>();
  const summary: FormError[] = [];
  for (const e of errors) {
    const message = errorMessage(t, e);
    if (!byField.has(e.field)) byField.set(e.field, message);
    summary.push({ message, fieldId: fieldId(e.field) });
  }
  return { byField, summary };
}

/** The same for the issues in a server's validation detail; issues without a field stay unlinked. */
export function serverErrors(t: TFunction, issues: readonly ServerIssue[]) {
  const byField = new Map<FieldPath, string>();
  const summary: FormError[] = [];
  for (const issue of issues) {
    if (issue.field === null) {
      summary.push({ message: issue.message });
      continue;
    }
    const message = t('cases.form.serverField', { field: fieldName(t, issue.field), detail: issue.message });
    if (!byField.has(issue.field)) byField.set(issue.field, message);
    summary.push({ message, fieldId: fieldId(issue.field) });
  }
  return { byField, summary };
}
