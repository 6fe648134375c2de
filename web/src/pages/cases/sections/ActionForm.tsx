/**
 * One case action, confirmed in the page (no window.confirm): what it means, the texts it needs
 * (a reasoning, a reason, advice), and confirm or cancel. Focus moves into the form when it opens
 * and back to the action's button on cancel (the section handles that). Empty texts are caught
 * here, linked from an error summary; the server's refusal is shown in the same summary.
 */
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorReference, apiFormErrors } from '../../../layout/apiErrors';
import { type FormError, FormErrorSummary } from '../../../layout/FormErrorSummary';
import { TextAreaField } from '../TextAreaField';

export interface ActionField {
  name: string;
  label: string;
  /** The field inside a sentence: "Vul {{field}} in." */
  fieldName: string;
  description?: string;
}

/** The reason field most confirmations ask for (cancelling, withdrawing, escalating). */
export const reasonField = (t: TFunction): ActionField => ({
  name: 'reason',
  label: t('cases.flow.common.reason'),
  fieldName: t('cases.flow.common.reasonName'),
});

interface ActionFormProps {
  id: string;
  heading: string;
  text: string;
  fields: readonly ActionField[];
  confirm: string;
  danger?: boolean;
  /** Runs the action; a thrown error is shown unless `handled` says the page took care of it. */
  run: (values: Record<string, string>) => Promise<void>;
  handled?: (error: unknown) => boolean;
  onCancel: () => void;
}

export function ActionForm({
  id,
  heading,
  text,
  fields,
  confirm,
  danger,
  run,
  handled,
  onCancel,
}: ActionFormProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<FormError[]>([]);
  const [reference, setReference] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const fieldId = (name: string) => `${id}-${name}`;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setReference(undefined);
    const missing = fields.filter((f) => (values[f.name] ?? '').trim() === '');
    const nextFieldErrors = Object.fromEntries(
      missing.map((f) => [f.name, t('cases.actions.required', { field: f.fieldName })]),
    );
    setFieldErrors(nextFieldErrors);
    if (missing.length > 0) {
      setErrors(missing.map((f) => ({ message: nextFieldErrors[f.name] ?? '', fieldId: fieldId(f.name) })));
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      await run(Object.fromEntries(fields.map((f) => [f.name, (values[f.name] ?? '').trim()])));
    } catch (error) {
      setBusy(false);
      if (handled?.(error)) return;
      setErrors(apiFormErrors(t, error));
      setReference(apiErrorReference(t, error));
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => void submit(e)}
      className="ketenhuis-form ketenhuis-confirm"
      aria-labelledby={`${id}-heading`}
    >
      <Heading
        level={3}
        id={`${id}-heading`}
        ref={headingRef}
        tabIndex={-1}
        className="ketenhuis-focus-heading"
      >
        {heading}
      </Heading>
      <Paragraph>{text}</Paragraph>
      <FormErrorSummary
        heading={t('cases.actions.errorHeading')}
        headingLevel={3}
        errors={errors}
        footnote={reference}
      />
      {fields.map((f) => (
        <TextAreaField
          key={f.name}
          id={fieldId(f.name)}
          label={f.label}
          description={f.description}
          required
          value={values[f.name] ?? ''}
          error={fieldErrors[f.name]}
          onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
        />
      ))}
      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action-button"
          hint={danger ? 'danger' : undefined}
          busy={busy}
        >
          {confirm}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('cases.actions.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
