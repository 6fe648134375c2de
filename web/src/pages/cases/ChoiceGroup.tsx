/**
 * A group of radio buttons or checkboxes in a fieldset: legend, optional description and error
 * message linked to the group with aria-describedby, one optional description per option. The first
 * input gets `firstId`, so an error summary can link to the group.
 */
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
} from '@utrecht/component-library-react';
import { type ReactNode, useId } from 'react';

export interface ChoiceOption {
  value: string;
  label: string;
  description?: string | undefined;
}

interface ChoiceGroupProps {
  type: 'radio' | 'checkbox';
  legend: string;
  description?: ReactNode;
  error?: string | undefined;
  firstId: string;
  options: readonly ChoiceOption[];
  /** Radio: one value (or none); checkbox: the ticked values. */
  value: readonly string[];
  onChange: (value: string[]) => void;
  columns?: boolean;
}

export function ChoiceGroup({
  type,
  legend,
  description,
  error,
  firstId,
  options,
  value,
  onChange,
  columns,
}: ChoiceGroupProps) {
  const baseId = useId();
  const descriptionId = `${baseId}-description`;
  const errorId = `${baseId}-error`;
  const describedBy = [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ');
  const toggle = (option: string, checked: boolean) => {
    if (type === 'radio') onChange([option]);
    else onChange(checked ? [...value, option] : value.filter((v) => v !== option));
  };
  const items = options.map((option, index) => {
    const id = index === 0 ? firstId : `${baseId}-${index}`;
    const optionDescriptionId = option.description ? `${id}-description` : undefined;
    const Input = type === 'radio' ? RadioButton : Checkbox;
    const field = (
      <FormField key={option.value} type={type} className="ketenhuis-choice">
        <div className={`utrecht-form-field__label utrecht-form-field__label--${type}`}>
          <FormLabel type={type} htmlFor={id}>
            <Input
              id={id}
              name={type === 'radio' ? baseId : undefined}
              value={option.value}
              className="utrecht-form-field__input"
              checked={value.includes(option.value)}
              invalid={Boolean(error)}
              aria-describedby={optionDescriptionId}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            {option.label}
          </FormLabel>
        </div>
        {option.description && (
          <FormFieldDescription id={optionDescriptionId} className="utrecht-form-field__description">
            {option.description}
          </FormFieldDescription>
        )}
      </FormField>
    );
    return columns ? <li key={option.value}>{field}</li> : <div key={option.value}>{field}</div>;
  });
  return (
    <Fieldset
      invalid={Boolean(error)}
      aria-describedby={describedBy || undefined}
      className="ketenhuis-fieldset"
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      {columns ? <ul className="ketenhuis-plain-list ketenhuis-checkbox-columns">{items}</ul> : items}
    </Fieldset>
  );
}
