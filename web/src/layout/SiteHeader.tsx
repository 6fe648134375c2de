/**
 * The page header (banner landmark): demo notice, the house's name, the language switch and
 * the main navigation.
 */
import { PageHeader } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useHouse } from '../api/house';
import { DemoBanner } from './DemoBanner';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { RouterLink } from './RouterLink';

export function SiteHeader() {
  const { t } = useTranslation();
  const { data: house } = useHouse();

  return (
    <PageHeader className="ketenhuis-header">
      {house?.mode === 'demo' && <DemoBanner />}
      <div className="utrecht-page-header__content ketenhuis-header__bar">
        <RouterLink to="/" className="ketenhuis-header__house">
          {house?.name ?? t('app.name')}
        </RouterLink>
        <LanguageSwitch />
      </div>
      <MainNav />
    </PageHeader>
  );
}
