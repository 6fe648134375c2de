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
import { CaseCreatePage } from './pages/cases/CaseCreatePage';
import { CaseEditPage } from './pages/cases/CaseEditPage';
import { CasePage } from './pages/cases/CasePage';
import { CasesListPage } from './pages/cases/CasesListPage';
import { NotificationsPage } from './pages/cases/NotificationsPage';
import { NextTriagePage } from './pages/cases/requests/NextTriagePage';
import { PartyRequestsPage } from './pages/cases/requests/PartyRequestsPage';
import { RequestAnswerPage } from './pages/cases/requests/RequestAnswerPage';
import { DashboardPage } from './pages/DashboardPage';
import { governanceRoutes } from './pages/governance/routes';
import { HouseSettingsPage } from './pages/house/HouseSettingsPage';
import { DisclosurePage } from './pages/information/DisclosurePage';
import { ItemPage } from './pages/information/ItemPage';
import { SubjectRequestCreatePage } from './pages/information/SubjectRequestCreatePage';
import { SubjectRequestPage } from './pages/information/SubjectRequestPage';
import { SubjectRequestsPage } from './pages/information/SubjectRequestsPage';
import { LoginPage } from './pages/login/LoginPage';
import { SecondFactorPage } from './pages/login/SecondFactorPage';
import { TotpEnrolPage } from './pages/login/TotpEnrolPage';
import { ManagerOverviewPage } from './pages/manager/ManagerOverviewPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PartiesPage } from './pages/PartiesPage';
import { PlaceholderPage } from './pages/PlaceholderPage';
import { PartyPage } from './pages/parties/PartyPage';
import { PrivacyProtocolsPage } from './pages/privacy/PrivacyProtocolsPage';
import { PasswordChangePage } from './pages/profile/PasswordChangePage';
import { ProfilePage } from './pages/profile/ProfilePage';
import { SsoProviderCreatePage } from './pages/sso/SsoProviderCreatePage';
import { SsoProviderEditPage } from './pages/sso/SsoProviderEditPage';
import { SsoProvidersPage } from './pages/sso/SsoProvidersPage';
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
                  <Route path="casussen" element={<CasesListPage />} />
                  <Route path="casussen/nieuw" element={<CaseCreatePage />} />
                  <Route path="casussen/:id" element={<CasePage />} />
                  <Route path="casussen/:id/wijzigen" element={<CaseEditPage />} />
                  <Route path="casussen/:id/informatie/:itemId" element={<ItemPage />} />
                  <Route path="casussen/:id/verstrekkingen/:disclosureId" element={<DisclosurePage />} />
                  <Route element={<RequireRole roles={['privacy_officer', 'professional']} />}>
                    <Route path="verzoeken-betrokkenen" element={<SubjectRequestsPage />} />
                    <Route path="verzoeken-betrokkenen/:id" element={<SubjectRequestPage />} />
                  </Route>
                  <Route element={<RequireRole roles={['privacy_officer']} />}>
                    <Route path="verzoeken-betrokkenen/nieuw" element={<SubjectRequestCreatePage />} />
                  </Route>
                  <Route path="meldingen" element={<NotificationsPage />} />
                  <Route path="bevragingen" element={<PartyRequestsPage />} />
                  <Route path="bevragingen/:id" element={<RequestAnswerPage />} />
                  <Route element={<RequireRole roles={['procesregisseur', 'informatiecentrum']} />}>
                    <Route path="triage" element={<NextTriagePage />} />
                  </Route>
                  <Route element={<RequireRole roles={['manager']} />}>
                    <Route path="management" element={<ManagerOverviewPage />} />
                  </Route>
                  <Route path="overleggen" element={<PlaceholderPage section="conferences" />} />
                  <Route path="expertisecentrum" element={<PlaceholderPage section="expertise" />} />
                  <Route path="trends" element={<PlaceholderPage section="trends" />} />
                  {governanceRoutes}
                  <Route path="partijen" element={<PartiesPage />} />
                  <Route path="partijen/:id" element={<PartyPage />} />
                  <Route path="profiel" element={<ProfilePage />} />
                  <Route path="beheer/gebruikers" element={<RequireRole roles={['functioneel_beheer']} />}>
                    <Route index element={<UsersPage />} />
                    <Route path="nieuw" element={<UserCreatePage />} />
                    <Route path=":id" element={<UserEditPage />} />
                  </Route>
                  <Route element={<RequireRole roles={['functioneel_beheer']} />}>
                    <Route path="beheer/huis" element={<HouseSettingsPage />} />
                    <Route path="beheer/sso" element={<SsoProvidersPage />} />
                    <Route path="beheer/sso/nieuw" element={<SsoProviderCreatePage />} />
                    <Route path="beheer/sso/:id" element={<SsoProviderEditPage />} />
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
