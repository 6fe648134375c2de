/**
 * The registration form (Art. 1.7), for a new registration and for changing a draft. Checks run
 * before anything is sent; problems appear in an error summary at the top, each linked to its
 * field, and at the field itself (aria-invalid, aria-describedby). Problems the server names
 * ("persons.0.bsn: …") are put on the same fields. "Save as draft" keeps it for later; "Save and
 * submit" also submits it, after which the case page shows the outcome.
 */
import { useQueryClient } from '@tanstack/react-query';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CaseRef } from '../../../api/cases';
import {
  CASES_KEY,
  type CaseInput,
  createCase,
  etagOf,
  transitionCase,
  updateDraft,
} from '../../../api/casesRequests';
import { ApiError, errorCode } from '../../../api/problem';
import { apiErrorReference, apiFormErrors } from '../../../layout/apiErrors';
import { type FormError, FormErrorSummary } from '../../../layout/FormErrorSummary';
import { LiveStatus } from '../../../layout/LiveStatus';
import { todayLocal } from '../format';
import type { CaseNotice } from '../notices';
import { clientErrors, serverErrors } from './messages';
import { PersonsFieldset } from './PersonsFieldset';
import {
  CaseTypeField,
  CriteriaField,
  InformedFields,
  PartnersField,
  ProtocolField,
  ReasonGoalFields,
} from './RegistrationFields';
import {
  changedFields,
  type FieldPath,
  type RegistrationDraft,
  serverIssues,
  toInput,
  validateDraft,
} from './registrationForm';

export interface ExistingDraft {
  id: string;
  version: number;
  input: CaseInput;
}

interface RegistrationFormProps {
  initial: RegistrationDraft;
  existing?: ExistingDraft;
  onReload?: () => void;
}

type Errors = { byField: Map<FieldPath, string>; summary: FormError[] };
const NO_ERRORS: Errors = { byField: new Map(), summary: [] };

export function RegistrationForm({ initial, existing, onReload }: RegistrationFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Errors>(NO_ERRORS);
  const [reference, setReference] = useState<string | undefined>();
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState<'draft' | 'submit' | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const set = (changes: Partial<RegistrationDraft>) => setDraft((d) => ({ ...d, ...changes }));

  const setBsnFeedback = (index: number, message: string | null) =>
    setErrors((current) => {
      const byField = new Map(current.byField);
      if (message) byField.set(`persons.${index}.bsn`, message);
      else byField.delete(`persons.${index}.bsn`);
      return { ...current, byField };
    });

  const save = async (andSubmit: boolean) => {
    const found = validateDraft(draft, todayLocal());
    setReference(undefined);
    setStale(false);
    if (found.length > 0) {
      setErrors(clientErrors(t, found));
      return;
    }
    setErrors(NO_ERRORS);
    setBusy(andSubmit ? 'submit' : 'draft');
    const input = toInput(draft);
    let ref: CaseRef;
    try {
      if (existing) {
        const changes = changedFields(existing.input, input);
        ref =
          Object.keys(changes).length > 0
            ? await updateDraft(existing.id, etagOf(existing.version), changes)
            : { id: existing.id, caseNumber: '', status: 'concept', version: existing.version };
      } else {
        ref = await createCase(input);
      }
    } catch (error) {
      setBusy(null);
      const code = errorCode(error);
      const detail = error instanceof ApiError ? error.problem?.detail : undefined;
      if (code === 'validation') {
        const fromServer = serverErrors(t, serverIssues(detail));
        setErrors({
          byField: fromServer.byField,
          summary: [{ message: t('problems.codes.validation') }, ...fromServer.summary],
        });
      } else {
        setStale(code === 'precondition-failed' || code === 'precondition-required');
        setErrors({
          byField: new Map(),
          summary:
            code === 'precondition-failed' ? [{ message: t('cases.form.stale') }] : apiFormErrors(t, error),
        });
      }
      setReference(apiErrorReference(t, error));
      return;
    }
    let notice: CaseNotice = existing ? 'savedChanges' : 'savedDraft';
    if (andSubmit) {
      try {
        await transitionCase(ref.id, etagOf(ref.version), { action: 'submit' });
        notice = 'submitted';
      } catch {
        notice = 'submitFailed';
      }
    }
    await queryClient.invalidateQueries({ queryKey: CASES_KEY });
    navigate(`/casussen/${encodeURIComponent(ref.id)}`, { state: { notice } });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    void save(submitter instanceof HTMLButtonElement && submitter.value === 'submit');
  };

  const props = { draft, set, errors: errors.byField };
  return (
    <form noValidate onSubmit={submit} className="ketenhuis-form ketenhuis-case-form">
      <FormErrorSummary heading={t('cases.form.errorHeading')} errors={errors.summary} footnote={reference} />
      {stale && onReload && (
        <ButtonGroup>
          <Button type="button" appearance="secondary-action-button" onClick={onReload}>
            {t('cases.form.reload')}
          </Button>
        </ButtonGroup>
      )}
      <Paragraph>{t('cases.form.requiredNote')}</Paragraph>
      <CaseTypeField {...props} />
      <PersonsFieldset
        persons={draft.persons}
        onChange={(persons) => set({ persons })}
        errors={errors.byField}
        single={draft.caseType === 'person'}
        onAnnounce={setAnnouncement}
        onBsnChecked={setBsnFeedback}
      />
      <ReasonGoalFields {...props} />
      <PartnersField {...props} />
      <ProtocolField {...props} />
      <InformedFields {...props} />
      <CriteriaField {...props} />
      <LiveStatus message={announcement} />
      <ButtonGroup>
        <Button
          type="submit"
          name="intent"
          value="draft"
          appearance="secondary-action-button"
          busy={busy === 'draft'}
        >
          {existing ? t('cases.form.saveChanges') : t('cases.form.saveDraft')}
        </Button>
        <Button
          type="submit"
          name="intent"
          value="submit"
          appearance="primary-action-button"
          busy={busy === 'submit'}
        >
          {t('cases.form.saveAndSubmit')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
