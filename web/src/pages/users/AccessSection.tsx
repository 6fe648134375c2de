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
import { resetUserPassword, revokeUserSessions, type User } from '../../api/users';
import { useReauth } from '../../auth/reauth';
import { ConfirmedAction } from './ConfirmedAction';

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
            no={t('pages.users.access.cancel')}
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
            no={t('pages.users.access.cancel')}
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
