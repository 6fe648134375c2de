/**
 * The errors of a form in one alert at its top: a heading, then each message, linked to the field
 * it is about. It takes focus when it appears (and whenever the errors change), so keyboard and
 * screen-reader users land on it after submitting; each link moves focus to its field.
 */
import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { type MouseEvent, useEffect, useRef } from 'react';

export interface FormError {
  message: string;
  /** The id of the input the message is about, if any. */
  fieldId?: string;
}

interface FormErrorSummaryProps {
  heading: string;
  errors: readonly FormError[];
  headingLevel?: 2 | 3;
  /** Extra text under the messages, e.g. the request reference for the help desk. */
  footnote?: string | undefined;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  event.preventDefault();
  const field = document.getElementById(fieldId);
  field?.focus();
  field?.scrollIntoView({ block: 'center' });
}

export function FormErrorSummary({ heading, errors, headingLevel = 2, footnote }: FormErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again whenever the errors change
  useEffect(() => {
    ref.current?.focus();
  }, [errors]);

  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="ketenhuis-error-summary">
      <Alert type="error" className="ketenhuis-error">
        <Heading level={headingLevel}>{heading}</Heading>
        {errors.length === 1 && errors[0] && !errors[0].fieldId ? (
          <Paragraph>{errors[0].message}</Paragraph>
        ) : (
          <ul className="ketenhuis-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.fieldId ?? ''}:${error.message}`}>
                {error.fieldId ? (
                  <a
                    className="utrecht-link utrecht-link--html-a"
                    href={`#${error.fieldId}`}
                    onClick={(event) => focusField(event, error.fieldId as string)}
                  >
                    {error.message}
                  </a>
                ) : (
                  error.message
                )}
              </li>
            ))}
          </ul>
        )}
        {footnote && <Paragraph small>{footnote}</Paragraph>}
      </Alert>
    </div>
  );
}
