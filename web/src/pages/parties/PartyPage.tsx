/**
 * One party of the covenant: its details for everyone logged in, and for functioneel beheer (the
 * server's `permissions` say so) the form to change name and domain. Saving updates the cached
 * party with its new ETag and refreshes the list, which other pages share.
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
import { useParams } from 'react-router';
import { PARTIES_KEY, partyKey, useParty, type VersionedParty } from '../../api/parties';
import { ErrorAlert } from '../../layout/ErrorAlert';
import { LiveStatus } from '../../layout/LiveStatus';
import { PageHeading } from '../../layout/PageHeading';
import { RouterLink } from '../../layout/RouterLink';
import { PartyEditForm } from './PartyEditForm';

export const PARTIES_ROUTE = '/partijen';

export function PartyPage() {
  const { id = '' } = useParams();
  return <PartyDetailView key={id} id={id} />;
}

function PartyDetailView({ id }: { id: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useParty(id);
  const [status, setStatus] = useState<string | null>(null);
  /** Bumped when the current version is loaded again: the form starts afresh from it. */
  const [formKey, setFormKey] = useState(0);
  const party = query.data?.party;

  const saved = (result: VersionedParty) => {
    if (result.etag !== null) queryClient.setQueryData(partyKey(id), result);
    else void queryClient.invalidateQueries({ queryKey: partyKey(id) });
    void queryClient.invalidateQueries({ queryKey: [...PARTIES_KEY, 'list'] });
    setStatus(t('pages.parties.edit.saved'));
  };

  const reload = () => {
    setStatus(null);
    void query.refetch().then(() => {
      setFormKey((key) => key + 1);
      setStatus(t('pages.parties.edit.reloaded'));
    });
  };

  return (
    <>
      <PageHeading
        title={
          party ? t('pages.parties.edit.title', { name: party.name }) : t('pages.parties.edit.titleLoading')
        }
      />
      <Paragraph>
        <RouterLink to={PARTIES_ROUTE}>{t('pages.parties.edit.backToList')}</RouterLink>
      </Paragraph>
      <LiveStatus message={status} />

      {query.isPending && <Paragraph role="status">{t('pages.parties.edit.loading')}</Paragraph>}
      {query.isError && !query.data && (
        <ErrorAlert
          heading={t('pages.parties.edit.loadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}

      {query.data && party && (
        <>
          <section aria-labelledby="party-details-heading">
            <Heading level={2} id="party-details-heading">
              {t('pages.parties.edit.detailsHeading')}
            </Heading>
            <DataList className="ketenhuis-data-list">
              <DataListItem>
                <DataListKey>{t('pages.parties.columns.name')}</DataListKey>
                <DataListValue>{party.name}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('pages.parties.edit.key')}</DataListKey>
                <DataListValue>
                  <code translate="no">{party.key}</code>
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('pages.parties.columns.kind')}</DataListKey>
                <DataListValue>{t(`enums.partyKind.${party.kind}`)}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('pages.parties.columns.domain')}</DataListKey>
                <DataListValue>{t(`enums.partyDomain.${party.domain}`)}</DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('pages.parties.columns.status')}</DataListKey>
                <DataListValue>{t(`enums.partyStatus.${party.status}`)}</DataListValue>
              </DataListItem>
            </DataList>
            <Paragraph small>{t('pages.parties.edit.statusNote')}</Paragraph>
          </section>

          {party.permissions.includes('update') ? (
            <section aria-labelledby="party-edit-heading">
              <Heading level={2} id="party-edit-heading">
                {t('pages.parties.edit.formHeading')}
              </Heading>
              <Paragraph>{t('pages.parties.edit.formIntro')}</Paragraph>
              <PartyEditForm
                key={formKey}
                current={query.data}
                onSaved={saved}
                onReload={reload}
                onNothingChanged={() => setStatus(t('pages.parties.edit.nothingChanged'))}
                onAttempt={() => setStatus(null)}
              />
            </section>
          ) : (
            <Paragraph>{t('pages.parties.edit.readOnly')}</Paragraph>
          )}
        </>
      )}
    </>
  );
}
