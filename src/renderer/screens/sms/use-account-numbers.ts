import { useCallback, useEffect, useRef, useState } from 'react';
import type { SmsNumbers } from '../../../shared/contract/sms';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { withProductionConfirm } from '../../api/production-confirm';
import { useSmsChanges } from './sms-changes-store';

export interface AccountNumbersState {
  data: SmsNumbers | null;
  error: AppErrorData | null;
  loading: boolean;
  /** A short note after an action ("Number requested..."). */
  notice: string | null;
  reload(): Promise<void>;
  requestNumber(locationId: number): Promise<void>;
  checkNow(): Promise<void>;
}

/** An account's locations and numbers, reloaded whenever main reports a status change. */
export const useAccountNumbers = (accountId: string | null): AccountNumbersState => {
  const [data, setData] = useState<SmsNumbers | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [loading, setLoading] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const changeSeq = useSmsChanges((s) => s.changeSeq);
  const current = useRef(accountId);
  current.current = accountId;

  const reload = useCallback(async () => {
    if (!accountId) return;
    setLoading(true);
    const r = await api.sms.numbers({ accountId });
    if (current.current !== accountId) return;
    setLoading(false);
    if (r.ok) {
      setData(r.data);
      setError(null);
    } else setError(r.error);
  }, [accountId]);

  useEffect(() => {
    setData(null);
    setNotice(null);
    void reload();
  }, [reload]);

  useEffect(() => {
    if (changeSeq > 0) void reload();
  }, [changeSeq, reload]);

  const requestNumber = async (locationId: number) => {
    if (!accountId) return;
    setNotice(null);
    const r = await withProductionConfirm((confirmProduction) =>
      api.sms.requestNumber({ accountId, locationId, confirmProduction }),
    );
    if (!r.ok) return setError(r.error);
    setError(null);
    setNotice(
      `Number requested for ${r.data.locationName}. It shows as Number Pending until Updox assigns one.`,
    );
    await reload();
  };

  const checkNow = async () => {
    if (!accountId) return;
    const r = await api.sms.checkNow({ accountId });
    if (!r.ok) return setError(r.error);
    setNotice(null);
    await reload();
  };

  return { data, error, loading, notice, reload, requestNumber, checkNow };
};
