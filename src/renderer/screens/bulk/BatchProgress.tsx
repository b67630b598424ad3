import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  BATCH_CONCURRENCY_MAX,
  type BatchPreflight,
  type BatchSummary,
} from '../../../shared/contract/batch';
import type { AppErrorData, Result } from '../../../shared/errors';
import { api } from '../../api/client';
import { errorOf } from '../../api/query-client';
import { selectConnection, useHealth } from '../../stores/health-store';
import { withProductionConfirm } from '../../api/production-confirm';
import { ErrorNote } from '../../components/ErrorNote';
import {
  answeredOf,
  asideWords,
  etaWords,
  progressWords,
  stateWords,
  toSendOf,
} from './batch-progress-words';
import { applySummary, useBatchSummary } from './batch-queries';
import { countOf } from '../../../shared/words';

/** What sending would do, read from Updox before the first start. */
function PreflightNote({ preflight, summary }: { preflight: BatchPreflight; summary: BatchSummary }) {
  const existing = preflight.existing.length;
  const { mode } = summary;
  if (summary.kind === 'readiness')
    return (
      <div className="note" role="status" data-testid="batch-preflight">
        <p>
          {countOf(summary.counts.pending, 'practice')} to update: each practice&apos;s record is read from
          Updox when it is sent, and only the fields filled in the file change. Nothing is created.
        </p>
      </div>
    );
  return (
    <div className="note" role="status" data-testid="batch-preflight">
      <p>
        {countOf(preflight.toCreate, 'practice')} to create.{' '}
        {existing > 0
          ? mode === 'create'
            ? `${countOf(existing, 'account')} already in Updox will be skipped (create only).`
            : `${countOf(existing, 'account')} already in Updox will be overwritten with the whole record.`
          : 'None of the accounts is in Updox yet.'}
      </p>
      {preflight.wouldClear.length > 0 ? (
        <>
          <p className="note--warn">
            {countOf(preflight.wouldClear.length, 'save')} would clear fields Updox holds. Fill them in the
            file, or leave those rows out, to keep them.
          </p>
          <ul>
            {preflight.wouldClear.slice(0, 5).map((row) => (
              <li key={row.index}>
                {row.accountId}: {row.fields.join(', ')}
              </li>
            ))}
            {preflight.wouldClear.length > 5 ? <li>and {preflight.wouldClear.length - 5} more</li> : null}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/**
 * A batch being sent: a progress bar with counts and the time left, what the batch wants the person to know, and
 * Send/Resume (with how many at once), Pause and Cancel. Kept current by the `batch` event; it never polls.
 */
export function BatchProgress({
  environmentId,
  batchId,
  active,
}: {
  environmentId: string;
  batchId: string;
  /** The batch's environment is the active one (else main refuses every action). */
  active: boolean;
}) {
  const queries = useQueryClient();
  const query = useBatchSummary(environmentId, batchId, active);
  const summary = query.data;
  const error = errorOf(query.error);
  const [concurrency, setConcurrency] = useState<number | null>(null);
  const [actionError, setActionError] = useState<AppErrorData | null>(null);
  // A call that could not reach the app or Updox is not the news any more once the connection is back.
  const connection = useHealth(selectConnection);
  const [seenConnection, setSeenConnection] = useState(connection);
  if (connection !== seenConnection) {
    setSeenConnection(connection);
    if (connection === 'online' && actionError?.kind === 'network') setActionError(null);
  }
  const [busy, setBusy] = useState(false);
  const [preflight, setPreflight] = useState<BatchPreflight | null>(null);

  if (!summary) return <ErrorNote error={error} />;
  const c = summary.counts;
  const atOnce = concurrency ?? summary.concurrency;
  const toSend = toSendOf(c);
  const running = summary.state === 'running';
  const left = c.pending;

  const act = async (call: () => Promise<Result<BatchSummary>>) => {
    setBusy(true);
    setActionError(null);
    const r = await call();
    setBusy(false);
    if (r.ok) applySummary(queries, environmentId, r.data);
    else setActionError(r.error);
  };
  const start = () =>
    act(() =>
      withProductionConfirm((confirmProduction) =>
        api.batch.start({ batchId, concurrency: atOnce, confirmProduction }),
      ),
    );
  const check = async () => {
    setBusy(true);
    setActionError(null);
    const r = await api.batch.preflight({ batchId });
    setBusy(false);
    if (r.ok) setPreflight(r.data);
    else setActionError(r.error);
  };
  const startLabel =
    summary.state === 'draft'
      ? `Send ${countOf(left, 'practice')}`
      : running
        ? `Send ${atOnce} at once`
        : `Resume: send ${countOf(left, 'practice')}`;

  return (
    <section
      className="panel batch-progress"
      aria-labelledby="batch-progress-title"
      data-testid="batch-progress"
    >
      <h2 id="batch-progress-title" className="batch-progress__title">
        {stateWords[summary.state]}
        {running && summary.etaMs !== null ? (
          <span className="batch-progress__eta">, {etaWords(summary.etaMs)}</span>
        ) : null}
      </h2>
      <progress
        className="batch-progress__bar"
        max={Math.max(1, toSend)}
        value={answeredOf(c)}
        aria-label="Practices Updox has answered for"
      />
      <p role="status" data-testid="batch-progress-words">
        {progressWords(c)}
        {c.sending > 0 ? ` ${c.sending.toLocaleString()} being sent.` : ''}
        {left > 0 && !running ? ` ${countOf(left, 'practice')} not sent yet.` : ''}
      </p>
      {asideWords(c) ? <p className="field__hint">{asideWords(c)}.</p> : null}
      {summary.note ? (
        <p className="note note--warn" data-testid="batch-note">
          {summary.note}
        </p>
      ) : null}
      {preflight && summary.state === 'draft' ? (
        <PreflightNote preflight={preflight} summary={summary} />
      ) : null}
      <ErrorNote error={actionError ?? error} />
      {left > 0 || running ? (
        <div className="batch-progress__controls">
          <div className="field batch-progress__concurrency">
            <label htmlFor="batch-concurrency">At once</label>
            <input
              id="batch-concurrency"
              type="number"
              min={1}
              max={BATCH_CONCURRENCY_MAX}
              value={atOnce}
              onChange={(e) => {
                const n = Math.round(Number(e.target.value));
                if (Number.isFinite(n)) setConcurrency(Math.min(BATCH_CONCURRENCY_MAX, Math.max(1, n)));
              }}
              aria-describedby="batch-concurrency-hint"
            />
            <span id="batch-concurrency-hint" className="field__hint">
              Practices sent at the same time, 1 to {BATCH_CONCURRENCY_MAX}.
            </span>
          </div>
          {summary.state === 'draft' ? (
            <button type="button" className="button" disabled={busy || !active} onClick={() => void check()}>
              Check with Updox first
            </button>
          ) : null}
          {(left > 0 && !running) || (running && atOnce !== summary.concurrency) ? (
            <button
              type="button"
              className="button button--primary"
              disabled={busy || !active}
              onClick={() => void start()}
            >
              {startLabel}
            </button>
          ) : null}
          {running ? (
            <>
              <button
                type="button"
                className="button"
                disabled={busy || !active}
                onClick={() => void act(() => api.batch.pause({ batchId }))}
              >
                Pause
              </button>
              <button
                type="button"
                className="button button--danger"
                disabled={busy || !active}
                onClick={() => void act(() => api.batch.cancel({ batchId }))}
              >
                Cancel
              </button>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
