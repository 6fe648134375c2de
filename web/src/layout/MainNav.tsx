/**
 * The main navigation bar. react-router's NavLink marks the current page with aria-current="page",
 * which the NL Design System nav-list style also uses for the visual state. Only the pages the
 * user may use are listed.
 */
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useMyGovernance } from '../api/governanceSeats';
import { useAuth } from '../auth/AuthProvider';
import { visibleNavItems } from './navigation';

export function MainNav() {
  const { t } = useTranslation();
  const { isLoggedIn, roles } = useAuth();
  // Bestuur shows for a seat in a governance body too; asked only once logged in (no 401).
  const governanceSeat = (useMyGovernance(isLoggedIn).data?.value.items.length ?? 0) > 0;
  return (
    <nav className="utrecht-nav-bar ketenhuis-nav" aria-label={t('nav.label')}>
      <div className="utrecht-nav-bar__content">
        <ul className="utrecht-nav-list">
          {visibleNavItems(isLoggedIn, roles, { governanceSeat }).map((item) => (
            <li key={item.path} className="utrecht-nav-list__item">
              <NavLink to={item.path} end={item.path === '/'} className="utrecht-link utrecht-nav-list__link">
                {t(item.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
