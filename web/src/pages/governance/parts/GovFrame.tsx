/**
 * The frame of every governance page: the heading, a way back, loading / not-found / error
 * states of the page's main query, the live region for outcomes and the "changed by someone
 * else" warning. A resource the caller may not see is "not found" (Art. 5.7, 7.5).
 */
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isNotFound, type Versioned } from '../../../api/governanceClient';
import { ErrorAlert } from '../../../layout/ErrorAlert';
import { LiveStatus } from '../../../layout/LiveStatus';
import { PageHeading } from '../../../layout/PageHeading';
import { RouterLink } from '../../../layout/RouterLink';
import '../governance.css';

interface GovFrameProps<T> {
  title: string;
  back?: { to: string; label: string };
  query: UseQueryResult<Versioned<T>>;
  status?: string | null;
  stale?: boolean;
  children: (value: T, etag: string | null) => ReactNode;
}

export function GovFrame<T>({
  title,
  back,
  query,
  status = null,
  stale = false,
  children,
}: GovFrameProps<T>) {
  const { t } = useTranslation();
  const data = query.data;
  return (
    <>
      <PageHeading title={title} />
      {back && (
        <Paragraph>
          <RouterLink to={back.to}>{back.label}</RouterLink>
        </Paragraph>
      )}
      {query.isPending && <Paragraph role="status">{t('governance.common.loading')}</Paragraph>}
      {isNotFound(query.error) && <Paragraph>{t('governance.common.notFound')}</Paragraph>}
      {query.isError && !isNotFound(query.error) && !data && (
        <ErrorAlert
          heading={t('governance.common.loadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}
      <LiveStatus message={status} />
      {stale && (
        <Alert type="warning" className="ketenhuis-notice">
          <Paragraph>{t('governance.common.stale')}</Paragraph>
        </Alert>
      )}
      {data && children(data.value, data.etag)}
    </>
  );
}
