import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { SmsNumbers, SmsPollStatus } from '../../../shared/contract/sms';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { withProductionConfirm } from '../../api/production-confirm';
import { accountNumbers, fetchKeepingNewer, put } from '../../api/keep-newer';
import { answerOf, errorOf, keys } from '../../api/query-client';
import { useOpenedEnvironment } from '../../stores/screen-environment';
import { statusKey } from './number-words';

export interface AccountNumbersState {
  data: SmsNumbers | null;
  error: AppErrorData | null;
  loading: boolean;
  /** A short note after an action ("Number requested..."); gone when the account or any status changes. */
  notice: string | null;
  /** When waiting numbers were last and will next be checked, and how often. */
  poll: SmsPollStatus | null;
  /** Asks again; answers the fresh numbers (null when the load failed). */
  reload(): Promise<SmsNumbers | null>;
  /**
   * Shows numbers an answer already carried (e.g. a send that requested verification): no call. Answers the numbers
   * now held (these, or newer ones an event brought meanwhile).
   */
  show(numbers: SmsNumbers): SmsNumbers;
  /** The numbers held right now (what the next render shows), read from the cache. */
  current(): SmsNumbers | null;
  requestNumber(locationId: number): Promise<void>;
  checkNow(): Promise<void>;
}

const requestedWords = (row: { locationName: string; status: string }): string =>
  row.status === 'pending'
    ? `Verification requested again for ${row.locationName}. It shows as SMS Pending until Updox verifies the number, usually in 2 to 3 business days.`
    : `Number requested for ${row.locationName}. It shows as Number Pending until Updox assigns one, then SMS Pending while Updox verifies it.`;

/**
 * An account's locations and numbers (react-query, keyed by environment and account). Main's numbers event
 * updates them when a status changes, and its smsPoll event the check schedule; nothing here runs on a timer.
 */
export const useAccountNumbers = (accountId: string | null): AccountNumbersState => {
  const { environmentId, active } = useOpenedEnvironment();
  const queries = useQueryClient();
  const key = keys.numbers(environmentId, accountId ?? '');
  const numbers = useQuery({
    queryKey: key,
    queryFn: fetchKeepingNewer(queries, accountNumbers(environmentId), key, () =>
      answerOf(api.sms.numbers({ accountId: accountId ?? '' })),
    ),
    enabled: accountId !== null && active,
    // A screen that opens shows the numbers as they are now, whatever is cached.
    refetchOnMount: 'always',
  });
  const poll = useQuery({
    queryKey: keys.pollStatus(environmentId),
    queryFn: () => answerOf(api.sms.pollStatus()),
    enabled: active,
    staleTime: Infinity,
  });
  // What the last action said, and about which account and statuses: shown only while both still hold.
  const [said, setSaid] = useState<{ key: string; text: string } | null>(null);
  // An action's error, shown until the numbers are next loaded (as a successful reload used to clear it).
  const [failed, setFailed] = useState<{ accountId: string; at: number; error: AppErrorData } | null>(null);
  const data = numbers.data ?? null;
  const here = (statuses: string) => `${environmentId}\n${accountId ?? ''}\n${statuses}`;
  const notice = said && data && said.key === here(statusKey(data.locations)) ? said.text : null;
  const error =
    failed?.accountId === accountId && failed.at === numbers.dataUpdatedAt
      ? failed.error
      : errorOf(numbers.error);

  const show = (fresh: SmsNumbers) => put(queries, accountNumbers(environmentId), fresh);
  const current = () => queries.getQueryData<SmsNumbers>(key) ?? null;
  // Main answers for the active environment: nothing is asked once another one is active.
  const reload = async () => (active ? ((await numbers.refetch()).data ?? null) : data);

  const requestNumber = async (locationId: number) => {
    if (!accountId) return;
    setSaid(null);
    const r = await withProductionConfirm((confirmProduction) =>
      api.sms.requestNumber({ accountId, locationId, environmentId, confirmProduction }),
    );
    if (!r.ok) return setFailed({ accountId, at: numbers.dataUpdatedAt, error: r.error });
    setFailed(null);
    show(r.data.numbers);
    setSaid({ key: here(statusKey(r.data.numbers.locations)), text: requestedWords(r.data) });
  };

  const checkNow = async () => {
    if (!accountId || !active) return;
    setSaid(null);
    const r = await api.sms.checkNow({ accountId });
    if (!r.ok) return setFailed({ accountId, at: numbers.dataUpdatedAt, error: r.error });
    setFailed(null);
    const { numbers: fresh, ...status } = r.data;
    queries.setQueryData(keys.pollStatus(environmentId), status);
    if (fresh) show(fresh);
    else await reload();
  };

  return {
    data,
    error,
    loading: numbers.isFetching,
    notice,
    poll: poll.data ?? null,
    reload,
    show,
    current,
    requestNumber,
    checkNow,
  };
};
