/**
 * Route guards. RequireAuth lets only fully logged-in users through: others go to the login page
 * (with the page they wanted as `next`), to the second-factor step they still have to take, or to
 * choosing a new password when theirs is temporary.
 * RequireRole shows a "no access" page to users without one of the roles; the server refuses
 * them anyway, this only avoids a page full of errors.
 */
import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorAlert } from '../layout/ErrorAlert';
import { PageHeading } from '../layout/PageHeading';
import { RouterLink } from '../layout/RouterLink';
import { useAuth } from './AuthProvider';
import { LOGIN_PATH, loginPathFor, pathForStage } from './redirect';
import type { Role } from './roles';

/** Shown while the session is being checked, or when that failed. */
export function SessionPending() {
  const { t } = useTranslation();
  const auth = useAuth();
  if (auth.status === 'error') {
    return (
      <>
        <PageHeading title={t('auth.sessionErrorTitle')} />
        <ErrorAlert
          heading={t('auth.sessionErrorHeading')}
          error={auth.error}
          onRetry={() => void auth.refresh()}
          retryLabel={t('auth.retry')}
        />
      </>
    );
  }
  return <Paragraph role="status">{t('auth.checking')}</Paragraph>;
}

export function RequireAuth({ children }: { children?: ReactNode }) {
  const auth = useAuth();
  const location = useLocation();
  const here = `${location.pathname}${location.search}${location.hash}`;

  if (auth.status !== 'ready') return <SessionPending />;
  if (auth.stage === null) {
    // After logging out on purpose the next person starts at the home page, not at this one.
    const to = auth.endReason === 'logout' ? LOGIN_PATH : loginPathFor(location);
    return <Navigate to={to} replace />;
  }
  if (auth.stage !== 'complete' || auth.passwordChangeRequired) {
    return <Navigate to={pathForStage(auth.stage, here, auth.passwordChangeRequired)} replace />;
  }
  return children ?? <Outlet />;
}

export function RequireRole({ roles, children }: { roles: readonly Role[]; children?: ReactNode }) {
  const { t } = useTranslation();
  const auth = useAuth();
  if (!auth.hasRole(...roles)) {
    return (
      <>
        <PageHeading title={t('pages.forbidden.title')} />
        <Paragraph>{t('pages.forbidden.text')}</Paragraph>
        <Paragraph>
          <RouterLink to="/">{t('pages.forbidden.home')}</RouterLink>
        </Paragraph>
      </>
    );
  }
  return children ?? <Outlet />;
}
