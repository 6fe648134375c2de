/**
 * Inloggen, tweede stap: the six-digit code from the authenticator app or, for someone without
 * their phone, one of the recovery codes. Cancelling ends the half-finished session.
 */
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { errorCode } from '../../api/problem';
import { useAuth } from '../../auth/AuthProvider';
import { type CodeKind, isWellFormedCode, normaliseCode } from '../../auth/code';
import { SessionPending } from '../../auth/RequireAuth';
import { LOGIN_PATH, pathForStage, safeNext, withNext } from '../../auth/redirect';
import { verifySecondFactor } from '../../auth/session';
import { apiErrorReference, apiFormErrors } from '../../layout/apiErrors';
import { type FormError, FormErrorSummary } from '../../layout/FormErrorSummary';
import { PageHeading } from '../../layout/PageHeading';
import { TextField } from '../../layout/TextField';

export function SecondFactorPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const codeId = useId();
  const codeRef = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<CodeKind>('totp');
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [errors, setErrors] = useState<FormError[]>([]);
  const [reference, setReference] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  if (auth.status !== 'ready') return <SessionPending />;
  if (auth.stage === null) return <Navigate to={withNext(LOGIN_PATH, next)} replace />;
  if (auth.stage !== 'mfa') {
    return <Navigate to={pathForStage(auth.stage, next, auth.passwordChangeRequired)} replace />;
  }

  const switchKind = () => {
    setKind(kind === 'totp' ? 'recovery' : 'totp');
    setCode('');
    setFieldError(undefined);
    setErrors([]);
    codeRef.current?.focus();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const clean = normaliseCode(kind, code);
    if (!isWellFormedCode(kind, clean)) {
      const message =
        clean === ''
          ? t('auth.codeRequired')
          : t(kind === 'totp' ? 'auth.codeInvalid' : 'auth.recoveryCodeInvalid');
      setFieldError(message);
      setErrors([{ message, fieldId: codeId }]);
      setReference(undefined);
      return;
    }
    setFieldError(undefined);
    setBusy(true);
    try {
      auth.setSession(await verifySecondFactor(clean));
    } catch (error) {
      setCode('');
      const wrong = errorCode(error) === 'invalid-credentials';
      const message = t(
        kind === 'totp' ? 'auth.secondFactor.wrongCode' : 'auth.secondFactor.wrongRecoveryCode',
      );
      setFieldError(wrong ? message : undefined);
      setErrors(wrong ? [{ message, fieldId: codeId }] : apiFormErrors(t, error));
      setReference(apiErrorReference(t, error));
      setBusy(false);
    }
  };

  const cancel = async () => {
    try {
      await auth.logout();
    } catch {
      // Even if the server cannot be reached, start over here; the half session expires by itself.
      auth.forget();
    }
  };

  return (
    <div className="ketenhuis-narrow">
      <PageHeading title={t('auth.secondFactor.title')} />
      <Paragraph>
        {kind === 'totp' ? t('auth.secondFactor.introTotp') : t('auth.secondFactor.introRecovery')}
      </Paragraph>
      <form noValidate onSubmit={(event) => void submit(event)} className="ketenhuis-form">
        <FormErrorSummary
          heading={t('auth.secondFactor.errorHeading')}
          errors={errors}
          footnote={reference}
        />
        <TextField
          ref={codeRef}
          id={codeId}
          label={kind === 'totp' ? t('auth.totpCode') : t('auth.recoveryCode')}
          description={kind === 'totp' ? t('auth.totpCodeDescription') : t('auth.recoveryCodeDescription')}
          inputMode={kind === 'totp' ? 'numeric' : 'text'}
          autoComplete={kind === 'totp' ? 'one-time-code' : 'off'}
          autoCapitalize="off"
          spellCheck={false}
          required
          value={code}
          error={fieldError}
          onChange={(event) => setCode(event.target.value)}
          className="ketenhuis-field--code"
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('auth.secondFactor.submit')}
          </Button>
          <Button type="button" appearance="subtle-button" onClick={switchKind}>
            {kind === 'totp' ? t('auth.secondFactor.useRecovery') : t('auth.secondFactor.useTotp')}
          </Button>
        </ButtonGroup>
      </form>
      <Paragraph className="ketenhuis-form-help">
        <Button type="button" appearance="subtle-button" onClick={() => void cancel()}>
          {t('auth.secondFactor.cancel')}
        </Button>
      </Paragraph>
    </div>
  );
}
