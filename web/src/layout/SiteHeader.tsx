/**
 * The page header (banner landmark): demo notice, the house's name, the logged-in user (or a
 * login link), the language switch and the main navigation.
 */
import { PageHeader } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useHouse } from '../api/house';
import { useAuth } from '../auth/AuthProvider';
import { DemoBanner } from './DemoBanner';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { RouterLink } from './RouterLink';
import { UserMenu } from './UserMenu';

export function SiteHeader() {
  const { t } = useTranslation();
  const { data: house } = useHouse();
  const { user } = useAuth();
  const demoAccount = user?.isDemo ?? false;

  return (
    <PageHeader className="ketenhuis-header">
      {(house?.mode === 'demo' || demoAccount) && <DemoBanner demoAccount={demoAccount} />}
      <div className="utrecht-page-header__content ketenhuis-header__bar">
        <RouterLink to="/" className="ketenhuis-header__house">
          {house?.name ?? t('app.name')}
        </RouterLink>
        <div className="ketenhuis-header__tools">
          <UserMenu />
          <LanguageSwitch />
        </div>
      </div>
      <MainNav />
    </PageHeader>
  );
}
