/**
 * A labelled text input with an optional description and error message, both linked to the
 * input with aria-describedby; an error also sets aria-invalid. The NL Design System form-field
 * markup (label, description, input, error) is followed so the Utrecht CSS applies.
 */
import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Textbox,
  type TextboxProps,
} from '@utrecht/component-library-react';
import { type ReactNode, type Ref, useId } from 'react';

export interface TextFieldProps extends Omit<TextboxProps, 'children' | 'invalid'> {
  label: string;
  description?: ReactNode;
  error?: string | undefined;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({ label, description, error, id, ref, className, ...input }: TextFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const descriptionId = `${inputId}-description`;
  const errorId = `${inputId}-error`;
  const describedBy = [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ');

  return (
    <FormField
      type="text"
      invalid={Boolean(error)}
      className={['ketenhuis-field', className].filter(Boolean).join(' ')}
    >
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={inputId}>{label}</FormLabel>
      </div>
      {description && (
        <FormFieldDescription id={descriptionId} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      )}
      {error && (
        <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">
        <Textbox
          {...input}
          ref={ref}
          id={inputId}
          invalid={Boolean(error)}
          aria-describedby={describedBy || undefined}
        />
      </div>
    </FormField>
  );
}
