/**
 * One single sign-on provider (functioneel beheer): its fixed details (organisation, dates, the
 * redirect URI to register) and the form to change it. One page per provider: moving to another
 * one starts afresh. Saving updates the cached provider with its new ETag, so a second save in a
 * row does not run into a 412 of its own making.
 */
import { useQueryClient } from '@tanstack/react-query';
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import {
  SSO_ADMIN_KEY,
  ssoProviderKey,
  useSsoProviderConfig,
  type VersionedSsoProvider,
} from '../../api/ssoProviders';
import { formatDateTime } from '../../i18n/format';
import { ErrorAlert } from '../../layout/ErrorAlert';
import { LiveStatus } from '../../layout/LiveStatus';
import { PageHeading } from '../../layout/PageHeading';
import { RouterLink } from '../../layout/RouterLink';
import { organisationLabel, useOrganisationName } from './organisation';
import { RedirectUri } from './RedirectUri';
import { SsoProviderEditForm } from './SsoProviderEditForm';
import { SSO_ADMIN_ROUTE } from './SsoProvidersPage';

export function SsoProviderEditPage() {
  const { id = '' } = useParams();
  return <SsoProviderDetail key={id} id={id} />;
}

function SsoProviderDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const queryClient = useQueryClient();
  const query = useSsoProviderConfig(id);
  const organisationName = useOrganisationName();
  const created = (location.state as { created?: unknown } | null)?.created === true;
  const [status, setStatus] = useState<string | null>(created ? t('pages.ssoProviders.edit.created') : null);
  /** Bumped when the current version is loaded again: the form starts afresh from it. */
  const [formKey, setFormKey] = useState(0);
  const provider = query.data?.provider;

  const saved = (result: VersionedSsoProvider, secretReplaced: boolean) => {
    if (result.etag !== null) queryClient.setQueryData(ssoProviderKey(id), result);
    else void queryClient.invalidateQueries({ queryKey: ssoProviderKey(id) });
    void queryClient.invalidateQueries({ queryKey: [...SSO_ADMIN_KEY, 'list'] });
    setStatus(secretReplaced ? t('pages.ssoProviders.edit.savedSecret') : t('pages.ssoProviders.edit.saved'));
  };

  const reload = () => {
    setStatus(null);
    void query.refetch().then(() => {
      setFormKey((key) => key + 1);
      setStatus(t('pages.ssoProviders.edit.reloaded'));
    });
  };

  return (
    <>
      <PageHeading
        title={
          provider
            ? t('pages.ssoProviders.edit.title', { name: provider.name })
            : t('pages.ssoProviders.edit.titleLoading')
        }
      />
      <Paragraph>
        <RouterLink to={SSO_ADMIN_ROUTE}>{t('pages.ssoProviders.backToList')}</RouterLink>
      </Paragraph>
      <LiveStatus message={status} />

      {query.isPending && <Paragraph role="status">{t('pages.ssoProviders.edit.loading')}</Paragraph>}
      {query.isError && !query.data && (
        <ErrorAlert
          heading={t('pages.ssoProviders.edit.loadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}

      {query.data && provider && (
        <>
          <section aria-labelledby="sso-details-heading">
            <Heading level={2} id="sso-details-heading">
              {t('pages.ssoProviders.edit.detailsHeading')}
            </Heading>
            <DataList className="ketenhuis-data-list">
              <DataListItem>
                <DataListKey>{t('pages.ssoProviders.form.organisation')}</DataListKey>
                <DataListValue>
                  {organisationLabel(t, provider.partyId, organisationName(provider.partyId))}
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('pages.ssoProviders.edit.createdAt')}</DataListKey>
                <DataListValue>{formatDateTime(provider.createdAt, i18n.resolvedLanguage)}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('pages.ssoProviders.edit.updatedAt')}</DataListKey>
                <DataListValue>{formatDateTime(provider.updatedAt, i18n.resolvedLanguage)}</DataListValue>
              </DataListItem>
            </DataList>
            <RedirectUri />
          </section>

          <section aria-labelledby="sso-edit-heading">
            <Heading level={2} id="sso-edit-heading">
              {t('pages.ssoProviders.edit.formHeading')}
            </Heading>
            <SsoProviderEditForm
              key={formKey}
              current={query.data}
              onSaved={saved}
              onReload={reload}
              onNothingChanged={() => setStatus(t('pages.ssoProviders.edit.nothingChanged'))}
              onAttempt={() => setStatus(null)}
            />
          </section>
        </>
      )}
    </>
  );
}
