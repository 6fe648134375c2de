/**
 * Small NL Design System choice controls for the single sign-on form: one checkbox with its label
 * and description, and a fieldset of radio buttons whose options each have a description. All
 * descriptions and errors are linked with aria-describedby.
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

interface ChoiceCheckboxProps {
  id: string;
  label: string;
  description: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function ChoiceCheckbox({ id, label, description, checked, onChange }: ChoiceCheckboxProps) {
  const descriptionId = `${id}-description`;
  return (
    <FormField type="checkbox" className="ketenhuis-choice">
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <FormLabel type="checkbox" htmlFor={id}>
          <Checkbox
            id={id}
            className="utrecht-form-field__input"
            checked={checked}
            aria-describedby={descriptionId}
            onChange={(event) => onChange(event.target.checked)}
          />
          {label}
        </FormLabel>
      </div>
      <FormFieldDescription id={descriptionId} className="utrecht-form-field__description">
        {description}
      </FormFieldDescription>
    </FormField>
  );
}

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  description?: string;
}

interface RadioGroupProps<T extends string> {
  /** The id of the first radio button (for links from an error summary); others derive from it. */
  firstId: string;
  name: string;
  legend: string;
  description?: string;
  error?: string | undefined;
  options: readonly RadioOption<T>[];
  value: T;
  onChange: (value: T) => void;
}

export function RadioGroup<T extends string>({
  firstId,
  name,
  legend,
  description,
  error,
  options,
  value,
  onChange,
}: RadioGroupProps<T>) {
  const descriptionId = `${firstId}-group-description`;
  const errorId = `${firstId}-group-error`;
  const describedBy = [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <Fieldset
      invalid={Boolean(error)}
      aria-describedby={describedBy || undefined}
      className="ketenhuis-fieldset"
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && <FormFieldDescription id={descriptionId}>{description}</FormFieldDescription>}
      {error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      {options.map((option, index) => {
        const id = index === 0 ? firstId : `${firstId}-${option.value}`;
        const optionDescriptionId = `${id}-description`;
        return (
          <FormField key={option.value} type="radio" className="ketenhuis-choice">
            <div className="utrecht-form-field__label utrecht-form-field__label--radio">
              <FormLabel type="radio" htmlFor={id}>
                <RadioButton
                  id={id}
                  name={name}
                  value={option.value}
                  className="utrecht-form-field__input"
                  checked={value === option.value}
                  invalid={Boolean(error)}
                  aria-describedby={option.description ? optionDescriptionId : undefined}
                  onChange={() => onChange(option.value)}
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
      })}
    </Fieldset>
  );
}
