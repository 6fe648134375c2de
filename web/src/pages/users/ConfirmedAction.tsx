/**
 * A sensitive action on the user page that asks for confirmation in the page first (no
 * window.confirm): focus moves to the confirm button, and back to the start button on cancel.
 * Errors are shown below the explanation; a cancelled re-authentication shows nothing.
 */
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { ApiError } from '../../api/problem';
import { shownError } from '../../auth/reauth';
import { ErrorAlert } from '../../layout/ErrorAlert';

const isNotFound = (error: unknown) => error instanceof ApiError && error.status === 404;

export interface ConfirmedActionProps {
  text: string;
  button: string;
  confirm: string;
  yes: string;
  no: string;
  errorHeading: string;
  /** Runs the action; a thrown error is shown, unless it is a cancelled re-authentication. */
  run: () => Promise<void>;
  /** The user does not exist (any more): the page shows its not-found handling. */
  onGone: () => void;
}

export function ConfirmedAction({
  text,
  button,
  confirm,
  yes,
  no,
  errorHeading,
  run,
  onGone,
}: ConfirmedActionProps) {
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
              {no}
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
