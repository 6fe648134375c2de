/**
 * Shows a failed API request as an error alert: a heading saying what failed, the translated
 * message for the problem type, the request reference for the help desk, and a retry button.
 */
import { Alert, Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessageKey } from '../api/problem';

interface ErrorAlertProps {
  heading: string;
  error: unknown;
  onRetry?: () => void;
  retryLabel?: string;
}

export function ErrorAlert({ heading, error, onRetry, retryLabel }: ErrorAlertProps) {
  const { t } = useTranslation();
  const instance = error instanceof ApiError ? error.problem?.instance : undefined;
  return (
    <Alert type="error" className="ketenhuis-error">
      <Heading level={2}>{heading}</Heading>
      <Paragraph>{t(errorMessageKey(error))}</Paragraph>
      {instance && <Paragraph small>{t('problems.reference', { instance })}</Paragraph>}
      {onRetry && retryLabel && (
        <Button type="button" appearance="secondary-action-button" onClick={onRetry}>
          {retryLabel}
        </Button>
      )}
    </Alert>
  );
}
