/**
 * The notifications indicator on the dashboard: how many notifications are unread, with a link to
 * the notifications page. Silent while loading or when the list cannot be read (the page says why).
 */
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNotifications } from '../../api/casesNotifications';
import { RouterLink } from '../../layout/RouterLink';

export function UnreadNotice() {
  const { t } = useTranslation();
  const notifications = useNotifications();
  const unread = notifications.data?.pages[0]?.unreadCount;
  if (unread === undefined) return null;
  return (
    <Paragraph className="ketenhuis-unread">
      {t('cases.notifications.unread', { count: unread })}{' '}
      <RouterLink to="/meldingen">{t('cases.notifications.link')}</RouterLink>
    </Paragraph>
  );
}
