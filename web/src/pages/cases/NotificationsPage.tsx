/**
 * Meldingen (issue 5 §10): my in-app notifications, unread first. Each says what happened (its
 * kind, translated), on which case, when, and links to where the task is; opening one marks it
 * read. "Mark all as read" clears the count. No personal data is shown: there is none in them.
 */
import { useQueryClient } from '@tanstack/react-query';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isAppLink,
  markAllNotificationsRead,
  markNotificationRead,
  NOTIFICATIONS_KEY,
  type Notification,
  useNotifications,
} from '../../api/casesNotifications';
import { formatDateTime } from '../../i18n/format';
import { ErrorAlert } from '../../layout/ErrorAlert';
import { LiveStatus } from '../../layout/LiveStatus';
import { PageHeading } from '../../layout/PageHeading';
import { RouterLink } from '../../layout/RouterLink';
import { useNotificationText } from './notificationText';
import './cases.css';

export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const notifications = useNotifications();
  const text = useNotificationText();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const all = notifications.data?.pages.flatMap((p) => p.items) ?? [];
  const unread = notifications.data?.pages[0]?.unreadCount ?? 0;

  const refresh = () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });
  const open = (n: Notification) => {
    if (n.readAt === null) void markNotificationRead(n.id).then(refresh, () => undefined);
  };
  const readAll = async () => {
    setBusy(true);
    setError(null);
    try {
      await markAllNotificationsRead();
      await refresh();
      setStatus(t('cases.notifications.allRead'));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={t('cases.notifications.title')} />
      <Paragraph>{t('cases.notifications.intro')}</Paragraph>
      <LiveStatus message={status} />
      {notifications.isPending && <Paragraph role="status">{t('cases.notifications.loading')}</Paragraph>}
      {notifications.isError && !notifications.data && (
        <ErrorAlert
          heading={t('cases.notifications.loadError')}
          error={notifications.error}
          onRetry={() => void notifications.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}
      {error !== null && <ErrorAlert heading={t('cases.notifications.readError')} error={error} />}
      {notifications.data && (
        <>
          <Paragraph className="ketenhuis-count">
            {t('cases.notifications.unread', { count: unread })}
          </Paragraph>
          {unread > 0 && (
            <ButtonGroup>
              <Button
                type="button"
                appearance="secondary-action-button"
                busy={busy}
                onClick={() => void readAll()}
              >
                {t('cases.notifications.readAll')}
              </Button>
            </ButtonGroup>
          )}
          {all.length === 0 ? (
            <Paragraph>{t('cases.notifications.empty')}</Paragraph>
          ) : (
            <ul className="ketenhuis-thread">
              {all.map((n) => (
                <li key={n.id} className="ketenhuis-thread__message">
                  <Paragraph small className="ketenhuis-thread__meta">
                    <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, i18n.resolvedLanguage)}</time>
                    {n.readAt === null && ` · ${t('cases.notifications.new')}`}
                  </Paragraph>
                  <Paragraph>
                    {n.readAt === null ? <strong>{text(n.kind)}</strong> : text(n.kind)}
                    {n.caseNumber && ` — ${t('cases.notifications.case', { number: n.caseNumber })}`}
                  </Paragraph>
                  {n.link !== null && isAppLink(n.link) && (
                    <Paragraph>
                      <RouterLink to={n.link} onClick={() => open(n)}>
                        {n.caseNumber
                          ? t('cases.notifications.openCase', { number: n.caseNumber })
                          : t('cases.notifications.open')}
                      </RouterLink>
                    </Paragraph>
                  )}
                </li>
              ))}
            </ul>
          )}
          {notifications.hasNextPage && (
            <Button
              type="button"
              appearance="secondary-action-button"
              busy={notifications.isFetchingNextPage}
              onClick={() => void notifications.fetchNextPage()}
            >
              {t('cases.notifications.loadMore')}
            </Button>
          )}
        </>
      )}
    </>
  );
}
