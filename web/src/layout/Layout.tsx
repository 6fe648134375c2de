/**
 * The shell around every page: skip link, header, main content and footer, plus two things a
 * single-page app must do itself for accessibility: after client-side navigation, move focus to
 * the new page's h1 (so screen readers announce it), and apply the house's branding colours.
 * A confirmation carried along by the navigation (see ./notice) is announced above the page.
 */
import { Page, PageContent, SkipLink } from '@utrecht/component-library-react';
import { type MouseEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useHouse } from '../api/house';
import { applyBranding } from './branding';
import { LiveStatus } from './LiveStatus';
import { noticeKey } from './notice';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

export const MAIN_ID = 'main-content';

export function Layout() {
  const { t } = useTranslation();
  const { pathname, state } = useLocation();
  const notice = noticeKey(state);
  const { data: house } = useHouse();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);

  useEffect(() => {
    if (house) applyBranding(house.branding);
  }, [house]);

  useEffect(() => {
    // Not on the first load (the reader starts at the top anyway), only on navigation.
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    window.scrollTo(0, 0);
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }, [pathname]);

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    // Focus main ourselves: no '#main-content' in the URL, and reliable in every browser.
    event.preventDefault();
    mainRef.current?.focus();
    mainRef.current?.scrollIntoView();
  };

  return (
    <div className="ketenhuis-shell">
      <SkipLink href={`#${MAIN_ID}`} onClick={skipToMain}>
        {t('skipLink')}
      </SkipLink>
      <SiteHeader />
      <Page className="ketenhuis-page">
        <PageContent>
          <main
            id={MAIN_ID}
            ref={mainRef}
            tabIndex={-1}
            className="utrecht-page-content__main ketenhuis-main"
          >
            <LiveStatus message={notice ? t(notice) : null} />
            <Outlet />
          </main>
        </PageContent>
      </Page>
      <SiteFooter />
    </div>
  );
}
