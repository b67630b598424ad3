import { useQuery } from '@tanstack/react-query';
import type { AccountDetails } from '../../../shared/contract/accounts';
import type { DraftSummaryView, OutboxSummaryView } from '../../../shared/contract/onboarding';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { answerOf, errorOf, keys } from '../../api/query-client';
import { useOpenedEnvironment } from '../../stores/screen-environment';
import { useLocalItems } from './local-items';

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

/**
 * One account from Updox (or the copy on disk), with the local drafts and submissions for it, in the environment
 * the page was opened in (after a switch the page keeps what it showed, named with its environment).
 */
export const useAccountData = (accountId: string): AccountData => {
  const { environmentId, active } = useOpenedEnvironment();
  const details = useQuery({
    queryKey: keys.account(environmentId, accountId),
    queryFn: () => answerOf(api.accounts.get({ accountId })),
    enabled: active,
  });
  const local = useLocalItems(environmentId, active);
  const draft = local.drafts.data?.drafts.find((d) => d.accountId === accountId) ?? null;
  const pending = (local.outbox.data?.items ?? []).filter(
    (i) => i.accountId === accountId && i.status !== 'done',
  );
  return {
    // Only this account's answer: while another loads, nothing of the previous one is shown.
    details: details.error ? null : (details.data ?? null),
    error: errorOf(details.error),
    loading: details.isFetching || local.drafts.isPending || local.outbox.isPending || environmentId === '',
    draft,
    outbox: pending[pending.length - 1] ?? null,
    reload() {
      // Another environment became active since this page opened: main would answer that one's, not this one's.
      if (!active) return;
      void details.refetch();
      void local.drafts.refetch();
      void local.outbox.refetch();
    },
  };
};
