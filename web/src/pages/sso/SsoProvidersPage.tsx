/**
 * Single sign-on (functioneel beheer): the OpenID Connect providers staff of the house or of a
 * party log in with, from GET /api/v1/sso-providers. The client secret itself is never shown:
 * only whether one is stored. Each name leads to the provider's page; a button adds one.
 */
import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { type SsoProviderConfig, useSsoProviderConfigs } from '../../api/ssoProviders';
import { ErrorAlert } from '../../layout/ErrorAlert';
import { PageHeading } from '../../layout/PageHeading';
import { RouterButtonLink } from '../../layout/RouterButtonLink';
import { RouterLink } from '../../layout/RouterLink';
import { organisationLabel, useOrganisationName } from './organisation';

export const SSO_ADMIN_ROUTE = '/beheer/sso';

function ProvidersTable({ providers }: { providers: readonly SsoProviderConfig[] }) {
  const { t } = useTranslation();
  const organisationName = useOrganisationName();
  return (
    <div className="ketenhuis-table-scroll">
      <Table className="ketenhuis-table">
        <TableCaption>{t('pages.ssoProviders.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('pages.ssoProviders.columns.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('pages.ssoProviders.columns.organisation')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('pages.ssoProviders.columns.issuer')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('pages.ssoProviders.columns.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('pages.ssoProviders.columns.secret')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {providers.map((provider) => (
            <TableRow key={provider.id}>
              <TableHeaderCell scope="row">
                <RouterLink to={`${SSO_ADMIN_ROUTE}/${encodeURIComponent(provider.id)}`}>
                  {provider.name}
                </RouterLink>
              </TableHeaderCell>
              <TableCell>
                {organisationLabel(t, provider.partyId, organisationName(provider.partyId))}
              </TableCell>
              <TableCell>
                <span translate="no">{provider.issuer}</span>
              </TableCell>
              <TableCell>
                {provider.enabled ? t('pages.ssoProviders.enabled') : t('pages.ssoProviders.disabled')}
              </TableCell>
              <TableCell>
                {provider.clientSecretSet
                  ? t('pages.ssoProviders.secretSet')
                  : t('pages.ssoProviders.secretMissing')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

export function SsoProvidersPage() {
  const { t } = useTranslation();
  const providers = useSsoProviderConfigs();
  return (
    <>
      <PageHeading title={t('pages.ssoProviders.title')} />
      <Paragraph>{t('pages.ssoProviders.intro')}</Paragraph>
      <Paragraph>
        <RouterButtonLink to={`${SSO_ADMIN_ROUTE}/nieuw`} appearance="primary-action-button">
          {t('pages.ssoProviders.add')}
        </RouterButtonLink>
      </Paragraph>

      {providers.isPending && <Paragraph role="status">{t('pages.ssoProviders.loading')}</Paragraph>}
      {providers.isError && (
        <ErrorAlert
          heading={t('pages.ssoProviders.errorHeading')}
          error={providers.error}
          onRetry={() => void providers.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}
      {providers.data && (
        <>
          <Paragraph role="status" className="ketenhuis-count">
            {t('pages.ssoProviders.count', { count: providers.data.length })}
          </Paragraph>
          {providers.data.length > 0 ? (
            <ProvidersTable providers={providers.data} />
          ) : (
            <Paragraph>{t('pages.ssoProviders.empty')}</Paragraph>
          )}
        </>
      )}
    </>
  );
}
