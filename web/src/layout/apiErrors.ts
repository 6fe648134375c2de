/**
 * Turns an error from the API into what a form shows: the translated message, the server's
 * explanation where it helps the user fix their input (validation, weak password), and the
 * request reference for the help desk.
 */
import type { TFunction } from 'i18next';
import { ApiError, errorCode, errorMessageKey } from '../api/problem';
import type { FormError } from './FormErrorSummary';

const SHOW_DETAIL = new Set(['validation', 'weak-password']);

export function apiFormErrors(t: TFunction, error: unknown, fieldId?: string): FormError[] {
  const errors: FormError[] = [{ message: t(errorMessageKey(error)) }];
  const code = errorCode(error);
  const detail = error instanceof ApiError ? error.problem?.detail : undefined;
  if (code && SHOW_DETAIL.has(code) && detail) {
    errors.push(fieldId ? { message: detail, fieldId } : { message: detail });
  }
  return errors;
}

export function apiErrorReference(t: TFunction, error: unknown): string | undefined {
  const instance = error instanceof ApiError ? error.problem?.instance : undefined;
  return instance ? t('problems.reference', { instance }) : undefined;
}
