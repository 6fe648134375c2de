/**
 * The redirect URI an administrator registers at the identity provider: this site's address plus
 * the callback path (the server uses PUBLIC_URL, which is the address users reach the site at).
 */
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Paragraph,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

export const CALLBACK_PATH = '/api/v1/sso/callback';

export function RedirectUri() {
  const { t } = useTranslation();
  return (
    <>
      <DataList className="ketenhuis-data-list">
        <DataListItem>
          <DataListKey>{t('pages.ssoProviders.redirectUri')}</DataListKey>
          <DataListValue>
            <code translate="no">{`${window.location.origin}${CALLBACK_PATH}`}</code>
          </DataListValue>
        </DataListItem>
      </DataList>
      <Paragraph small>{t('pages.ssoProviders.redirectUriDescription')}</Paragraph>
    </>
  );
}
