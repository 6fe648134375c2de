/**
 * Tweestapsverificatie instellen: the server creates a new secret (POST /me/totp); the user adds
 * it to an authenticator app by scanning the QR code or typing the key, and confirms with a code
 * from the app. The server then hands out recovery codes, shown exactly once.
 *
 * Reached during login (stage "enrol": required before anything else) and from the profile
 * (stage "complete": to set up the second factor or move it to a new phone).
 */

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, ButtonGroup, Heading, Link, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { confirmTotpSetup, startTotpSetup, type TotpSetup } from '../../api/me';
import { errorCode } from '../../api/problem';
import { useAuth } from '../../auth/AuthProvider';
import { groupSecret, isWellFormedCode, normaliseCode, svgDataUrl } from '../../auth/code';
import { SessionPending } from '../../auth/RequireAuth';
import { ReauthCancelled, useReauth } from '../../auth/reauth';
import { LOGIN_PATH, pathForStage, safeNext, withNext } from '../../auth/redirect';
import { apiErrorReference, apiFormErrors } from '../../layout/apiErrors';
import { ErrorAlert } from '../../layout/ErrorAlert';
import { type FormError, FormErrorSummary } from '../../layout/FormErrorSummary';
import { LiveStatus } from '../../layout/LiveStatus';
import { PageHeading } from '../../layout/PageHeading';
import { RouterLink } from '../../layout/RouterLink';
import { TextField } from '../../layout/TextField';

const SETUP_KEY = ['totp-setup'] as const;

function SetupSteps({ setup, onConfirmed }: { setup: TotpSetup; onConfirmed: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const codeId = useId();
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [errors, setErrors] = useState<FormError[]>([]);
  const [reference, setReference] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const clean = normaliseCode('totp', code);
    if (!isWellFormedCode('totp', clean)) {
      const message = clean === '' ? t('auth.codeRequired') : t('auth.codeInvalid');
      setFieldError(message);
      setErrors([{ message, fieldId: codeId }]);
      setReference(undefined);
      return;
    }
    setFieldError(undefined);
    setBusy(true);
    try {
      onConfirmed(await confirmTotpSetup(clean));
    } catch (error) {
      setCode('');
      const wrong = errorCode(error) === 'invalid-credentials';
      setFieldError(wrong ? t('auth.enrol.wrongCode') : undefined);
      setErrors(wrong ? [{ message: t('auth.enrol.wrongCode'), fieldId: codeId }] : apiFormErrors(t, error));
      setReference(apiErrorReference(t, error));
      setBusy(false);
    }
  };

  return (
    <ol className="ketenhuis-steps">
      <li className="ketenhuis-steps__step">
        <Heading level={2}>{t('auth.enrol.step1Heading')}</Heading>
        <Paragraph>{t('auth.enrol.step1Text')}</Paragraph>
      </li>
      <li className="ketenhuis-steps__step">
        <Heading level={2}>{t('auth.enrol.step2Heading')}</Heading>
        <Paragraph>{t('auth.enrol.step2Text')}</Paragraph>
        <img className="ketenhuis-qr" src={svgDataUrl(setup.qrSvg)} alt={t('auth.enrol.qrAlt')} />
        <Paragraph>{t('auth.enrol.manualIntro')}</Paragraph>
        <p className="ketenhuis-secret">
          <span className="ketenhuis-visually-hidden">{t('auth.enrol.secretLabel')} </span>
          <code translate="no">{groupSecret(setup.secret)}</code>
        </p>
        <Paragraph small>{t('auth.enrol.manualHint')}</Paragraph>
        <Paragraph>
          <Link href={setup.otpauthUri}>{t('auth.enrol.openInApp')}</Link>
        </Paragraph>
      </li>
      <li className="ketenhuis-steps__step">
        <Heading level={2}>{t('auth.enrol.step3Heading')}</Heading>
        <form noValidate onSubmit={(event) => void submit(event)} className="ketenhuis-form">
          <FormErrorSummary
            heading={t('auth.enrol.errorHeading')}
            headingLevel={3}
            errors={errors}
            footnote={reference}
          />
          <TextField
            id={codeId}
            label={t('auth.totpCode')}
            description={t('auth.totpCodeDescription')}
            inputMode="numeric"
            autoComplete="one-time-code"
            spellCheck={false}
            required
            value={code}
            error={fieldError}
            onChange={(event) => setCode(event.target.value)}
            className="ketenhuis-field--code"
          />
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('auth.enrol.confirm')}
          </Button>
        </form>
      </li>
    </ol>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: readonly string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copyStatus, setCopyStatus] = useState<string | null>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopyStatus(t('auth.recovery.copied'));
    } catch {
      setCopyStatus(t('auth.recovery.copyFailed'));
    }
  };

  return (
    <section aria-labelledby="recovery-heading" className="ketenhuis-recovery">
      <Heading
        level={2}
        id="recovery-heading"
        ref={headingRef}
        tabIndex={-1}
        className="ketenhuis-focus-heading"
      >
        {t('auth.recovery.heading')}
      </Heading>
      <Paragraph>{t('auth.recovery.success')}</Paragraph>
      <Paragraph>{t('auth.recovery.explain')}</Paragraph>
      <Paragraph>
        <strong>{t('auth.recovery.once')}</strong>
      </Paragraph>
      <ol className="ketenhuis-recovery-codes" aria-label={t('auth.recovery.listLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code translate="no">{code}</code>
          </li>
        ))}
      </ol>
      <ButtonGroup>
        <Button type="button" appearance="secondary-action-button" onClick={() => void copy()}>
          {t('auth.recovery.copy')}
        </Button>
      </ButtonGroup>
      <LiveStatus message={copyStatus} />
      <ButtonGroup>
        <Button type="button" appearance="primary-action-button" onClick={onDone}>
          {t('auth.recovery.done')}
        </Button>
      </ButtonGroup>
    </section>
  );
}

export function TotpEnrolPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const withReauth = useReauth();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  // With a temporary password the server refuses the set-up: the new password comes first.
  const allowed = auth.stage === 'enrol' || (auth.stage === 'complete' && !auth.passwordChangeRequired);

  // A POST, but one secret per visit: the query de-duplicates (also StrictMode's double mount)
  // and is dropped once confirmed or when the page is left.
  const setup = useQuery({
    queryKey: SETUP_KEY,
    queryFn: () => withReauth(startTotpSetup),
    enabled: allowed && recoveryCodes === null,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });

  if (auth.status !== 'ready') return <SessionPending />;
  if (auth.stage === null) return <Navigate to={withNext(LOGIN_PATH, next)} replace />;
  if (auth.stage === 'mfa' || (auth.passwordChangeRequired && recoveryCodes === null)) {
    return <Navigate to={pathForStage(auth.stage, next, auth.passwordChangeRequired)} replace />;
  }

  const duringLogin = auth.stage === 'enrol';

  const confirmed = (codes: string[]) => {
    setRecoveryCodes(codes);
    queryClient.removeQueries({ queryKey: SETUP_KEY });
    // The session is now complete (and the user has a second factor): fetch it again.
    void auth.refresh();
  };

  const cancel = async () => {
    try {
      await auth.logout();
    } catch {
      auth.forget();
    }
  };

  return (
    <>
      <PageHeading title={t('auth.enrol.title')} />
      {recoveryCodes ? (
        <RecoveryCodes codes={recoveryCodes} onDone={() => navigate(next, { replace: true })} />
      ) : (
        <>
          <Paragraph lead>
            {duringLogin
              ? t('auth.enrol.introRequired')
              : auth.user?.totpEnabled
                ? t('auth.enrol.introReplace')
                : t('auth.enrol.introOptional')}
          </Paragraph>
          {setup.isPending && <Paragraph role="status">{t('auth.enrol.loading')}</Paragraph>}
          {setup.isError &&
            (setup.error instanceof ReauthCancelled ? (
              <>
                <Paragraph>{t('auth.enrol.reauthCancelled')}</Paragraph>
                <Button
                  type="button"
                  appearance="secondary-action-button"
                  onClick={() => void setup.refetch()}
                >
                  {t('auth.retry')}
                </Button>
              </>
            ) : (
              <ErrorAlert
                heading={t('auth.enrol.loadError')}
                error={setup.error}
                onRetry={() => void setup.refetch()}
                retryLabel={t('auth.retry')}
              />
            ))}
          {setup.data && <SetupSteps setup={setup.data} onConfirmed={confirmed} />}
          <Paragraph className="ketenhuis-form-help">
            {duringLogin ? (
              <Button type="button" appearance="subtle-button" onClick={() => void cancel()}>
                {t('auth.enrol.cancelLogin')}
              </Button>
            ) : (
              <RouterLink to={next}>{t('auth.enrol.cancel')}</RouterLink>
            )}
          </Paragraph>
        </>
      )}
    </>
  );
}
