import { useCallback, useEffect, useRef, useState } from 'react';
import type { WizardDraftData } from '../../../shared/contract/onboarding';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';

export const AUTOSAVE_DELAY_MS = 400;

interface Pending {
  data: WizardDraftData;
  passwords: Record<string, string>;
}

/**
 * Autosave: every change is written to main within AUTOSAVE_DELAY_MS, in order, and flushed at once on blur,
 * step change and page unload. The renderer never holds the only copy longer than the delay.
 */
export function useAutosave(draft: {
  id: string;
  kind: 'create' | 'update';
  accountId: string;
  environmentId: string;
}) {
  const pending = useRef<Pending | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  const flush = useCallback((): Promise<void> => {
    window.clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    if (next) {
      chain.current = chain.current.then(async () => {
        const result = await api.onboarding.saveDraft({
          id: draft.id,
          kind: draft.kind,
          ...(draft.accountId ? { accountId: draft.accountId } : {}),
          ...(draft.environmentId ? { environmentId: draft.environmentId } : {}),
          data: next.data,
          ...(Object.keys(next.passwords).length > 0 ? { passwords: next.passwords } : {}),
        });
        if (result.ok) {
          setSavedAt(result.data.updatedAt);
          setError(null);
        } else {
          setError(result.error);
        }
      });
    }
    return chain.current;
  }, [draft.id, draft.kind, draft.accountId, draft.environmentId]);

  const schedule = useCallback(
    (data: WizardDraftData, password?: { key: string; value: string }) => {
      const passwords = { ...(pending.current?.passwords ?? {}) };
      if (password) passwords[password.key] = password.value;
      pending.current = { data, passwords };
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const onUnload = () => void flush();
    window.addEventListener('beforeunload', onUnload);
    window.addEventListener('pagehide', onUnload);
    return () => {
      window.removeEventListener('beforeunload', onUnload);
      window.removeEventListener('pagehide', onUnload);
      void flush();
    };
  }, [flush]);

  return { schedule, flush, savedAt, error };
}
