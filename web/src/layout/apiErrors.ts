/**
 * Turns an error from the API into what a form shows: the translated message, the server's
 * explanation where it helps the user fix their input (validation, conflict; the reasons of a weak
 * password, translated), and the
 * request reference for the help desk.
 */
import type { TFunction } from 'i18next';
import { ApiError, errorCode, errorMessageKey, weakPasswordReasons } from '../api/problem';
import type { FormError } from './FormErrorSummary';

const SHOW_DETAIL = new Set(['validation', 'weak-password', 'conflict']);

export function apiFormErrors(t: TFunction, error: unknown, fieldId?: string): FormError[] {
  const errors: FormError[] = [{ message: t(errorMessageKey(error)) }];
  const code = errorCode(error);
  const detail = error instanceof ApiError ? error.problem?.detail : undefined;
  const reasons = code === 'weak-password' ? weakPasswordReasons(detail) : [];
  if (reasons.length > 0) {
    // The reasons are codes: show them in the user's language.
    for (const reason of reasons) {
      const message = t(`problems.passwordReasons.${reason}`);
      errors.push(fieldId ? { message, fieldId } : { message });
    }
    return errors;
  }
  if (code && SHOW_DETAIL.has(code) && detail) {
    errors.push(fieldId ? { message: detail, fieldId } : { message: detail });
  }
  return errors;
}

export function apiErrorReference(t: TFunction, error: unknown): string | undefined {
  const instance = error instanceof ApiError ? error.problem?.instance : undefined;
  return instance ? t('problems.reference', { instance }) : undefined;
}
