import { useCallback, useEffect, useState } from 'react';
import type { ReadinessInput } from '../../../shared/contract/business';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';

/** Loads an account as Updox holds it plus the partner details; `reload` after a change. */
export const useReadinessInput = (accountId: string) => {
  const [input, setInput] = useState<ReadinessInput | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [loading, setLoading] = useState(true);
  const reload = useCallback(async () => {
    setLoading(true);
    const r = await api.business.readinessInput({ accountId });
    setLoading(false);
    if (r.ok) {
      setInput(r.data);
      setError(null);
    } else setError(r.error);
  }, [accountId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { input, error, loading, reload, setInput };
};
