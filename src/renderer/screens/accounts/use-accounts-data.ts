import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { AccountList } from '../../../shared/contract/accounts';
import type { DraftSummaryView, ElsewhereCount } from '../../../shared/contract/onboarding';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { answerOf, errorOf, keys } from '../../api/query-client';
import { selectConnection, selectEnvironmentId, useHealth } from '../../stores/health-store';
import type { AccountRow } from './account-row';
import { mergeAccountRows } from './account-rows';
import { useLocalItems } from './local-items';

export interface AccountsData {
  /** Updox's practices (live, or the copy on disk); null until the first answer. */
  readonly list: AccountList | null;
  readonly drafts: readonly DraftSummaryView[];
  /** Other environments' drafts and queued submissions, counted (never listed here). */
  readonly elsewhere: readonly ElsewhereCount[];
  /** Drafts from an earlier version of the app, to assign to an environment. */
  readonly unassigned: readonly DraftSummaryView[];
  readonly rows: readonly AccountRow[];
  /** Why the practices could not be listed (Updox answered with an error). */
  readonly listError: AppErrorData | null;
  /** Why the drafts or the outbox could not be read. */
  readonly localError: AppErrorData | null;
  readonly loading: boolean;
  reload(): void;
}

const none: readonly never[] = [];

/**
 * The three sources of the Accounts list side by side (queries keyed by the active environment, so a switch
 * shows the new environment's and never the old one's), merged. Marks 'accounts:request' and 'accounts:data'
 * (the benchmark measures from data to first rows rendered).
 */
export const useAccountsData = (): AccountsData => {
  const environmentId = useHealth(selectEnvironmentId);
  const connection = useHealth(selectConnection);
  const queries = useQueryClient();
  const practices = useQuery({
    queryKey: keys.practices(environmentId),
    queryFn: async () => {
      performance.mark('accounts:request');
      const list = await answerOf(api.accounts.list());
      performance.mark('accounts:data');
      return list;
    },
    enabled: environmentId !== '',
  });
  const { drafts, outbox } = useLocalItems(environmentId);

  // Back online after showing the copy on disk: ask Updox again (once, on the connection event).
  const showingCopy = practices.data !== undefined && practices.data.source !== 'live';
  useEffect(() => {
    if (showingCopy && connection === 'online')
      void queries.invalidateQueries({ queryKey: keys.practices(environmentId) });
  }, [showingCopy, connection, environmentId, queries]);

  const list = practices.data ?? null;
  const local = drafts.data;
  const items = outbox.data?.items ?? none;
  const rows = useMemo(
    () =>
      mergeAccountRows(
        list?.practices ?? [],
        local?.drafts ?? [],
        items,
        list?.source === 'live' ? list.asOf : null,
      ),
    [list, local, items],
  );
  return {
    list,
    drafts: local?.drafts ?? none,
    elsewhere: local?.elsewhere ?? none,
    unassigned: local?.unassigned ?? none,
    rows,
    listError: errorOf(practices.error),
    localError: errorOf(drafts.error) ?? errorOf(outbox.error),
    loading: practices.isFetching || drafts.isPending || outbox.isPending || environmentId === '',
    reload() {
      void practices.refetch();
      void drafts.refetch();
      void outbox.refetch();
    },
  };
};
