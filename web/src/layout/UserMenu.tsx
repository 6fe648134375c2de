/**
 * The logged-in user in the header: name and organisation, a link to the profile and a log-out
 * button. Logged out, a link to the login page. While the second factor is still to come there
 * is nothing to show here: the login pages offer their own way out.
 */
import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { LOGIN_PATH } from '../auth/redirect';
import { RouterLink } from './RouterLink';

export function UserMenu() {
  const { t } = useTranslation();
  const auth = useAuth();
  const { pathname } = useLocation();
  const [failed, setFailed] = useState(false);

  if (auth.status !== 'ready') return null;

  if (auth.stage === null) {
    if (pathname === LOGIN_PATH) return null;
    return (
      <div className="ketenhuis-user-menu">
        <RouterLink to={LOGIN_PATH} className="ketenhuis-user-menu__link">
          {t('header.login')}
        </RouterLink>
      </div>
    );
  }
  if (!auth.isLoggedIn || !auth.user) return null;

  const { displayName, organisation } = auth.user;
  const logout = async () => {
    setFailed(false);
    try {
      await auth.logout();
    } catch {
      setFailed(true);
    }
  };

  return (
    <div className="ketenhuis-user-menu">
      <p className="ketenhuis-user-menu__who">
        <span className="ketenhuis-visually-hidden">{t('header.loggedInAs')} </span>
        <span className="ketenhuis-user-menu__name">{displayName}</span>
        <span className="ketenhuis-user-menu__organisation">{organisation.name}</span>
      </p>
      <RouterLink to="/profiel" className="ketenhuis-user-menu__link">
        {t('header.profile')}
      </RouterLink>
      <Button
        type="button"
        appearance="subtle-button"
        className="ketenhuis-header-button"
        onClick={() => void logout()}
      >
        {t('header.logout')}
      </Button>
      {failed && (
        <p role="alert" className="ketenhuis-user-menu__error">
          {t('header.logoutFailed')}
        </p>
      )}
    </div>
  );
}
