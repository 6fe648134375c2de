/**
 * Changing a single sign-on provider: only what changed is sent (PATCH with If-Match, so two
 * administrators cannot overwrite each other unnoticed); the client secret only when "replace" is
 * chosen. After saving, the form shows what was stored (the secret field is cleared) and keeps
 * focus where it was. A 412/428 offers to load the current version. Changing issuer or client id drops the
 * links of existing accounts, which the form warns about before saving.
 */
import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../api/problem';
import { updateSsoProvider, type VersionedSsoProvider } from '../../api/ssoProviders';
import { shownError, useReauth } from '../../auth/reauth';
import { apiErrorReference } from '../../layout/apiErrors';
import { type FormError, FormErrorSummary } from '../../layout/FormErrorSummary';
import { SsoProviderFields } from './SsoProviderFields';
import { relinks, type SsoFormValues, ssoChanges, ssoFormValues, validateSsoForm } from './ssoForm';
import { fieldMessages, refusedSave, type SsoFieldMessages, summaryErrors } from './ssoMessages';
import { useSsoFieldIds } from './useSsoFieldIds';

interface SsoProviderEditFormProps {
  current: VersionedSsoProvider;
  onSaved: (saved: VersionedSsoProvider, secretReplaced: boolean) => void;
  onReload: () => void;
  onNothingChanged: () => void;
  /** A new attempt to save: the page clears its previous status message. */
  onAttempt: () => void;
}

export function SsoProviderEditForm({
  current,
  onSaved,
  onReload,
  onNothingChanged,
  onAttempt,
}: SsoProviderEditFormProps) {
  const { t } = useTranslation();
  const withReauth = useReauth();
  const { provider, etag } = current;
  const ids = useSsoFieldIds();
  const [values, setValues] = useState<SsoFormValues>(() => ssoFormValues(provider));
  const [fieldErrors, setFieldErrors] = useState<SsoFieldMessages>({});
  const [errors, setErrors] = useState<FormError[]>([]);
  const [reference, setReference] = useState<string | undefined>();
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);

  const change = (patch: Partial<SsoFormValues>) => setValues((old) => ({ ...old, ...patch }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    onAttempt();
    const messages = fieldMessages(t, validateSsoForm(values));
    setFieldErrors(messages);
    setReference(undefined);
    setStale(false);
    const summary = summaryErrors(messages, ids);
    if (summary.length > 0) {
      setErrors(summary);
      return;
    }
    if (etag === null) {
      setErrors([{ message: t('problems.codes.precondition-required') }]);
      setStale(true);
      return;
    }
    const changes = ssoChanges(provider, values);
    if (Object.keys(changes).length === 0) {
      setErrors([]);
      onNothingChanged();
      return;
    }
    setBusy(true);
    try {
      const saved = await withReauth(() => updateSsoProvider(provider.id, etag, changes));
      // The form stays (and so does focus on its button): it now shows what was stored.
      setValues(ssoFormValues(saved.provider));
      setErrors([]);
      setBusy(false);
      onSaved(saved, changes.clientSecret !== undefined);
    } catch (error) {
      setBusy(false);
      const visible = shownError(error);
      if (visible === null) return;
      const code = errorCode(visible);
      setStale(code === 'precondition-failed' || code === 'precondition-required');
      const refused = refusedSave(t, visible, ids);
      setFieldErrors(refused.fields);
      setErrors(refused.summary);
      setReference(apiErrorReference(t, visible));
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="ketenhuis-form">
      <FormErrorSummary
        heading={t('pages.ssoProviders.edit.errorHeading')}
        headingLevel={3}
        errors={errors}
        footnote={reference}
      />
      {stale && (
        <ButtonGroup>
          <Button type="button" appearance="secondary-action-button" onClick={onReload}>
            {t('pages.ssoProviders.edit.reload')}
          </Button>
        </ButtonGroup>
      )}
      <SsoProviderFields
        mode="edit"
        values={values}
        onChange={change}
        errors={fieldErrors}
        ids={ids}
        secretSet={provider.clientSecretSet}
        relinkWarning={
          relinks(provider, values) && (
            <Alert type="warning" className="ketenhuis-notice">
              <Paragraph>{t('pages.ssoProviders.form.relinkWarning')}</Paragraph>
            </Alert>
          )
        }
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('pages.ssoProviders.edit.save')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
