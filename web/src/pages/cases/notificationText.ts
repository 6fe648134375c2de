/**
 * The words for a notification's kind ("case.submitted" → "Nieuwe aanmelding ingediend"). Kinds
 * this version does not know yet get a general sentence rather than a raw code.
 */
import { useTranslation } from 'react-i18next';
import { kindKey } from './notificationKinds';

export { kindKey, NOTIFICATION_KINDS } from './notificationKinds';

export function useNotificationText() {
  const { t } = useTranslation();
  return (kind: string): string => {
    const key = kindKey(kind);
    return key ? t(`cases.notifications.kinds.${key}`) : t('cases.notifications.kinds.other');
  };
}
