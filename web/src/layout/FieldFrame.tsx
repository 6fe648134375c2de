/**
 * The NL Design System form-field frame shared by every single-input field: label, optional
 * description and error message, and the input itself, which receives the ids it must point to
 * with aria-describedby. One place for the markup, so all fields read the same to assistive tech.
 */
import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface FieldFrameProps {
  id: string;
  label: string;
  type: 'text' | 'select';
  description?: ReactNode;
  error?: string | undefined;
  className?: string | undefined;
  inputClassName?: string;
  /** Renders the input with the aria-describedby value (undefined when there is nothing to point to). */
  children: (describedBy: string | undefined) => ReactNode;
}

export function FieldFrame({
  id,
  label,
  type,
  description,
  error,
  className,
  inputClassName,
  children,
}: FieldFrameProps) {
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy =
    [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <FormField
      type={type}
      invalid={Boolean(error)}
      className={['ketenhuis-field', className].filter(Boolean).join(' ')}
    >
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
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
      <div className={['utrecht-form-field__input', inputClassName].filter(Boolean).join(' ')}>
        {children(describedBy)}
      </div>
    </FormField>
  );
}
