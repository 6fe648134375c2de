/**
 * The frame of a page about one request (a disclosure request, a data-subject request): the h1
 * (the request's reference once loaded), the way back, loading, "not found" (a 404 says no more)
 * or a load error with retry, the live region for outcomes, a notice brought along in the
 * router's location state, and the "changed meanwhile" warning after a 412. `useRecordPage`
 * holds what the frame shows and what the page's own controls change; the texts are the
 * `title`, `loadingTitle`, `back`, `notFound` and `loadError` under the page's key.
 */
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { ApiError } from '../../api/problem';
import { ErrorAlert } from '../../layout/ErrorAlert';
import { LiveStatus } from '../../layout/LiveStatus';
import { PageHeading } from '../../layout/PageHeading';
import { RouterLink } from '../../layout/RouterLink';
import { useItemChange } from './useItemChange';

const noticeOf = (state: unknown): string | null =>
  state && typeof state === 'object' && 'notice' in state && typeof state.notice === 'string'
    ? state.notice
    : null;

/** The live region's message, the notice the page was opened with, and the page's changes. */
export function useRecordPage() {
  const location = useLocation();
  const [status, setStatus] = useState<string | null>(null);
  const [notice] = useState(() => noticeOf(location.state));
  const change = useItemChange(setStatus);
  /** After a change made in a form of its own: reload, then say `message` in the live region. */
  const announce = async (message: string) => {
    setStatus(null);
    await change.done(message);
  };
  return { status, notice, change, announce };
}

/** The translation keys under which each page has its frame's texts. */
type RecordTexts = 'cases.information.disclosure.page' | 'cases.information.subject.detail';

interface Props<T extends { reference: string }> {
  query: UseQueryResult<T>;
  page: ReturnType<typeof useRecordPage>;
  texts: RecordTexts;
  back: string;
  children: (record: T) => ReactNode;
}

export function RecordPageFrame<T extends { reference: string }>({
  query,
  page,
  texts,
  back,
  children,
}: Props<T>) {
  const { t } = useTranslation();
  const record = query.data;
  const notFound = query.error instanceof ApiError && query.error.status === 404;
  return (
    <>
      <PageHeading
        title={record ? t(`${texts}.title`, { reference: record.reference }) : t(`${texts}.loadingTitle`)}
      />
      <Paragraph>
        <RouterLink to={back}>{t(`${texts}.back`)}</RouterLink>
      </Paragraph>
      {query.isPending && <Paragraph role="status">{t('cases.information.loading')}</Paragraph>}
      {notFound && <Paragraph>{t(`${texts}.notFound`)}</Paragraph>}
      {query.isError && !notFound && !record && (
        <ErrorAlert
          heading={t(`${texts}.loadError`)}
          error={query.error}
          onRetry={() => void query.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}
      <LiveStatus message={page.status} />
      {page.notice && (
        <Alert type="ok" className="ketenhuis-notice">
          <Paragraph>{page.notice}</Paragraph>
        </Alert>
      )}
      {page.change.stale && (
        <Alert type="warning" className="ketenhuis-notice">
          <Paragraph>{t('cases.information.stale')}</Paragraph>
        </Alert>
      )}
      {record && children(record)}
    </>
  );
}
