import { useCallback, useEffect, useRef, useState } from 'react';
import type { PartnerDraftValues } from '../../../shared/contract/business';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';

export const PARTNER_DRAFT_DELAY_MS = 400;

/**
 * Keeps what is typed in the Business details form as a draft in main (on disk, under the environment it was typed
 * in), within PARTNER_DRAFT_DELAY_MS of each change, in order, and at once on leaving the screen or the page.
 */
export function usePartnerDraft(environmentId: string | null) {
  const pending = useRef<PartnerDraftValues | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  const flush = useCallback((): Promise<void> => {
    window.clearTimeout(timer.current);
    const values = pending.current;
    pending.current = null;
    if (values && environmentId) {
      chain.current = chain.current.then(async () => {
        const r = await api.business.savePartnerDraft({ environmentId, values });
        setError(r.ok ? null : r.error);
        if (r.ok) setSavedAt(r.data.savedAt);
      });
    }
    return chain.current;
  }, [environmentId]);

  const schedule = useCallback(
    (values: PartnerDraftValues) => {
      pending.current = values;
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), PARTNER_DRAFT_DELAY_MS);
    },
    [flush],
  );

  /** Drops what is pending and forgets the stored draft (after a save, or when the person discards it). */
  const forget = useCallback(
    async (alsoOnDisk: boolean) => {
      window.clearTimeout(timer.current);
      pending.current = null;
      await chain.current;
      setSavedAt(null);
      if (alsoOnDisk && environmentId) await api.business.discardPartnerDraft({ environmentId });
    },
    [environmentId],
  );

  useEffect(() => {
    const onLeave = () => void flush();
    window.addEventListener('beforeunload', onLeave);
    window.addEventListener('pagehide', onLeave);
    return () => {
      window.removeEventListener('beforeunload', onLeave);
      window.removeEventListener('pagehide', onLeave);
      void flush();
    };
  }, [flush]);

  return { schedule, flush, forget, savedAt, error };
}
