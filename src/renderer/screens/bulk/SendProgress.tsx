import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { BatchSummary } from '../../../shared/contract/batch';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { ErrorNote } from '../../components/ErrorNote';
import { saveTextFile } from '../activity/save-text-file';
import { applySummary } from './batch-queries';
import { stateWords } from './batch-words';

const etaWords = (ms: number | null): string => {
  if (ms === null) return '';
  const minutes = Math.round(ms / 60_000);
  if (ms < 60_000) return 'Less than a minute left.';
  return `About ${minutes} minute${minutes === 1 ? '' : 's'} left.`;
};

/** How sending goes: a progress bar with counts and time left, pause, resume, cancel, and the results as CSV. */
export function SendProgress({ env, summary }: { env: string; summary: BatchSummary }) {
  const queries = useQueryClient();
  const [error, setError] = useState<AppErrorData | null>(null);
  const c = summary.counts;
  const toSend = c.rows - c.excluded;
  const done = c.created + c.updated + c.skipped + c.failed;
  const act = async (call: () => ReturnType<typeof api.batch.pause>) => {
    const r = await call();
    if (!r.ok) return setError(r.error);
    setError(null);
    applySummary(queries, env, r.data);
  };
  const exportResults = async () => {
    const r = await api.batch.exportResults({ batchId: summary.id });
    if (!r.ok) return setError(r.error);
    saveTextFile(r.data.fileName, r.data.csv, 'text/csv');
  };
  return (
    <section
      className="panel bulk-progress"
      aria-labelledby="bulk-progress-title"
      data-testid="bulk-progress"
    >
      <h2 id="bulk-progress-title">{stateWords[summary.state]}</h2>
      <progress
        className="bulk-progress__bar"
        value={done}
        max={Math.max(1, toSend)}
        aria-labelledby="bulk-progress-words"
      />
      <p id="bulk-progress-words" role="status">
        {done.toLocaleString()} of {toSend.toLocaleString()} sent: {c.created.toLocaleString()} created,{' '}
        {c.updated.toLocaleString()} updated, {c.skipped.toLocaleString()} skipped,{' '}
        {c.failed.toLocaleString()} failed.
        {summary.state === 'running' ? ` ${etaWords(summary.etaMs)}` : ''}
      </p>
      <ErrorNote error={error} />
      <div className="bulk-actions">
        {summary.state === 'running' ? (
          <button
            type="button"
            className="button"
            onClick={() => void act(() => api.batch.pause({ batchId: summary.id }))}
          >
            Pause
          </button>
        ) : null}
        {summary.state === 'paused' ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() =>
              void act(() => api.batch.start({ batchId: summary.id, concurrency: summary.concurrency }))
            }
          >
            Resume
          </button>
        ) : null}
        {summary.state === 'running' || summary.state === 'paused' ? (
          <button
            type="button"
            className="button button--danger"
            onClick={() => void act(() => api.batch.cancel({ batchId: summary.id }))}
          >
            Cancel
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => void exportResults()} disabled={done === 0}>
          Export results
        </button>
      </div>
    </section>
  );
}
