/**
 * The state every form of the case flow shares: field errors keyed by the field's path in the
 * request body (`actions.0.dueDate`), the error summary linking each message to its field, the
 * request reference, busy, and the submit routine: checks in the browser first, then the call;
 * a server refusal naming fields is shown at those fields; a 412 hands over to the page (reload
 * and say someone else changed the case).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorFieldProblems, fieldFor } from '../../../api/caseFlowProblems';
import { CASES_KEY } from '../../../api/casesRequests';
import { errorCode, errorMessageKey } from '../../../api/problem';
import { apiErrorReference, apiFormErrors } from '../../../layout/apiErrors';
import type { FormError } from '../../../layout/FormErrorSummary';

/** The element id of a field: the form's prefix and the field's path, dots as dashes. */
export const fieldId = (prefix: string, key: string) => `${prefix}-${key.replaceAll('.', '-')}`;

/**
 * What to do with a 412 from a confirm-in-page action: reload every case-flow query (the section's
 * own data as well as the case) and let the page say why; other errors are the form's to show.
 */
export function useStaleHandler(onStale: () => Promise<void>, close: () => void) {
  const queryClient = useQueryClient();
  return (error: unknown): boolean => {
    if (errorCode(error) !== 'precondition-failed') return false;
    close();
    void queryClient.invalidateQueries({ queryKey: CASES_KEY }).then(onStale);
    return true;
  };
}

export function useFlowForm(prefix: string, onStale: () => Promise<void>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<FormError[]>([]);
  const [reference, setReference] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const idOf = (key: string) => fieldId(prefix, key);

  /**
   * Runs `checks` (field path → message, or a falsy value when fine), then `run`. Returns whether
   * the call succeeded. `fields` are the paths the form has, for placing the server's messages.
   */
  async function submit(
    checks: Record<string, string | false | null | undefined>,
    fields: readonly string[],
    run: () => Promise<void>,
  ): Promise<boolean> {
    if (busy) return false;
    setReference(undefined);
    const failed = Object.entries(checks).filter((e): e is [string, string] => Boolean(e[1]));
    if (failed.length > 0) {
      setFieldErrors(Object.fromEntries(failed));
      setSummary(failed.map(([key, message]) => ({ message, fieldId: idOf(key) })));
      return false;
    }
    setFieldErrors({});
    setSummary([]);
    setBusy(true);
    try {
      await run();
      setBusy(false);
      return true;
    } catch (error) {
      setBusy(false);
      if (errorCode(error) === 'precondition-failed') {
        setSummary([{ message: t('cases.flow.common.stale') }]);
        await queryClient.invalidateQueries({ queryKey: CASES_KEY });
        await onStale();
        return false;
      }
      const placed = errorFieldProblems(error).flatMap((p) => {
        const key = fieldFor(p.path, fields);
        return key ? [[key, p.message] as const] : [];
      });
      if (placed.length > 0) {
        setFieldErrors(Object.fromEntries(placed));
        setSummary([
          { message: t(errorMessageKey(error)) },
          ...placed.map(([key, message]) => ({ message, fieldId: idOf(key) })),
        ]);
      } else {
        setSummary(apiFormErrors(t, error));
      }
      setReference(apiErrorReference(t, error));
      return false;
    }
  }

  return {
    idOf,
    error: (key: string) => fieldErrors[key],
    summary,
    reference,
    busy,
    submit,
    reset: () => {
      setFieldErrors({});
      setSummary([]);
      setReference(undefined);
    },
  };
}

export type FlowForm = ReturnType<typeof useFlowForm>;
