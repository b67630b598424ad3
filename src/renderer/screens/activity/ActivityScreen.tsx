import { useEffect, useMemo, useState } from 'react';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { ErrorNote } from '../../components/ErrorNote';
import { Screen } from '../../components/Screen';
import { useEnvironments } from '../../stores/environments-store';
import { ActivityFilterBar } from './ActivityFilterBar';
import { ActivityTable } from './ActivityTable';
import { type ActivityFilters, noFilters, toQuery } from './activity-words';
import { saveTextFile } from './save-text-file';
import { useActivityPages } from './use-activity-pages';

/** Typing in the Account ID filter asks main once the person pauses, not at every key. */
const useSettled = <T,>(value: T, ms: number): T => {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
};

/** Every Updox call the app made: what it did, for which account, and how it ended. Never bodies or credentials. */
export function ActivityScreen() {
  const activeName =
    useEnvironments((st) => st.list?.environments.find((env) => env.active)?.name) ?? 'this environment';
  const [filters, setFilters] = useState<ActivityFilters>(noFilters);
  const [refreshCount, setRefreshCount] = useState(0);
  const [exportError, setExportError] = useState<AppErrorData | null>(null);
  // What the last export wrote, for the filters it was made with (other filters: not shown).
  const [exported, setExported] = useState<{ query: string; words: string } | null>(null);
  const settled = useSettled(filters, 250);
  const query = useMemo(() => toQuery(settled), [settled]);
  const { entries, total, error, loading, loadMore } = useActivityPages(query, refreshCount);

  const exportCsv = async () => {
    setExported(null);
    const r = await api.activity.exportCsv({ query });
    if (!r.ok) return setExportError(r.error);
    setExportError(null);
    saveTextFile(r.data.fileName, r.data.csv, 'text/csv');
    setExported({
      query: JSON.stringify(query),
      words: `${r.data.rows.toLocaleString()} calls exported to ${r.data.fileName}.`,
    });
  };

  return (
    <Screen
      title="Activity"
      actions={
        <>
          <button type="button" className="button" onClick={() => void exportCsv()} disabled={total === 0}>
            Export CSV
          </button>
          <button type="button" className="button" onClick={() => setRefreshCount((n) => n + 1)}>
            Refresh
          </button>
        </>
      }
    >
      <p className="field__hint" data-testid="activity-environment">
        What the app asked Updox to do in {activeName}, newest first (switch environment in Settings to see
        another&apos;s). Only the action, account, result and timing are kept; never credentials, message text
        or phone numbers.
      </p>
      <ActivityFilterBar filters={filters} onChange={setFilters} />
      <ErrorNote error={error ?? exportError} />
      <p className="activity-count" role="status" data-testid="activity-count">
        {loading || total === null
          ? 'Loading…'
          : `${total.toLocaleString()} call${total === 1 ? '' : 's'} match${total === 1 ? 'es' : ''}.`}
        {exported?.query === JSON.stringify(query) ? ` ${exported.words}` : ''}
      </p>
      {total === 0 ? <p className="empty">Nothing to show for these filters.</p> : null}
      {total !== null && total > 0 ? (
        <ActivityTable entries={entries} total={total} onNearEnd={loadMore} />
      ) : null}
    </Screen>
  );
}
