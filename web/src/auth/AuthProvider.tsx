/**
 * The login session for the whole app. Loads GET /api/v1/session once, keeps the API client's
 * CSRF token in step with it, re-checks it when the session should have ended by itself (idle or
 * absolute expiry) or when the server says it has, and offers logging out.
 *
 * Data of the previous user is dropped from the query cache whenever somebody logs in or out, so
 * nothing of one user is ever shown to the next on a shared computer.
 */
import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { onSessionProblem, setCsrfToken } from '../api/client';
import { errorCode } from '../api/problem';
import type { Role } from './roles';
import {
  type ActiveSession,
  ANONYMOUS,
  fetchSession,
  logout as logoutRequest,
  msUntilExpiry,
  type Session,
  type SessionUser,
  type Stage,
} from './session';

export const SESSION_KEY = ['session'] as const;

/** Query keys that hold nothing personal and survive a change of user. */
const PUBLIC_KEYS = new Set(['house', 'session', 'sso-providers']);

/** Why there is no session although there was one: logged out here, or ended elsewhere/expired. */
export type EndReason = 'logout' | 'expired';

export interface AuthContextValue {
  status: 'pending' | 'error' | 'ready';
  error: unknown;
  session: Session | undefined;
  /** The user of the session, also while the second factor is still to come. */
  user: SessionUser | null;
  stage: Stage | null;
  /** The user's roles once fully logged in; empty before. */
  roles: readonly Role[];
  csrfToken: string | null;
  /** Logged in, but the password is temporary: a new one must be chosen before anything else. */
  passwordChangeRequired: boolean;
  /** Fully logged in: stage complete and no password change pending. */
  isLoggedIn: boolean;
  endReason: EndReason | null;
  hasRole: (...roles: Role[]) => boolean;
  refresh: () => Promise<void>;
  /** Adopts the session a login call answered with. */
  setSession: (session: ActiveSession) => void;
  /** Logs out on the server, then forgets the session here. */
  logout: () => Promise<void>;
  /** Forgets the session here after the server already ended it (e.g. "log out everywhere"). */
  forget: () => void;
}

const AuthContext = createContext<AuthContextValue | null>(null);

/** setTimeout cannot wait longer than this (about 24.8 days). */
const MAX_TIMEOUT = 2 ** 31 - 1;
/** Check a little after the expiry moment so the server agrees that it has passed. */
const EXPIRY_SLACK_MS = 2_000;

function clearUserData(queryClient: QueryClient): void {
  queryClient.removeQueries({
    predicate: (query) => !PUBLIC_KEYS.has(String(query.queryKey[0])),
  });
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: SESSION_KEY,
    queryFn: async ({ signal }) => {
      const session = await fetchSession(signal);
      setCsrfToken(session.csrfToken);
      return session;
    },
    staleTime: Number.POSITIVE_INFINITY,
    // Logged out in another tab, or the session ended while away: notice on return.
    refetchOnWindowFocus: true,
  });
  const session = query.data;
  const [endReason, setEndReason] = useState<EndReason | null>(null);
  const loggingOut = useRef(false);
  const previousUserId = useRef<string | null>(null);

  const { refetch } = query;
  const refresh = useCallback(async () => {
    await refetch();
  }, [refetch]);

  // Notice the session ending (or the user changing) however it happened.
  useEffect(() => {
    if (session === undefined) return;
    const userId = session.authenticated ? session.user.id : null;
    const previous = previousUserId.current;
    previousUserId.current = userId;
    if (previous === userId) return;
    if (previous !== null) clearUserData(queryClient);
    if (userId !== null) setEndReason(null);
    else if (previous !== null) setEndReason(loggingOut.current ? 'logout' : 'expired');
    loggingOut.current = false;
  }, [session, queryClient]);

  // Re-check when the session should have expired by itself.
  useEffect(() => {
    if (!session?.authenticated) return;
    const delay = Math.min(Math.max(msUntilExpiry(session), 0) + EXPIRY_SLACK_MS, MAX_TIMEOUT);
    const timer = window.setTimeout(() => void refresh(), delay);
    return () => window.clearTimeout(timer);
  }, [session, refresh]);

  // Any API call that finds the session gone (or incomplete) makes us look again.
  useEffect(() => onSessionProblem(() => void refresh()), [refresh]);

  const setSession = useCallback(
    (next: ActiveSession) => {
      setCsrfToken(next.csrfToken);
      queryClient.setQueryData(SESSION_KEY, next);
    },
    [queryClient],
  );

  const forget = useCallback(() => {
    loggingOut.current = true;
    // Set before the session changes, so that the guards already know this was on purpose.
    setEndReason('logout');
    setCsrfToken(null);
    queryClient.setQueryData<Session>(SESSION_KEY, ANONYMOUS);
    // The server may hand out a fresh anonymous token; fetch it in the background.
    void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
  }, [queryClient]);

  const logout = useCallback(async () => {
    try {
      await logoutRequest();
    } catch (error) {
      // Already gone on the server: that is what we wanted.
      if (errorCode(error) !== 'unauthenticated') throw error;
    }
    forget();
  }, [forget]);

  const value = useMemo<AuthContextValue>(() => {
    const active = session?.authenticated ? session : null;
    const passwordChangeRequired = active?.stage === 'complete' && active.user.passwordChangeRequired;
    // Until the new password is chosen the server refuses everything else: nothing to offer.
    const isLoggedIn = active?.stage === 'complete' && !passwordChangeRequired;
    const roles = isLoggedIn ? (active?.user.roles ?? []) : [];
    return {
      status: session !== undefined ? 'ready' : query.isError ? 'error' : 'pending',
      error: query.error,
      session,
      user: active?.user ?? null,
      stage: active?.stage ?? null,
      roles,
      csrfToken: session?.csrfToken ?? null,
      passwordChangeRequired,
      isLoggedIn,
      endReason,
      hasRole: (...wanted: Role[]) => wanted.some((role) => roles.includes(role)),
      refresh,
      setSession,
      logout,
      forget,
    };
  }, [session, query.isError, query.error, endReason, refresh, setSession, logout, forget]);

  return <AuthContext value={value}>{children}</AuthContext>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
