import { useCallback, useEffect, useRef, useState } from 'react';
import type { SmsNumbers, SmsPollStatus } from '../../../shared/contract/sms';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { useScreenEnvironment } from '../../stores/screen-environment';
import { withProductionConfirm } from '../../api/production-confirm';
import { statusKey } from './number-words';
import { useSmsChanges } from './sms-changes-store';

/** How often the "Checked … · next check …" words are brought up to date (a local call, not Updox). */
const SCHEDULE_REFRESH_MS = 15_000;

export interface AccountNumbersState {
  data: SmsNumbers | null;
  error: AppErrorData | null;
  loading: boolean;
  /** A short note after an action ("Number requested..."); cleared when the account or any status changes. */
  notice: string | null;
  /** When waiting numbers were last and will next be checked, and how often. */
  poll: SmsPollStatus | null;
  /** Reloads; answers the fresh numbers (null when the load failed or the account changed meanwhile). */
  reload(): Promise<SmsNumbers | null>;
  requestNumber(locationId: number): Promise<void>;
  checkNow(): Promise<void>;
}

const requestedWords = (row: { locationName: string; status: string }): string =>
  row.status === 'pending'
    ? `Verification requested again for ${row.locationName}. It shows as SMS Pending until Updox verifies the number, usually in 2 to 3 business days.`
    : `Number requested for ${row.locationName}. It shows as Number Pending until Updox assigns one, then SMS Pending while Updox verifies it.`;

/** An account's locations and numbers, reloaded whenever main reports a status change. */
export const useAccountNumbers = (accountId: string | null): AccountNumbersState => {
  const environmentId = useScreenEnvironment();
  const [data, setData] = useState<SmsNumbers | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [loading, setLoading] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [poll, setPoll] = useState<SmsPollStatus | null>(null);
  const noticeKey = useRef<string | null>(null);
  const changeSeq = useSmsChanges((s) => s.changeSeq);
  const current = useRef(accountId);
  current.current = accountId;

  const refreshPoll = useCallback(async () => {
    const r = await api.sms.pollStatus();
    if (r.ok) setPoll(r.data);
  }, []);

  const reload = useCallback(async (): Promise<SmsNumbers | null> => {
    if (!accountId) return null;
    setLoading(true);
    const r = await api.sms.numbers({ accountId });
    if (current.current !== accountId) return null;
    setLoading(false);
    void refreshPoll();
    if (!r.ok) {
      setError(r.error);
      return null;
    }
    setData(r.data);
    setError(null);
    if (noticeKey.current !== null && noticeKey.current !== statusKey(r.data.locations)) {
      noticeKey.current = null;
      setNotice(null);
    }
    return r.data;
  }, [accountId, refreshPoll]);

  useEffect(() => {
    setData(null);
    setNotice(null);
    setError(null);
    noticeKey.current = null;
    void reload();
  }, [reload]);

  useEffect(() => {
    if (changeSeq > 0) void reload();
  }, [changeSeq, reload]);

  useEffect(() => {
    const timer = window.setInterval(() => void refreshPoll(), SCHEDULE_REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [refreshPoll]);

  const requestNumber = async (locationId: number) => {
    if (!accountId) return;
    setNotice(null);
    noticeKey.current = null;
    const r = await withProductionConfirm((confirmProduction) =>
      api.sms.requestNumber({ accountId, locationId, environmentId, confirmProduction }),
    );
    if (!r.ok) return setError(r.error);
    setError(null);
    const fresh = await reload();
    setNotice(requestedWords(r.data));
    noticeKey.current = fresh ? statusKey(fresh.locations) : null;
  };

  const checkNow = async () => {
    if (!accountId) return;
    const r = await api.sms.checkNow({ accountId });
    if (!r.ok) return setError(r.error);
    setPoll(r.data);
    setNotice(null);
    noticeKey.current = null;
    await reload();
  };

  return { data, error, loading, notice, poll, reload, requestNumber, checkNow };
};
