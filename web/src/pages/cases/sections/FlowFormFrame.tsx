/**
 * The frame every form of the case flow shares: a form without the browser's own validation,
 * named by its heading, an optional introduction, the error summary (the form's messages, linked
 * to their fields, and the request reference), the fields, and the submit button — busy while the
 * call runs — with an optional cancel button. The state behind it is `useFlowForm` (flowForm.ts).
 */
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../../layout/FormErrorSummary';
import type { FlowForm } from './flowForm';

interface Props {
  form: FlowForm;
  /** The heading's element id; the form is labelled by it. */
  headingId: string;
  heading: string;
  /** 3 for a form of its own in a section, 4 for one inside a card. */
  headingLevel?: 3 | 4;
  intro?: string;
  /** A form confirming an action on something shown above it (styled as such). */
  confirm?: boolean;
  submitLabel: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => Promise<void>;
  /** Shows a cancel button next to the submit button. */
  onCancel?: () => void;
  children: ReactNode;
}

export function FlowFormFrame({
  form,
  headingId,
  heading,
  headingLevel = 3,
  intro,
  confirm = false,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: Props) {
  const { t } = useTranslation();
  return (
    <form
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      className={confirm ? 'ketenhuis-form ketenhuis-confirm' : 'ketenhuis-form'}
      aria-labelledby={headingId}
    >
      <Heading level={headingLevel} id={headingId}>
        {heading}
      </Heading>
      {intro && <Paragraph>{intro}</Paragraph>}
      <FormErrorSummary
        heading={t('cases.flow.common.errorHeading')}
        headingLevel={3}
        errors={form.summary}
        footnote={form.reference}
      />
      {children}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={form.busy}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('cases.flow.common.cancel')}
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}
