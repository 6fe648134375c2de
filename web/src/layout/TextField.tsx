/**
 * A labelled text input with an optional description and error message, both linked to the
 * input with aria-describedby; an error also sets aria-invalid. The NL Design System form-field
 * markup (label, description, input, error) is followed so the Utrecht CSS applies.
 */
import { Textbox, type TextboxProps } from '@utrecht/component-library-react';
import { type ReactNode, type Ref, useId } from 'react';
import { FieldFrame } from './FieldFrame';

export interface TextFieldProps extends Omit<TextboxProps, 'children' | 'invalid'> {
  label: string;
  description?: ReactNode;
  error?: string | undefined;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({ label, description, error, id, ref, className, ...input }: TextFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  return (
    <FieldFrame
      id={inputId}
      label={label}
      type="text"
      description={description}
      error={error}
      className={className}
    >
      {(describedBy) => (
        <Textbox {...input} ref={ref} id={inputId} invalid={Boolean(error)} aria-describedby={describedBy} />
      )}
    </FieldFrame>
  );
}
