/**
 * Nieuwe single sign-on-koppeling (functioneel beheer): the provider's details, its client secret
 * (sent once, stored encrypted, never shown again) and the organisation whose staff log in with it
 * — fixed from then on. Checked in the browser first; the server's refusals are mapped onto the
 * fields they name. After saving, the provider's page opens.
 */
import { useQueryClient } from '@tanstack/react-query';
import { Button, ButtonGroup, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useHouse } from '../../api/house';
import { useParties } from '../../api/parties';
import { createSsoProvider, SSO_ADMIN_KEY } from '../../api/ssoProviders';
import { shownError, useReauth } from '../../auth/reauth';
import { apiErrorReference } from '../../layout/apiErrors';
import { ErrorAlert } from '../../layout/ErrorAlert';
import { FieldFrame } from '../../layout/FieldFrame';
import { type FormError, FormErrorSummary } from '../../layout/FormErrorSummary';
import { PageHeading } from '../../layout/PageHeading';
import { RouterLink } from '../../layout/RouterLink';
import { RedirectUri } from './RedirectUri';
import { SsoProviderFields } from './SsoProviderFields';
import { SSO_ADMIN_ROUTE } from './SsoProvidersPage';
import {
  emptySsoForm,
  fittingRoles,
  HOUSE,
  type SsoFormValues,
  ssoCreateBody,
  validateSsoForm,
} from './ssoForm';
import { fieldMessages, refusedSave, type SsoFieldMessages, summaryErrors } from './ssoMessages';
import { useSsoFieldIds } from './useSsoFieldIds';

export function SsoProviderCreatePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const withReauth = useReauth();
  const { data: house } = useHouse();
  const parties = useParties();
  const ids = useSsoFieldIds();
  const [values, setValues] = useState<SsoFormValues>(emptySsoForm);
  const [fieldErrors, setFieldErrors] = useState<SsoFieldMessages>({});
  const [errors, setErrors] = useState<FormError[]>([]);
  const [reference, setReference] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const partyOptions = useMemo(() => {
    const collator = new Intl.Collator(i18n.resolvedLanguage, { sensitivity: 'base', numeric: true });
    return (parties.data ?? [])
      .filter((party) => party.status === 'active' || party.status === 'accession_pending')
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [parties.data, i18n.resolvedLanguage]);

  const change = (patch: Partial<SsoFormValues>) => setValues((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const messages = fieldMessages(t, validateSsoForm(values));
    setFieldErrors(messages);
    setReference(undefined);
    const summary = summaryErrors(messages, ids);
    if (summary.length > 0) {
      setErrors(summary);
      return;
    }
    setBusy(true);
    try {
      const created = await withReauth(() => createSsoProvider(ssoCreateBody(values)));
      await queryClient.invalidateQueries({ queryKey: SSO_ADMIN_KEY });
      navigate(`${SSO_ADMIN_ROUTE}/${encodeURIComponent(created.id)}`, { state: { created: true } });
    } catch (error) {
      setBusy(false);
      const visible = shownError(error);
      if (visible === null) return;
      const refused = refusedSave(t, visible, ids);
      setFieldErrors(refused.fields);
      setErrors(refused.summary);
      setReference(apiErrorReference(t, visible));
    }
  };

  const organisation = (
    <>
      <FieldFrame
        id={ids.partyId}
        label={t('pages.ssoProviders.form.organisation')}
        type="select"
        description={t('pages.ssoProviders.form.organisationDescription')}
        error={fieldErrors.partyId}
      >
        {(describedBy) => (
          <Select
            id={ids.partyId}
            value={values.partyId}
            invalid={Boolean(fieldErrors.partyId)}
            aria-describedby={describedBy}
            onChange={(event) =>
              change({
                partyId: event.target.value,
                defaultRoles: fittingRoles(event.target.value, values.defaultRoles),
              })
            }
          >
            <SelectOption value={HOUSE}>
              {t('pages.ssoProviders.form.houseOption', { house: house?.name ?? t('app.houseFallback') })}
            </SelectOption>
            {partyOptions.map((party) => (
              <SelectOption key={party.id} value={party.id}>
                {party.name}
              </SelectOption>
            ))}
          </Select>
        )}
      </FieldFrame>
      {parties.isPending && (
        <Paragraph role="status">{t('pages.ssoProviders.form.partiesLoading')}</Paragraph>
      )}
      {parties.isError && (
        <ErrorAlert
          heading={t('pages.ssoProviders.form.partiesError')}
          error={parties.error}
          onRetry={() => void parties.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}
    </>
  );

  return (
    <>
      <PageHeading title={t('pages.ssoProviders.create.title')} />
      <Paragraph>
        <RouterLink to={SSO_ADMIN_ROUTE}>{t('pages.ssoProviders.backToList')}</RouterLink>
      </Paragraph>
      <Paragraph>{t('pages.ssoProviders.create.intro')}</Paragraph>
      <RedirectUri />

      <form noValidate onSubmit={(event) => void submit(event)} className="ketenhuis-form">
        <FormErrorSummary
          heading={t('pages.ssoProviders.create.errorHeading')}
          errors={errors}
          footnote={reference}
        />
        <SsoProviderFields
          mode="create"
          values={values}
          onChange={change}
          errors={fieldErrors}
          ids={ids}
          organisation={organisation}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('pages.ssoProviders.create.submit')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
