/**
 * Where I am logged in (GET /me/sessions): one row per session with its device and times. Other
 * sessions can be ended one by one; the current one is ended by logging out. "Log out everywhere"
 * ends all of them, this one included.
 */

import { useQueryClient } from '@tanstack/react-query';
import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MY_SESSIONS_KEY,
  revokeAllSessions,
  revokeSession,
  type UserSession,
  useMySessions,
} from '../../api/me';
import { useAuth } from '../../auth/AuthProvider';
import { shownError, useReauth } from '../../auth/reauth';
import { describeUserAgent } from '../../auth/userAgent';
import { formatDateTime } from '../../i18n/format';
import { ErrorAlert } from '../../layout/ErrorAlert';
import { LiveStatus } from '../../layout/LiveStatus';

function useDeviceName() {
  const { t } = useTranslation();
  return (session: UserSession): string => {
    const { browser, os } = describeUserAgent(session.userAgent);
    if (browser && os) return t('pages.profile.sessions.deviceBrowserOs', { browser, os });
    if (browser || os) return browser ?? os ?? '';
    return t('pages.profile.sessions.unknownDevice');
  };
}

/** Current session first, then the most recently used. */
const byRelevance = (a: UserSession, b: UserSession) =>
  Number(b.current) - Number(a.current) || Date.parse(b.lastSeenAt) - Date.parse(a.lastSeenAt);

export function SessionsSection() {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const withReauth = useReauth();
  const queryClient = useQueryClient();
  const sessions = useMySessions();
  const deviceName = useDeviceName();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const revokeAllRef = useRef<HTMLButtonElement>(null);
  const language = i18n.resolvedLanguage;

  const revoke = async (session: UserSession) => {
    setBusyId(session.id);
    setActionError(null);
    setStatus(null);
    try {
      await withReauth(() => revokeSession(session.id));
      await queryClient.invalidateQueries({ queryKey: MY_SESSIONS_KEY });
      setStatus(t('pages.profile.sessions.revoked', { device: deviceName(session) }));
      // The row (and its button) is gone: put focus somewhere sensible.
      headingRef.current?.focus();
    } catch (error) {
      setActionError(shownError(error));
    } finally {
      setBusyId(null);
    }
  };

  const logoutHere = async () => {
    setActionError(null);
    try {
      await auth.logout();
    } catch (error) {
      setActionError(error);
    }
  };

  const revokeAll = async () => {
    setBusyId('*');
    setActionError(null);
    try {
      await withReauth(revokeAllSessions);
      auth.forget();
    } catch (error) {
      setActionError(shownError(error));
      setBusyId(null);
    }
  };

  const startConfirm = () => {
    setConfirmAll(true);
    // Focus the confirmation once it is rendered.
    requestAnimationFrame(() => confirmRef.current?.focus());
  };

  const cancelConfirm = () => {
    setConfirmAll(false);
    requestAnimationFrame(() => revokeAllRef.current?.focus());
  };

  return (
    <section aria-labelledby="profile-sessions-heading">
      <Heading
        level={2}
        id="profile-sessions-heading"
        ref={headingRef}
        tabIndex={-1}
        className="ketenhuis-focus-heading"
      >
        {t('pages.profile.sessions.heading')}
      </Heading>
      <Paragraph>{t('pages.profile.sessions.intro')}</Paragraph>
      <LiveStatus message={status} />
      {actionError !== null && (
        <ErrorAlert heading={t('pages.profile.sessions.actionError')} error={actionError} />
      )}

      {sessions.isPending && <Paragraph role="status">{t('pages.profile.sessions.loading')}</Paragraph>}
      {sessions.isError && (
        <ErrorAlert
          heading={t('pages.profile.sessions.loadError')}
          error={sessions.error}
          onRetry={() => void sessions.refetch()}
          retryLabel={t('auth.retry')}
        />
      )}
      {sessions.isSuccess && (
        <div className="ketenhuis-table-scroll">
          <Table className="ketenhuis-table">
            <TableCaption>{t('pages.profile.sessions.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('pages.profile.sessions.columns.device')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('pages.profile.sessions.columns.created')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('pages.profile.sessions.columns.lastSeen')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('pages.profile.sessions.columns.action')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {[...sessions.data].sort(byRelevance).map((session) => {
                const device = deviceName(session);
                return (
                  <TableRow key={session.id}>
                    <TableHeaderCell scope="row">
                      {device}
                      {session.current && (
                        <span className="ketenhuis-badge">{t('pages.profile.sessions.thisDevice')}</span>
                      )}
                    </TableHeaderCell>
                    <TableCell>{formatDateTime(session.createdAt, language)}</TableCell>
                    <TableCell>{formatDateTime(session.lastSeenAt, language)}</TableCell>
                    <TableCell>
                      {session.current ? (
                        <Button
                          type="button"
                          appearance="secondary-action-button"
                          onClick={() => void logoutHere()}
                        >
                          {t('pages.profile.sessions.logout')}
                        </Button>
                      ) : (
                        <Button
                          type="button"
                          appearance="secondary-action-button"
                          busy={busyId === session.id}
                          onClick={() => void revoke(session)}
                        >
                          {t('pages.profile.sessions.revoke')}
                          <span className="ketenhuis-visually-hidden">
                            {' '}
                            {t('pages.profile.sessions.revokeContext', {
                              device,
                              lastSeen: formatDateTime(session.lastSeenAt, language),
                            })}
                          </span>
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}

      <Heading level={3}>{t('pages.profile.sessions.everywhereHeading')}</Heading>
      <Paragraph>{t('pages.profile.sessions.everywhereText')}</Paragraph>
      {confirmAll ? (
        <div className="ketenhuis-confirm">
          <Paragraph>
            <strong>{t('pages.profile.sessions.everywhereConfirm')}</strong>
          </Paragraph>
          <ButtonGroup>
            <Button
              ref={confirmRef}
              type="button"
              appearance="primary-action-button"
              hint="danger"
              busy={busyId === '*'}
              onClick={() => void revokeAll()}
            >
              {t('pages.profile.sessions.everywhereYes')}
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={cancelConfirm}>
              {t('pages.profile.sessions.everywhereNo')}
            </Button>
          </ButtonGroup>
        </div>
      ) : (
        <Button ref={revokeAllRef} type="button" appearance="secondary-action-button" onClick={startConfirm}>
          {t('pages.profile.sessions.everywhere')}
        </Button>
      )}
    </section>
  );
}
