/**
 * Aanmeldingen en casussen: the caller's cases, newest first (GET /cases, filtered in SQL by their
 * relation to each case): own registrations, and for procesregisseurs new registrations and their
 * assigned cases. A phase filter (?fase=… in the URL, so it can be bookmarked) and "load more".
 */
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type CaseStatus, isCaseStatus } from '../../api/cases';
import { useCases } from '../../api/casesRequests';
import { useAuth } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../layout/ErrorAlert';
import { PageHeading } from '../../layout/PageHeading';
import { RouterButtonLink } from '../../layout/RouterButtonLink';
import { CasesTable } from './CasesTable';
import { mayRegister } from './caseRoles';
import { StatusFilter } from './StatusFilter';
import './cases.css';

export const STATUS_PARAM = 'fase';

export function CasesListPage() {
  const { t } = useTranslation();
  const { user, roles } = useAuth();
  const [params, setParams] = useSearchParams();
  const raw = params.get(STATUS_PARAM);
  const status: CaseStatus | undefined = isCaseStatus(raw) ? raw : undefined;
  const cases = useCases(status);
  const all = cases.data?.pages.flatMap((page) => page.items) ?? [];
  const [firstNewIndex, setFirstNewIndex] = useState<number | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter starts without "load more" focus
  useEffect(() => {
    setFirstNewIndex(null);
  }, [status]);

  const loadMore = async () => {
    const count = all.length;
    const result = await cases.fetchNextPage();
    if (!result.isError) setFirstNewIndex(count);
  };

  return (
    <>
      <PageHeading title={t('cases.list.title')} />
      <Paragraph>{t('cases.list.intro')}</Paragraph>
      {mayRegister(roles, user?.organisation.partyId ?? null) && (
        <Paragraph>
          <RouterButtonLink to="/casussen/nieuw" appearance="primary-action-button">
            {t('cases.list.new')}
          </RouterButtonLink>
        </Paragraph>
      )}
      <StatusFilter value={status} onChange={(next) => setParams(next ? { [STATUS_PARAM]: next } : {})} />

      {cases.isPending && <Paragraph role="status">{t('cases.list.loading')}</Paragraph>}
      {cases.isError && !cases.data && (
        <ErrorAlert
          heading={t('cases.list.loadError')}
          error={cases.error}
          onRetry={() => void cases.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}
      {cases.data && (
        <>
          <Paragraph role="status" className="ketenhuis-count">
            {status
              ? t('cases.list.countFiltered', { count: all.length, status: t(`cases.status.${status}`) })
              : t('cases.list.count', { count: all.length })}
            {cases.hasNextPage && ` ${t('cases.list.more')}`}
          </Paragraph>
          {all.length > 0 ? (
            <CasesTable cases={all} firstNewIndex={firstNewIndex} />
          ) : (
            <Paragraph>{status ? t('cases.list.emptyFiltered') : t('cases.list.empty')}</Paragraph>
          )}
          {cases.isFetchNextPageError && (
            <ErrorAlert heading={t('cases.list.loadMoreError')} error={cases.error} />
          )}
          {cases.hasNextPage && (
            <Button
              type="button"
              appearance="secondary-action-button"
              busy={cases.isFetchingNextPage}
              onClick={() => void loadMore()}
            >
              {t('cases.list.loadMore')}
            </Button>
          )}
        </>
      )}
    </>
  );
}
