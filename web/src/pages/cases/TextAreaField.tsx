/**
 * A labelled multi-line text field (reason, goal, reasoning, questions) in the NL Design System
 * form-field markup: description and error linked with aria-describedby, aria-invalid on error.
 */
import { Textarea, type TextareaProps } from '@utrecht/component-library-react';
import { type ReactNode, type Ref, useId } from 'react';
import { FieldFrame } from '../../layout/FieldFrame';

export interface TextAreaFieldProps extends Omit<TextareaProps, 'children' | 'invalid'> {
  label: string;
  description?: ReactNode;
  error?: string | undefined;
  ref?: Ref<HTMLTextAreaElement>;
}

export function TextAreaField({
  label,
  description,
  error,
  id,
  ref,
  className,
  ...input
}: TextAreaFieldProps) {
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
        <Textarea
          rows={4}
          {...input}
          ref={ref}
          id={inputId}
          invalid={Boolean(error)}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}
