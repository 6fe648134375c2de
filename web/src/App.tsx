/**
 * The application: data fetching (TanStack Query), the login session, routing (react-router,
 * browser history) and the page routes inside the shared layout. Only the login flow and /over
 * are public; everything else needs a complete login, and user management, the house settings and
 * the privacy protocols need functioneel beheer. Changing the password sits outside the guard, like the login steps: it is the one page
 * a user with a temporary password may reach, and it checks the session itself.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ApiError } from './api/problem';
import { AuthProvider } from './auth/AuthProvider';
import { RequireAuth, RequireRole } from './auth/RequireAuth';
import { ReauthProvider } from './auth/reauth';
import { Layout } from './layout/Layout';
import { AboutPage } from './pages/AboutPage';
import { DashboardPage } from './pages/DashboardPage';
import { HouseSettingsPage } from './pages/house/HouseSettingsPage';
import { LoginPage } from './pages/login/LoginPage';
import { SecondFactorPage } from './pages/login/SecondFactorPage';
import { TotpEnrolPage } from './pages/login/TotpEnrolPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PartiesPage } from './pages/PartiesPage';
import { PlaceholderPage } from './pages/PlaceholderPage';
import { PrivacyProtocolsPage } from './pages/privacy/PrivacyProtocolsPage';
import { PasswordChangePage } from './pages/profile/PasswordChangePage';
import { ProfilePage } from './pages/profile/ProfilePage';
import { UserCreatePage } from './pages/users/UserCreatePage';
import { UserEditPage } from './pages/users/UserEditPage';
import { UsersPage } from './pages/users/UsersPage';

const MAX_RETRIES = 2;

/** Retry network failures and server errors a couple of times; a 4xx will not get better. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (error instanceof ApiError && error.status !== undefined && error.status < 500) return false;
  return true;
}

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 60_000 },
  },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AuthProvider>
          <ReauthProvider>
            <Routes>
              <Route element={<Layout />}>
                <Route path="inloggen" element={<LoginPage />} />
                <Route path="inloggen/code" element={<SecondFactorPage />} />
                <Route path="inloggen/instellen" element={<TotpEnrolPage />} />
                <Route path="wachtwoord-wijzigen" element={<PasswordChangePage />} />
                <Route path="over" element={<AboutPage />} />
                <Route element={<RequireAuth />}>
                  <Route index element={<DashboardPage />} />
                  <Route path="casussen" element={<PlaceholderPage section="cases" />} />
                  <Route path="overleggen" element={<PlaceholderPage section="conferences" />} />
                  <Route path="expertisecentrum" element={<PlaceholderPage section="expertise" />} />
                  <Route path="trends" element={<PlaceholderPage section="trends" />} />
                  <Route path="partijen" element={<PartiesPage />} />
                  <Route path="profiel" element={<ProfilePage />} />
                  <Route path="beheer/gebruikers" element={<RequireRole roles={['functioneel_beheer']} />}>
                    <Route index element={<UsersPage />} />
                    <Route path="nieuw" element={<UserCreatePage />} />
                    <Route path=":id" element={<UserEditPage />} />
                  </Route>
                  <Route element={<RequireRole roles={['functioneel_beheer']} />}>
                    <Route path="beheer/huis" element={<HouseSettingsPage />} />
                    <Route path="beheer/privacyprotocollen" element={<PrivacyProtocolsPage />} />
                  </Route>
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
              </Route>
            </Routes>
          </ReauthProvider>
        </AuthProvider>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
