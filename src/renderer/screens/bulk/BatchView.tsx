import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { errorOf } from '../../api/query-client';
import { ErrorNote } from '../../components/ErrorNote';
import { confirmWithPerson } from '../../api/confirm';
import { useRoute } from '../../stores/route-store';
import { applySummary, refreshRows, useBatchRows, useBatchSummary, type RowsShow } from './batch-queries';
import { countsWords, stateWords } from './batch-words';
import { BatchRowsTable } from './BatchRowsTable';
import { ImportNotes } from './ImportNotes';
import { useImportSession } from './import-session';
import { RowFixPanel } from './RowFixPanel';
import { SendPanel } from './SendPanel';
import { BatchProgress } from './BatchProgress';
import { saveTextFile } from '../activity/save-text-file';
import './batch-progress.css';

const filters: readonly { value: RowsShow; label: string }[] = [
  { value: 'all', label: 'All rows' },
  { value: 'problems', label: 'Rows with problems' },
  { value: 'excluded', label: 'Rows left out' },
  { value: 'failed', label: 'Failed rows' },
  { value: 'done', label: 'Sent rows' },
];

/** One batch: its rows with their problems, fixing and leaving out rows, sending, and how sending goes. */
export function BatchView({ env, envName, batchId }: { env: string; envName: string; batchId: string }) {
  const queries = useQueryClient();
  const [show, setShow] = useState<RowsShow>('all');
  const [fixing, setFixing] = useState<number | null>(null);
  const [actionError, setActionError] = useState<AppErrorData | null>(null);
  const details = useImportSession((s) => s.byBatch[batchId]);
  const page = useBatchRows(env, batchId, show);
  const summary = useBatchSummary(env, batchId).data ?? page.summary;
  // Rows not sent yet can be fixed or left out whenever the batch is not being sent (also once it finished).
  const editable = summary !== undefined && summary.state !== 'running';

  const exclude = async (index: number, excluded: boolean) => {
    const r = await api.batch.exclude({ batchId, indexes: [index], excluded });
    if (!r.ok) return setActionError(r.error);
    setActionError(null);
    if (excluded && fixing === index) setFixing(null);
    applySummary(queries, env, r.data);
    await refreshRows(queries, env, batchId);
  };
  const exportResults = async () => {
    const r = await api.batch.exportResults({ batchId });
    if (!r.ok) return setActionError(r.error);
    setActionError(null);
    saveTextFile(r.data.fileName, r.data.csv, 'text/csv');
  };
  const discard = async () => {
    const sure = await confirmWithPerson({
      kind: 'destructive',
      title: 'Discard this batch?',
      message: 'The imported practices and every fix made here are deleted. Nothing in Updox changes.',
      confirmLabel: 'Discard batch',
    });
    if (!sure) return;
    const r = await api.batch.discard({ batchId });
    if (!r.ok) return setActionError(r.error);
    await queries.invalidateQueries({ queryKey: ['batch', 'list', env] });
    useRoute.getState().go('bulk');
  };

  if (page.error && !summary) return <ErrorNote error={errorOf(page.error)} />;
  if (!summary) return <p className="empty">Opening the batch…</p>;
  return (
    <>
      <p className="field__hint" data-testid="bulk-batch-facts">
        {summary.files.join(', ')} · {envName} · {stateWords[summary.state]}
      </p>
      <p className="bulk-status" role="status" data-testid="bulk-counts">
        {countsWords(summary)}
      </p>
      <ImportNotes notes={details?.notes ?? []} />
      <ErrorNote error={actionError ?? errorOf(page.error)} />
      {summary.state === 'draft' ? null : (
        <>
          <BatchProgress environmentId={env} batchId={batchId} active={env === summary.environmentId} />
          <button type="button" className="button" onClick={() => void exportResults()}>
            Export results
          </button>
        </>
      )}
      <div className="bulk-filter">
        <label htmlFor="bulk-show">Show</label>
        <select id="bulk-show" value={show} onChange={(e) => setShow(e.target.value as RowsShow)}>
          {filters.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
        <span className="field__hint">
          {page.total !== null
            ? `${page.total.toLocaleString()} row${page.total === 1 ? '' : 's'}`
            : 'Loading…'}
        </span>
      </div>
      {page.total !== null && page.rows.length > 0 ? (
        <BatchRowsTable
          rows={page.rows}
          total={page.total}
          onNearEnd={page.loadMore}
          editable={editable}
          selected={fixing}
          onFix={setFixing}
          onExclude={(index, excluded) => void exclude(index, excluded)}
        />
      ) : page.total !== null ? (
        <p className="empty">No rows to show for this choice.</p>
      ) : null}
      {fixing !== null && editable ? (
        <RowFixPanel
          key={fixing}
          env={env}
          batchId={batchId}
          index={fixing}
          onClose={() => setFixing(null)}
        />
      ) : null}
      {summary.state === 'draft' ? <SendPanel env={env} envName={envName} summary={summary} /> : null}
      {summary.state !== 'running' ? (
        <button type="button" className="button button--danger" onClick={() => void discard()}>
          Discard this batch
        </button>
      ) : null}
    </>
  );
}
