/**
 * The one form of the governance screens: fields from a short list (text, long text, date,
 * number, choice), required ones checked here and linked from an error summary, the server's
 * refusal (with the article it cites) shown in that same summary. After success the form empties.
 */
import { Button, Heading, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorCode } from '../../../api/problem';
import { apiErrorReference, apiFormErrors } from '../../../layout/apiErrors';
import { FieldFrame } from '../../../layout/FieldFrame';
import { type FormError, FormErrorSummary } from '../../../layout/FormErrorSummary';
import { TextField } from '../../../layout/TextField';
import { ChoiceGroup } from '../../cases/ChoiceGroup';
import { TextAreaField } from '../../cases/TextAreaField';

/** A problem with what was typed that only `run` can see (e.g. an unreadable amount). */
export class InputError extends Error {}

export interface GovField {
  name: string;
  label: string;
  kind?: 'text' | 'textarea' | 'date' | 'time' | 'number' | 'select' | 'checkboxes';
  options?: readonly { value: string; label: string }[];
  optional?: boolean;
  description?: string;
  initial?: string;
}

interface GovFormProps {
  id: string;
  heading: string;
  intro?: string;
  fields: readonly GovField[];
  submit: string;
  danger?: boolean;
  run: (values: Record<string, string>) => Promise<void>;
}

const initialOf = (fields: readonly GovField[]) =>
  Object.fromEntries(
    fields.map((f) => [f.name, f.initial ?? (f.kind === 'checkboxes' ? '' : (f.options?.[0]?.value ?? ''))]),
  );

export function GovForm({ id, heading, intro, fields, submit, danger, run }: GovFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>(() => initialOf(fields));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<FormError[]>([]);
  const [reference, setReference] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const fieldId = (name: string) => `${id}-${name}`;
  /** A choice whose options arrived after the form opened shows (and submits) its first option. */
  const shownValue = (f: GovField) => {
    const v = values[f.name] ?? '';
    const options = f.kind === 'select' ? (f.options ?? []) : [];
    return options.length > 0 && !options.some((o) => o.value === v) ? (options[0]?.value ?? '') : v;
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setReference(undefined);
    const missing = fields.filter((f) => !f.optional && shownValue(f).trim() === '');
    const next = Object.fromEntries(
      missing.map((f) => [f.name, t('governance.form.required', { field: f.label })]),
    );
    setFieldErrors(next);
    if (missing.length > 0) {
      setErrors(missing.map((f) => ({ message: next[f.name] ?? '', fieldId: fieldId(f.name) })));
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      await run(Object.fromEntries(fields.map((f) => [f.name, shownValue(f).trim()])));
      setValues(initialOf(fields));
    } catch (error) {
      if (error instanceof InputError) {
        setErrors([{ message: error.message }]);
        return;
      }
      const shown = apiFormErrors(t, error);
      // A refusal cites the covenant article it rests on: show it, also for 403.
      const detail = error instanceof ApiError ? error.problem?.detail : undefined;
      if (errorCode(error) === 'forbidden' && detail) shown.push({ message: detail });
      setErrors(shown);
      setReference(apiErrorReference(t, error));
    } finally {
      setBusy(false);
    }
  };

  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));

  return (
    <form
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      className="ketenhuis-form ketenhuis-gov-form"
      aria-labelledby={`${id}-heading`}
    >
      <Heading level={3} id={`${id}-heading`}>
        {heading}
      </Heading>
      {intro && <Paragraph>{intro}</Paragraph>}
      <FormErrorSummary
        heading={t('governance.form.errorHeading')}
        headingLevel={3}
        errors={errors}
        footnote={reference}
      />
      {fields.map((f) => {
        const common = {
          id: fieldId(f.name),
          label: f.label,
          description: f.description,
          error: fieldErrors[f.name],
        };
        if (f.kind === 'textarea')
          return (
            <TextAreaField
              key={f.name}
              {...common}
              required={!f.optional}
              value={values[f.name] ?? ''}
              onChange={(e) => set(f.name, e.target.value)}
            />
          );
        if (f.kind === 'checkboxes')
          return (
            <ChoiceGroup
              key={f.name}
              type="checkbox"
              legend={f.label}
              description={f.description}
              error={common.error}
              firstId={common.id}
              options={f.options ?? []}
              value={(values[f.name] ?? '').split('\n').filter(Boolean)}
              onChange={(list) => set(f.name, list.join('\n'))}
            />
          );
        if (f.kind === 'select')
          return (
            <FieldFrame key={f.name} {...common} type="select">
              {(describedBy) => (
                <Select
                  id={common.id}
                  aria-describedby={describedBy}
                  invalid={Boolean(common.error)}
                  value={shownValue(f)}
                  onChange={(e) => set(f.name, e.target.value)}
                >
                  {(f.options ?? []).map((o) => (
                    <SelectOption key={o.value} value={o.value}>
                      {o.label}
                    </SelectOption>
                  ))}
                </Select>
              )}
            </FieldFrame>
          );
        return (
          <TextField
            key={f.name}
            {...common}
            type={f.kind === 'date' || f.kind === 'time' || f.kind === 'number' ? f.kind : 'text'}
            required={!f.optional}
            value={values[f.name] ?? ''}
            onChange={(e) => set(f.name, e.target.value)}
          />
        );
      })}
      <Button
        type="submit"
        appearance="primary-action-button"
        hint={danger ? 'danger' : undefined}
        busy={busy}
      >
        {submit}
      </Button>
    </form>
  );
}
