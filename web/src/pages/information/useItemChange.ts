/**
 * Running one change on an item or a request (conditions, withdrawal, reading beforehand,
 * decisions): busy state, the error to show (a cancelled re-authentication shows nothing), and
 * after success or a 412 the information queries reloaded. A 412 means someone else changed it
 * first: the caller shows the newest version with a "changed meanwhile" notice.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { INFORMATION_KEY } from '../../api/informationItemCalls';
import { errorCode } from '../../api/problem';
import { shownError } from '../../auth/reauth';

export function useItemChange(onDone: (message: string) => Promise<void> | void) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [stale, setStale] = useState(false);

  async function run(call: () => Promise<unknown>, message: string): Promise<boolean> {
    if (busy) return false;
    setBusy(true);
    setError(null);
    setStale(false);
    try {
      await call();
      await queryClient.invalidateQueries({ queryKey: INFORMATION_KEY });
      await onDone(message);
      return true;
    } catch (caught) {
      if (errorCode(caught) === 'precondition-failed') {
        setStale(true);
        await queryClient.invalidateQueries({ queryKey: INFORMATION_KEY });
      } else setError(shownError(caught));
      return false;
    } finally {
      setBusy(false);
    }
  }

  /** After a change made elsewhere (a form of its own): reload and announce. */
  async function done(message: string) {
    setStale(false);
    await queryClient.invalidateQueries({ queryKey: INFORMATION_KEY });
    await onDone(message);
  }

  /** A form of its own got a 412: reload and show the notice. */
  async function markStale() {
    setStale(true);
    await queryClient.invalidateQueries({ queryKey: INFORMATION_KEY });
  }

  return { run, done, markStale, busy, error, stale };
}
