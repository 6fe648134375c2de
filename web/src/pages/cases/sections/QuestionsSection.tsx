/**
 * The assessment thread (Art. 12.2a): the procesregisseur and the registering professional ask
 * and answer questions while the registration is assessed. Only shown to those the server lets
 * ask, or once there is a thread to read.
 */
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../api/cases';
import { askQuestion } from '../../../api/casesRequests';
import { useAuth } from '../../../auth/AuthProvider';
import { formatDateTime } from '../../../i18n/format';
import { apiErrorReference, apiFormErrors } from '../../../layout/apiErrors';
import { type FormError, FormErrorSummary } from '../../../layout/FormErrorSummary';
import { TextAreaField } from '../TextAreaField';
import { personLabel } from './people';
import type { CaseSectionProps } from './types';

const FIELD_ID = 'case-question-text';
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function QuestionsSection({ value: c, onChanged }: CaseSectionProps) {
  const { t, i18n } = useTranslation();
  const { user } = useAuth();
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [errors, setErrors] = useState<FormError[]>([]);
  const [reference, setReference] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const mayAsk = can(c, 'ask');

  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setReference(undefined);
    if (text.trim() === '') {
      const message = t('cases.questions.required');
      setFieldError(message);
      setErrors([{ message, fieldId: FIELD_ID }]);
      return;
    }
    setFieldError(undefined);
    setErrors([]);
    setBusy(true);
    try {
      await askQuestion(c.id, text.trim());
      setText('');
      await onChanged(t('cases.questions.sent'));
    } catch (error) {
      setErrors(apiFormErrors(t, error, FIELD_ID));
      setReference(apiErrorReference(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="case-questions-heading">
      <Heading level={2} id="case-questions-heading">
        {t('cases.questions.heading')}
      </Heading>
      <Paragraph>{t('cases.questions.intro')}</Paragraph>
      {c.questions.length === 0 ? (
        <Paragraph>{t('cases.questions.empty')}</Paragraph>
      ) : (
        <ol className="ketenhuis-thread">
          {c.questions.map((q) => (
            <li key={q.id} className="ketenhuis-thread__message">
              <Paragraph small className="ketenhuis-thread__meta">
                {capitalise(
                  t('cases.questions.from', {
                    who: personLabel(t, c, q.authorUserId, user?.id),
                    at: formatDateTime(q.at, i18n.resolvedLanguage),
                  }),
                )}
              </Paragraph>
              <Paragraph className="ketenhuis-case-text">{q.text}</Paragraph>
            </li>
          ))}
        </ol>
      )}
      {mayAsk ? (
        <form noValidate onSubmit={(e) => void send(e)} className="ketenhuis-form">
          <FormErrorSummary
            heading={t('cases.questions.errorHeading')}
            headingLevel={3}
            errors={errors}
            footnote={reference}
          />
          <TextAreaField
            id={FIELD_ID}
            label={t('cases.questions.label')}
            required
            value={text}
            error={fieldError}
            onChange={(e) => setText(e.target.value)}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={busy}>
              {t('cases.questions.send')}
            </Button>
          </ButtonGroup>
        </form>
      ) : (
        c.status !== 'in_beoordeling' && <Paragraph small>{t('cases.questions.closed')}</Paragraph>
      )}
    </section>
  );
}
