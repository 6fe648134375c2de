/**
 * What a governance page does after a change: refresh every governance query and announce the
 * outcome in a live region; when the server answers 412 (someone else changed it first), reload
 * and say so instead. Other errors go back to the form that asked, which shows them.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { GOVERNANCE_KEY, isStale } from '../../../api/governanceClient';

export function useGovChange() {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<string | null>(null);
  const [stale, setStale] = useState(false);

  const change = async (action: () => Promise<unknown>, message: string) => {
    setStatus(null);
    setStale(false);
    try {
      await action();
    } catch (error) {
      if (!isStale(error)) throw error;
      await queryClient.invalidateQueries({ queryKey: GOVERNANCE_KEY });
      setStale(true);
      return;
    }
    await queryClient.invalidateQueries({ queryKey: GOVERNANCE_KEY });
    setStatus(message);
  };

  return { status, stale, change };
}
