import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AccountList } from '../../../shared/contract/accounts';
import type {
  DraftSummaryView,
  ElsewhereCount,
  OutboxSummaryView,
} from '../../../shared/contract/onboarding';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { selectConnection, useHealth } from '../../stores/health-store';
import type { AccountRow } from './account-row';
import { mergeAccountRows } from './account-rows';

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

/** How often drafts and the outbox are re-read while a submission is waiting (they change as it is sent). */
const OUTBOX_POLL_MS = 5_000;

/**
 * Loads the three sources of the Accounts list side by side and merges them. Marks 'accounts:request' and
 * 'accounts:data' (the benchmark measures from data to first rows rendered).
 */
export const useAccountsData = (): AccountsData => {
  const [list, setList] = useState<AccountList | null>(null);
  const [drafts, setDrafts] = useState<readonly DraftSummaryView[]>([]);
  const [outbox, setOutbox] = useState<readonly OutboxSummaryView[]>([]);
  const [elsewhere, setElsewhere] = useState<readonly ElsewhereCount[]>([]);
  const [unassigned, setUnassigned] = useState<readonly DraftSummaryView[]>([]);
  const environmentId = useHealth((s) => s.health?.environment.id);
  const [listError, setListError] = useState<AppErrorData | null>(null);
  const [localError, setLocalError] = useState<AppErrorData | null>(null);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  const connection = useHealth(selectConnection);

  const loadLocal = useCallback(async () => {
    const [d, o] = await Promise.all([api.onboarding.listDrafts(), api.onboarding.listOutbox()]);
    return { d, o };
  }, []);

  const applyLocal = useCallback((local: Awaited<ReturnType<typeof loadLocal>>) => {
    if (local.d.ok) {
      setDrafts(local.d.data.drafts);
      setElsewhere(local.d.data.elsewhere);
      setUnassigned(local.d.data.unassigned);
    }
    if (local.o.ok) setOutbox(local.o.data.items);
    setLocalError(!local.d.ok ? local.d.error : !local.o.ok ? local.o.error : null);
  }, []);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    setLoading(true);
    performance.mark('accounts:request');
    void Promise.all([api.accounts.list(), loadLocal()]).then(([l, local]) => {
      if (mine !== generation.current) return;
      performance.mark('accounts:data');
      if (l.ok) setList(l.data);
      setListError(l.ok ? null : l.error);
      applyLocal(local);
      setLoading(false);
    });
  }, [applyLocal, loadLocal]);

  useEffect(() => {
    reload();
    return () => {
      generation.current += 1;
    };
  }, [reload]);

  // Another environment became active: its own practices, drafts and queue (the others are only counted).
  const shownFor = useRef(environmentId);
  useEffect(() => {
    if (environmentId === undefined || shownFor.current === environmentId) return;
    shownFor.current = environmentId;
    reload();
  }, [environmentId, reload]);

  // Back online after showing the copy on disk: ask Updox again.
  const showingCopy = list !== null && list.source !== 'live';
  useEffect(() => {
    if (showingCopy && connection === 'online') reload();
  }, [showingCopy, connection, reload]);

  const waiting = outbox.some((item) => item.status === 'queued' || item.status === 'sending');
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(() => void loadLocal().then(applyLocal), OUTBOX_POLL_MS);
    return () => window.clearInterval(timer);
  }, [waiting, loadLocal, applyLocal]);

  const rows = useMemo(
    () => mergeAccountRows(list?.practices ?? [], drafts, outbox, list?.source === 'live' ? list.asOf : null),
    [list, drafts, outbox],
  );
  return { list, drafts, elsewhere, unassigned, rows, listError, localError, loading, reload };
};
