/**
 * Mijn profiel: who I am in Ketenhuis (name, e-mail, organisation, roles), changing my password,
 * the state of my second factor, and where I am logged in.
 */
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthProvider';
import { ENROL_PATH, PASSWORD_PATH, withNext } from '../../auth/redirect';
import { PageHeading } from '../../layout/PageHeading';
import { RouterLink } from '../../layout/RouterLink';
import { SessionsSection } from './SessionsSection';

export function ProfilePage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  if (!user) return null;
  const { organisation } = user;

  return (
    <>
      <PageHeading title={t('pages.profile.title')} />

      <section aria-labelledby="profile-details-heading">
        <Heading level={2} id="profile-details-heading">
          {t('pages.profile.detailsHeading')}
        </Heading>
        <DataList className="ketenhuis-data-list">
          <DataListItem>
            <DataListKey>{t('pages.profile.name')}</DataListKey>
            <DataListValue>{user.displayName}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('pages.profile.email')}</DataListKey>
            <DataListValue>{user.email}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('pages.profile.organisationLabel')}</DataListKey>
            <DataListValue>
              {t(`pages.profile.organisation.${organisation.kind}`, { name: organisation.name })}
            </DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('pages.profile.roles')}</DataListKey>
            <DataListValue>
              {user.roles.length === 0 ? (
                t('pages.profile.noRoles')
              ) : (
                <ul className="ketenhuis-plain-list">
                  {user.roles.map((role) => (
                    <li key={role}>{t(`enums.role.${role}`)}</li>
                  ))}
                </ul>
              )}
            </DataListValue>
          </DataListItem>
        </DataList>
      </section>

      <section aria-labelledby="profile-password-heading">
        <Heading level={2} id="profile-password-heading">
          {t('pages.profile.passwordHeading')}
        </Heading>
        <Paragraph>{t('pages.profile.passwordText')}</Paragraph>
        <Paragraph>
          <RouterLink to={withNext(PASSWORD_PATH, '/profiel')}>
            {t('pages.profile.passwordChange')}
          </RouterLink>
        </Paragraph>
      </section>

      <section aria-labelledby="profile-totp-heading">
        <Heading level={2} id="profile-totp-heading">
          {t('pages.profile.totpHeading')}
        </Heading>
        <Paragraph>{user.totpEnabled ? t('pages.profile.totpOn') : t('pages.profile.totpOff')}</Paragraph>
        {user.isDemo && <Paragraph>{t('pages.profile.totpDemo')}</Paragraph>}
        <Paragraph>
          <RouterLink to={withNext(ENROL_PATH, '/profiel')}>
            {user.totpEnabled ? t('pages.profile.totpReplace') : t('pages.profile.totpSetUp')}
          </RouterLink>
        </Paragraph>
      </section>

      <SessionsSection />
    </>
  );
}
