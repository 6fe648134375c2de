/**
 * Inloggen: e-mail address and password, then (by the session's stage) the second factor or its
 * set-up, then the page the user wanted (`next`). Below the form, one button per single sign-on
 * provider, when there are any. A failed login never says whether the e-mail address exists.
 */
import { Alert, Button, ButtonLink, Heading, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { errorCode, PROBLEM_TYPE_PREFIX, problemMessageKey } from '../../api/problem';
import { ssoLoginUrl, useSsoProviders } from '../../api/sso';
import { useAuth } from '../../auth/AuthProvider';
import { SessionPending } from '../../auth/RequireAuth';
import { pathForStage, safeNext } from '../../auth/redirect';
import { login } from '../../auth/session';
import { apiErrorReference, apiFormErrors } from '../../layout/apiErrors';
import { type FormError, FormErrorSummary } from '../../layout/FormErrorSummary';
import { PageHeading } from '../../layout/PageHeading';
import { TextField } from '../../layout/TextField';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+$/;

interface FieldErrors {
  email?: string;
  password?: string;
}

function SsoLogin() {
  const { t } = useTranslation();
  const providers = useSsoProviders();
  // Without providers (or when they cannot be loaded) the password form is all there is.
  if (!providers.data || providers.data.length === 0) return null;
  return (
    <section aria-labelledby="sso-heading" className="ketenhuis-sso">
      <Heading level={2} id="sso-heading">
        {t('auth.login.ssoHeading')}
      </Heading>
      <Paragraph>{t('auth.login.ssoIntro')}</Paragraph>
      <ul className="ketenhuis-sso__list">
        {providers.data.map((provider) => (
          <li key={provider.id}>
            <ButtonLink appearance="secondary-action-button" href={ssoLoginUrl(provider)}>
              {t('auth.login.ssoButton', { name: provider.name })}
            </ButtonLink>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function LoginPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const ssoError = params.get('error');
  const emailId = useId();
  const passwordId = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [errors, setErrors] = useState<FormError[]>([]);
  const [reference, setReference] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  if (auth.status !== 'ready') return <SessionPending />;
  if (auth.stage !== null) {
    return <Navigate to={pathForStage(auth.stage, next, auth.passwordChangeRequired)} replace />;
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const trimmed = email.trim();
    const nextFieldErrors: FieldErrors = {};
    if (trimmed === '') nextFieldErrors.email = t('auth.login.emailRequired');
    else if (!EMAIL_PATTERN.test(trimmed)) nextFieldErrors.email = t('auth.login.emailInvalid');
    if (password === '') nextFieldErrors.password = t('auth.login.passwordRequired');
    setFieldErrors(nextFieldErrors);
    const summary: FormError[] = [];
    if (nextFieldErrors.email) summary.push({ message: nextFieldErrors.email, fieldId: emailId });
    if (nextFieldErrors.password) summary.push({ message: nextFieldErrors.password, fieldId: passwordId });
    if (summary.length > 0) {
      setErrors(summary);
      setReference(undefined);
      return;
    }

    setBusy(true);
    try {
      // The page follows the new session's stage (see the Navigate above).
      auth.setSession(await login(trimmed, password));
    } catch (error) {
      setPassword('');
      setErrors(
        errorCode(error) === 'invalid-credentials'
          ? [{ message: t('auth.login.invalidCredentials') }]
          : apiFormErrors(t, error),
      );
      setReference(apiErrorReference(t, error));
      setBusy(false);
    }
  };

  return (
    <div className="ketenhuis-narrow">
      <PageHeading title={t('auth.login.title')} />
      {auth.endReason === 'logout' && (
        <Alert type="ok" className="ketenhuis-notice">
          <Paragraph>{t('auth.login.loggedOut')}</Paragraph>
        </Alert>
      )}
      {auth.endReason === 'expired' && (
        <Alert type="info" className="ketenhuis-notice">
          <Paragraph>{t('auth.login.expired')}</Paragraph>
        </Alert>
      )}
      {ssoError !== null && errors.length === 0 && (
        <Alert type="error" className="ketenhuis-error">
          <Heading level={2}>{t('auth.login.ssoFailed')}</Heading>
          <Paragraph>{t(problemMessageKey(`${PROBLEM_TYPE_PREFIX}${ssoError}`))}</Paragraph>
        </Alert>
      )}
      <Paragraph>{t('auth.login.intro')}</Paragraph>

      <form noValidate onSubmit={(event) => void submit(event)} className="ketenhuis-form">
        <FormErrorSummary heading={t('auth.login.errorHeading')} errors={errors} footnote={reference} />
        <TextField
          id={emailId}
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          spellCheck={false}
          required
          value={email}
          error={fieldErrors.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          id={passwordId}
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          error={fieldErrors.password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('auth.login.submit')}
        </Button>
      </form>

      <Paragraph small className="ketenhuis-form-help">
        {t('auth.login.help')}
      </Paragraph>

      <SsoLogin />
    </div>
  );
}
