/**
 * "Toegang" on the user page (functioneel beheer): giving the user a temporary password and ending
 * all of their sessions. Both ask for confirmation first, in the page (no window.confirm), with
 * focus moved to the confirm button and back to the start button on cancel.
 *
 * Resetting the password is a sensitive action (the server wants re-authentication first, which
 * `withReauth` handles). The temporary password is shown once, in a marked box that takes focus;
 * it is not kept in the query cache, and closing the box forgets it. The second factor stays.
 */
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/problem';
import { resetUserPassword, revokeUserSessions, type User } from '../../api/users';
import { shownError, useReauth } from '../../auth/reauth';
import { ErrorAlert } from '../../layout/ErrorAlert';

const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

interface ConfirmedActionProps {
  text: string;
  button: string;
  confirm: string;
  yes: string;
  errorHeading: string;
  /** Runs the action; a thrown error is shown, unless it is a cancelled re-authentication. */
  run: () => Promise<void>;
  /** The user does not exist (any more): the page shows its not-found handling. */
  onGone: () => void;
}

function ConfirmedAction({ text, button, confirm, yes, errorHeading, run, onGone }: ConfirmedActionProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  const go = async () => {
    setBusy(true);
    setError(null);
    try {
      await run();
      setConfirming(false);
    } catch (caught) {
      if (isNotFound(caught)) {
        onGone();
        return;
      }
      setError(shownError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Paragraph>{text}</Paragraph>
      {error !== null && <ErrorAlert heading={errorHeading} error={error} />}
      {confirming ? (
        <div className="ketenhuis-confirm">
          <Paragraph>
            <strong>{confirm}</strong>
          </Paragraph>
          <ButtonGroup>
            <Button
              ref={confirmRef}
              type="button"
              appearance="primary-action-button"
              hint="danger"
              busy={busy}
              onClick={() => void go()}
            >
              {yes}
            </Button>
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => startRef.current?.focus());
              }}
            >
              {t('pages.users.access.cancel')}
            </Button>
          </ButtonGroup>
        </div>
      ) : (
        <Button
          ref={startRef}
          type="button"
          appearance="secondary-action-button"
          onClick={() => {
            setConfirming(true);
            requestAnimationFrame(() => confirmRef.current?.focus());
          }}
        >
          {button}
        </Button>
      )}
    </>
  );
}

function TemporaryPassword({
  password,
  name,
  onClose,
}: {
  password: string;
  name: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section className="ketenhuis-temporary-password" aria-labelledby={headingId}>
      <Heading level={4} id={headingId} ref={headingRef} tabIndex={-1}>
        {t('pages.users.access.password.resultHeading', { name })}
      </Heading>
      <p className="ketenhuis-secret">
        <span className="ketenhuis-visually-hidden">{t('pages.users.access.password.resultLabel')} </span>
        <code translate="no">{password}</code>
      </p>
      <Paragraph>{t('pages.users.access.password.handOver')}</Paragraph>
      <Paragraph>{t('pages.users.access.password.firstLogin')}</Paragraph>
      <Paragraph>
        <strong>{t('pages.users.access.password.once')}</strong>
      </Paragraph>
      <ButtonGroup>
        <Button type="button" appearance="secondary-action-button" onClick={onClose}>
          {t('pages.users.access.password.close')}
        </Button>
      </ButtonGroup>
    </section>
  );
}

interface AccessSectionProps {
  user: User;
  /** Resetting the password is allowed (the server's `reset-totp` permission). */
  canResetPassword: boolean;
  /** Ending sessions is allowed (the server's `update` permission). */
  canRevokeSessions: boolean;
  onStatus: (message: string) => void;
  onGone: () => void;
}

export function AccessSection({
  user,
  canResetPassword,
  canRevokeSessions,
  onStatus,
  onGone,
}: AccessSectionProps) {
  const { t } = useTranslation();
  const withReauth = useReauth();
  const [temporary, setTemporary] = useState<string | null>(null);
  const passwordHeadingRef = useRef<HTMLHeadingElement>(null);
  const name = user.displayName;

  return (
    <>
      {canResetPassword && (
        <>
          <Heading level={3} ref={passwordHeadingRef} tabIndex={-1}>
            {t('pages.users.access.password.heading')}
          </Heading>
          <ConfirmedAction
            text={t('pages.users.access.password.text')}
            button={t('pages.users.access.password.button')}
            confirm={t('pages.users.access.password.confirm', { name })}
            yes={t('pages.users.access.password.yes')}
            errorHeading={t('pages.users.access.password.error')}
            onGone={onGone}
            run={async () => {
              setTemporary(null);
              const password = await withReauth(() => resetUserPassword(user.id));
              setTemporary(password);
              onStatus(t('pages.users.access.password.done', { name }));
            }}
          />
          {temporary !== null && (
            <TemporaryPassword
              password={temporary}
              name={name}
              onClose={() => {
                setTemporary(null);
                passwordHeadingRef.current?.focus();
              }}
            />
          )}
        </>
      )}
      {canRevokeSessions && (
        <>
          <Heading level={3}>{t('pages.users.access.sessions.heading')}</Heading>
          <ConfirmedAction
            text={t('pages.users.access.sessions.text')}
            button={t('pages.users.access.sessions.button')}
            confirm={t('pages.users.access.sessions.confirm', { name })}
            yes={t('pages.users.access.sessions.yes')}
            errorHeading={t('pages.users.access.sessions.error')}
            onGone={onGone}
            run={async () => {
              await revokeUserSessions(user.id);
              onStatus(t('pages.users.access.sessions.done', { name }));
            }}
          />
        </>
      )}
    </>
  );
}
