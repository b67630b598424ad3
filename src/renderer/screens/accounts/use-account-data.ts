import { useCallback, useEffect, useState } from 'react';
import type { AccountDetails } from '../../../shared/contract/accounts';
import type { DraftSummaryView, OutboxSummaryView } from '../../../shared/contract/onboarding';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';

export interface AccountData {
  readonly details: AccountDetails | null;
  readonly error: AppErrorData | null;
  readonly loading: boolean;
  /** The newest draft for this account ID. */
  readonly draft: DraftSummaryView | null;
  /** The latest outbox item for this account ID that is not done. */
  readonly outbox: OutboxSummaryView | null;
  reload(): void;
}

/** One account from Updox (or the copy on disk), with the local drafts and submissions for it. */
export const useAccountData = (accountId: string): AccountData => {
  const [details, setDetails] = useState<AccountDetails | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [loading, setLoading] = useState(true);
  const [draft, setDraft] = useState<DraftSummaryView | null>(null);
  const [outbox, setOutbox] = useState<OutboxSummaryView | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setLoading(true);
    void Promise.all([
      api.accounts.get({ accountId }),
      api.onboarding.listDrafts(),
      api.onboarding.listOutbox(),
    ]).then(([got, drafts, items]) => {
      if (!current) return;
      setDetails(got.ok ? got.data : null);
      setError(got.ok ? null : got.error);
      const mineDrafts = drafts.ok ? drafts.data.drafts.filter((d) => d.accountId === accountId) : [];
      setDraft(mineDrafts[0] ?? null);
      const pending = items.ok
        ? items.data.items.filter((i) => i.accountId === accountId && i.status !== 'done')
        : [];
      setOutbox(pending[pending.length - 1] ?? null);
      setLoading(false);
    });
    return () => {
      current = false;
    };
  }, [accountId, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { details, error, loading, draft, outbox, reload };
};
