/**
 * Re-authentication for sensitive actions. When the server answers such a call with 401
 * `reauth-required`, `withReauth` opens a modal dialog asking for the password (and the
 * authenticator code when the account has one), sends POST /session/reauth, and then retries the
 * call once. Cancelling the dialog rejects with ReauthCancelled, which callers treat as "nothing
 * happened" rather than as an error.
 *
 * The dialog is a native <dialog> opened with showModal(): the browser keeps focus inside it and
 * closes it on Escape; focus returns to the control that started the action.
 */
import { Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import {
  createContext,
  type FormEvent,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../api/problem';
import { apiErrorReference, apiFormErrors } from '../layout/apiErrors';
import { type FormError, FormErrorSummary } from '../layout/FormErrorSummary';
import { TextField } from '../layout/TextField';
import { useAuth } from './AuthProvider';
import { isWellFormedCode, normaliseCode } from './code';
import { reauthenticate } from './session';

export class ReauthCancelled extends Error {
  constructor() {
    super('Re-authentication cancelled');
    this.name = 'ReauthCancelled';
  }
}

type WithReauth = <T>(action: () => Promise<T>) => Promise<T>;

const ReauthContext = createContext<WithReauth | null>(null);

export function ReauthProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<{ resolve: (ok: boolean) => void } | null>(null);

  const ask = useCallback(
    () =>
      new Promise<boolean>((resolve) => {
        setRequest({ resolve });
      }),
    [],
  );

  const withReauth = useCallback<WithReauth>(
    async (action) => {
      try {
        return await action();
      } catch (error) {
        if (errorCode(error) !== 'reauth-required') throw error;
        if (!(await ask())) throw new ReauthCancelled();
        return action();
      }
    },
    [ask],
  );

  const finish = (ok: boolean) => {
    request?.resolve(ok);
    setRequest(null);
  };

  return (
    <ReauthContext value={withReauth}>
      {children}
      {request && <ReauthDialog onDone={finish} />}
    </ReauthContext>
  );
}

/** Runs a sensitive API call, asking the user to re-authenticate when the server wants that. */
export function useReauth(): WithReauth {
  const value = useContext(ReauthContext);
  if (!value) throw new Error('useReauth must be used inside <ReauthProvider>');
  return value;
}

/** An error worth showing: everything except the user cancelling the re-authentication. */
export const shownError = (error: unknown): unknown => (error instanceof ReauthCancelled ? null : error);

interface FieldErrors {
  password?: string;
  code?: string;
}

function ReauthDialog({ onDone }: { onDone: (ok: boolean) => void }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const needsCode = user?.totpEnabled ?? false;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<Element | null>(null);
  const headingId = useId();
  const passwordId = useId();
  const codeId = useId();
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [errors, setErrors] = useState<FormError[]>([]);
  const [reference, setReference] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const doneRef = useRef(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    // Only the first time: under StrictMode the effect runs twice, and then focus is inside.
    returnFocus.current ??= document.activeElement;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      const target = returnFocus.current;
      // The control may be gone (the page changed meanwhile); then the browser decides.
      if (target instanceof HTMLElement && target.isConnected) target.focus();
    };
  }, []);

  const close = useCallback(
    (ok: boolean) => {
      if (doneRef.current) return;
      doneRef.current = true;
      if (dialogRef.current?.open) dialogRef.current.close();
      onDone(ok);
    },
    [onDone],
  );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const cleanCode = normaliseCode('totp', code);
    const nextFieldErrors: FieldErrors = {};
    if (password === '') nextFieldErrors.password = t('auth.reauth.passwordRequired');
    if (needsCode && !isWellFormedCode('totp', cleanCode)) nextFieldErrors.code = t('auth.codeInvalid');
    setFieldErrors(nextFieldErrors);
    const summary: FormError[] = [];
    if (nextFieldErrors.password) summary.push({ message: nextFieldErrors.password, fieldId: passwordId });
    if (nextFieldErrors.code) summary.push({ message: nextFieldErrors.code, fieldId: codeId });
    if (summary.length > 0) {
      setErrors(summary);
      setReference(undefined);
      return;
    }
    setBusy(true);
    try {
      await reauthenticate(password, needsCode ? cleanCode : undefined);
      close(true);
    } catch (error) {
      setPassword('');
      setCode('');
      setErrors(
        errorCode(error) === 'invalid-credentials'
          ? [{ message: t('auth.reauth.failed') }]
          : apiFormErrors(t, error),
      );
      setReference(apiErrorReference(t, error));
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="ketenhuis-dialog"
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        close(false);
      }}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Heading level={2} id={headingId}>
          {t('auth.reauth.title')}
        </Heading>
        <Paragraph>{needsCode ? t('auth.reauth.introWithCode') : t('auth.reauth.intro')}</Paragraph>
        <FormErrorSummary
          heading={t('auth.reauth.errorHeading')}
          headingLevel={3}
          errors={errors}
          footnote={reference}
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
        {needsCode && (
          <TextField
            id={codeId}
            label={t('auth.totpCode')}
            description={t('auth.totpCodeDescription')}
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            value={code}
            error={fieldErrors.code}
            onChange={(event) => setCode(event.target.value)}
          />
        )}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {t('auth.reauth.submit')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={() => close(false)}>
            {t('auth.reauth.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </dialog>
  );
}
