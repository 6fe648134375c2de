/**
 * The application: data fetching (TanStack Query), routing (react-router, browser history) and
 * the page routes inside the shared layout.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ApiError } from './api/problem';
import { Layout } from './layout/Layout';
import { AboutPage } from './pages/AboutPage';
import { DashboardPage } from './pages/DashboardPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PartiesPage } from './pages/PartiesPage';
import { PlaceholderPage } from './pages/PlaceholderPage';

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
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<DashboardPage />} />
            <Route path="casussen" element={<PlaceholderPage section="cases" />} />
            <Route path="overleggen" element={<PlaceholderPage section="conferences" />} />
            <Route path="expertisecentrum" element={<PlaceholderPage section="expertise" />} />
            <Route path="trends" element={<PlaceholderPage section="trends" />} />
            <Route path="partijen" element={<PartiesPage />} />
            <Route path="over" element={<AboutPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
