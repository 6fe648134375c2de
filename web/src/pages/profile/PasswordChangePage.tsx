/**
 * Wachtwoord wijzigen: the current password, the new one twice, and the rules a new password must
 * meet (POST /me/password). Required right after logging in with a temporary password set by
 * functioneel beheer — the route guard sends the user here before anything else, and the only
 * other way out is logging out — and reachable from the profile for a voluntary change.
 *
 * The server ends the user's other sessions; afterwards the session is fetched again and the user
 * continues to `next` (or the dashboard), where a confirmation is announced.
 */

import { useQueryClient } from '@tanstack/react-query';
import { Button, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { changePassword, MY_SESSIONS_KEY } from '../../api/me';
import { errorCode } from '../../api/problem';
import { useAuth } from '../../auth/AuthProvider';
import { SessionPending } from '../../auth/RequireAuth';
import { afterPasswordChange, loginPathFor, pathForStage } from '../../auth/redirect';
import { apiErrorReference, apiFormErrors } from '../../layout/apiErrors';
import { type FormError, FormErrorSummary } from '../../layout/FormErrorSummary';
import { noticeState } from '../../layout/notice';
import { PageHeading } from '../../layout/PageHeading';
import { RouterLink } from '../../layout/RouterLink';
import { TextField } from '../../layout/TextField';
import { checkPasswordChange } from './passwordChange';

interface FieldErrors {
  currentPassword?: string;
  newPassword?: string;
  repeatPassword?: string;
}

function PasswordRules() {
  const { t } = useTranslation();
  return (
    <UnorderedList>
      <UnorderedListItem>{t('pages.password.rules.length')}</UnorderedListItem>
      <UnorderedListItem>{t('pages.password.rules.common')}</UnorderedListItem>
      <UnorderedListItem>{t('pages.password.rules.passphrase')}</UnorderedListItem>
    </UnorderedList>
  );
}

export function PasswordChangePage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const destination = afterPasswordChange(params.get('next') ?? '/');
  const ids = { current: useId(), new: useId(), repeat: useId() };
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeatPassword, setRepeatPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [errors, setErrors] = useState<FormError[]>([]);
  const [reference, setReference] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  if (auth.status !== 'ready') return <SessionPending />;
  if (auth.stage === null) return <Navigate to={loginPathFor(location)} replace />;
  if (auth.stage !== 'complete') {
    const here = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={pathForStage(auth.stage, here)} replace />;
  }
  const required = auth.passwordChangeRequired;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const problems = checkPasswordChange({ currentPassword, newPassword, repeatPassword });
    const next: FieldErrors = {};
    if (problems.currentPassword) next.currentPassword = t(problems.currentPassword);
    if (problems.newPassword) next.newPassword = t(problems.newPassword);
    if (problems.repeatPassword) next.repeatPassword = t(problems.repeatPassword);
    setFieldErrors(next);
    const summary: FormError[] = [];
    if (next.currentPassword) summary.push({ message: next.currentPassword, fieldId: ids.current });
    if (next.newPassword) summary.push({ message: next.newPassword, fieldId: ids.new });
    if (next.repeatPassword) summary.push({ message: next.repeatPassword, fieldId: ids.repeat });
    setReference(undefined);
    if (summary.length > 0) {
      setErrors(summary);
      return;
    }

    setBusy(true);
    try {
      await changePassword(currentPassword, newPassword);
    } catch (error) {
      setBusy(false);
      const code = errorCode(error);
      if (code === 'invalid-credentials') {
        const message = t('pages.password.currentWrong');
        setCurrentPassword('');
        setFieldErrors({ currentPassword: message });
        setErrors([{ message, fieldId: ids.current }]);
      } else if (code === 'weak-password') {
        const passwordErrors = apiFormErrors(t, error, ids.new);
        setNewPassword('');
        setRepeatPassword('');
        setFieldErrors({ newPassword: passwordErrors.map((e) => e.message).join(' ') });
        setErrors(passwordErrors);
      } else {
        setErrors(apiFormErrors(t, error));
      }
      setReference(apiErrorReference(t, error));
      return;
    }

    // Done on the server. Let the guard know at once (also should fetching the session fail),
    // then fetch the session as the server now has it; the other sessions are gone.
    const { session } = auth;
    if (session?.authenticated) {
      auth.setSession({ ...session, user: { ...session.user, passwordChangeRequired: false } });
    }
    await auth.refresh();
    void queryClient.invalidateQueries({ queryKey: MY_SESSIONS_KEY });
    navigate(destination, { replace: true, state: noticeState('passwordChanged') });
  };

  const cancel = async () => {
    try {
      await auth.logout();
    } catch {
      // Even if the server cannot be reached, start over here; the session expires by itself.
      auth.forget();
    }
  };

  return (
    <div className="ketenhuis-narrow">
      <PageHeading title={t('pages.password.title')} />
      <Paragraph>{required ? t('pages.password.introRequired') : t('pages.password.intro')}</Paragraph>

      <form noValidate onSubmit={(event) => void submit(event)} className="ketenhuis-form">
        <FormErrorSummary heading={t('pages.password.errorHeading')} errors={errors} footnote={reference} />
        {/* Tells password managers whose password this is; not shown, not focusable. */}
        <input
          type="email"
          name="username"
          autoComplete="username"
          value={auth.user?.email ?? ''}
          readOnly
          hidden
        />
        <TextField
          id={ids.current}
          label={t('pages.password.current')}
          description={required ? t('pages.password.currentTemporary') : undefined}
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          error={fieldErrors.currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
        />
        <TextField
          id={ids.new}
          label={t('pages.password.new')}
          description={<PasswordRules />}
          type="password"
          autoComplete="new-password"
          required
          value={newPassword}
          error={fieldErrors.newPassword}
          onChange={(event) => setNewPassword(event.target.value)}
        />
        <TextField
          id={ids.repeat}
          label={t('pages.password.repeat')}
          type="password"
          autoComplete="new-password"
          required
          value={repeatPassword}
          error={fieldErrors.repeatPassword}
          onChange={(event) => setRepeatPassword(event.target.value)}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('pages.password.submit')}
        </Button>
      </form>

      <Paragraph className="ketenhuis-form-help">
        {required ? (
          <Button type="button" appearance="subtle-button" onClick={() => void cancel()}>
            {t('pages.password.cancelLogin')}
          </Button>
        ) : (
          <RouterLink to={destination}>{t('pages.password.cancel')}</RouterLink>
        )}
      </Paragraph>
    </div>
  );
}
