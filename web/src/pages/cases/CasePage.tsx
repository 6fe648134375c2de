/**
 * One case (GET /cases/{id}): its phase, then the sections listed in ./sections (actions,
 * summary, persons, criteria, questions, timeline, and whatever later parts of the flow add).
 * After an action the case is reloaded and the outcome announced; after a 412 it is reloaded and
 * the page says someone else changed it. A case the caller may not see is "not found" (404).
 */
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { CASES_KEY, useCase } from '../../api/casesRequests';
import { ApiError } from '../../api/problem';
import { ErrorAlert } from '../../layout/ErrorAlert';
import { LiveStatus } from '../../layout/LiveStatus';
import { PageHeading } from '../../layout/PageHeading';
import { RouterLink } from '../../layout/RouterLink';
import { noticeOf } from './notices';
import { CASE_SECTIONS } from './sections';
import './cases.css';

export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const queryClient = useQueryClient();
  const query = useCase(id);
  const [status, setStatus] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [notice, setNotice] = useState(() => noticeOf(location.state));
  const c = query.data?.value;
  const notFound = query.error instanceof ApiError && query.error.status === 404;

  const onChanged = async (message: string) => {
    setStale(false);
    setNotice(null);
    setStatus(null);
    await queryClient.invalidateQueries({ queryKey: CASES_KEY });
    setStatus(message);
  };
  const onStale = async () => {
    setStatus(null);
    await query.refetch();
    setStale(true);
  };

  return (
    <>
      <PageHeading
        title={c ? t('cases.page.title', { number: c.caseNumber }) : t('cases.page.loadingTitle')}
      />
      <Paragraph>
        <RouterLink to="/casussen">{t('cases.page.backToList')}</RouterLink>
      </Paragraph>
      {query.isPending && <Paragraph role="status">{t('cases.page.loading')}</Paragraph>}
      {notFound && <Paragraph>{t('cases.page.notFound')}</Paragraph>}
      {query.isError && !notFound && !c && (
        <ErrorAlert
          heading={t('cases.page.loadError')}
          error={query.error}
          onRetry={() => void query.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}
      <LiveStatus message={status} />
      {notice && (
        <Alert type={notice === 'submitFailed' ? 'warning' : 'ok'} className="ketenhuis-notice">
          <Paragraph>{t(`cases.page.${notice}`)}</Paragraph>
        </Alert>
      )}
      {stale && (
        <Alert type="warning" className="ketenhuis-notice">
          <Paragraph>{t('cases.page.stale')}</Paragraph>
        </Alert>
      )}
      {c && (
        <>
          <Paragraph lead>
            {t('cases.page.phase', {
              status: t(`cases.status.${c.status}`),
              type: t(`cases.caseType.${c.caseType}`),
            })}
          </Paragraph>
          {CASE_SECTIONS.filter((s) => s.visible?.(c) ?? true).map(({ key, component: Section }) => (
            <Section key={key} value={c} onChanged={onChanged} onStale={onStale} />
          ))}
        </>
      )}
    </>
  );
}
