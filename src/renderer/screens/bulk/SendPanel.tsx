import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  BATCH_CONCURRENCY_DEFAULT,
  BATCH_CONCURRENCY_MAX,
  type BatchPreflight,
  type BatchSummary,
} from '../../../shared/contract/batch';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { askProductionWrite, withProductionConfirm } from '../../api/production-confirm';
import { ErrorNote } from '../../components/ErrorNote';
import { applySummary } from './batch-queries';
import { practicesWord, readyCount } from './batch-words';

const modes = [
  {
    mode: 'create',
    label: 'Create only',
    hint: 'New accounts are created; accounts Updox already has are skipped and listed.',
  },
  {
    mode: 'save',
    label: 'Create or update',
    hint: "Each practice's whole record is saved: new accounts are created, existing ones are updated.",
  },
] as const;

/**
 * Before sending: create only or create or update, what Updox already holds (read before anything is sent), how
 * many practices go at once, and Send, confirmed once for the whole batch in Production.
 */
export function SendPanel({
  env,
  envName,
  summary,
}: {
  env: string;
  envName: string;
  summary: BatchSummary;
}) {
  const queries = useQueryClient();
  const [preflight, setPreflight] = useState<{ mode: string; answer: BatchPreflight } | null>(null);
  const [concurrency, setConcurrency] = useState(summary.concurrency || BATCH_CONCURRENCY_DEFAULT);
  const [busy, setBusy] = useState<'mode' | 'check' | 'send' | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const ready = readyCount(summary);
  const checked = preflight?.mode === summary.mode ? preflight.answer : null;

  const run = async <T,>(
    what: 'mode' | 'check' | 'send',
    call: () => Promise<{ ok: true; data: T } | { ok: false; error: AppErrorData }>,
  ) => {
    setBusy(what);
    setError(null);
    const r = await call();
    setBusy(null);
    if (!r.ok) {
      setError(r.error);
      return null;
    }
    return r.data;
  };
  const setMode = async (mode: BatchSummary['mode']) => {
    const next = await run('mode', () => api.batch.setMode({ batchId: summary.id, mode }));
    if (next) applySummary(queries, env, next);
  };
  const check = async () => {
    const answer = await run('check', () => api.batch.preflight({ batchId: summary.id }));
    if (answer) setPreflight({ mode: summary.mode, answer });
  };
  const send = async () => {
    const next = await run('send', () =>
      withProductionConfirm(
        (confirmProduction) => api.batch.start({ batchId: summary.id, concurrency, confirmProduction }),
        () =>
          askProductionWrite(
            `Send ${practicesWord(ready)} to ${envName}? Each one is written to Production.`,
          ),
      ),
    );
    if (next) applySummary(queries, env, next);
  };

  return (
    <section className="panel bulk-send" aria-labelledby="bulk-send-title">
      <h2 id="bulk-send-title">Send to {envName}</h2>
      <fieldset className="bulk-send__modes" disabled={busy !== null}>
        <legend>What to do with each practice</legend>
        {modes.map((m) => (
          <div key={m.mode} className="bulk-send__mode">
            <input
              id={`bulk-mode-${m.mode}`}
              type="radio"
              name="bulk-mode"
              value={m.mode}
              checked={summary.mode === m.mode}
              aria-describedby={`bulk-mode-${m.mode}-hint`}
              onChange={() => void setMode(m.mode)}
            />
            <label htmlFor={`bulk-mode-${m.mode}`}>
              <strong>{m.label}</strong>
            </label>
            <span className="field__hint" id={`bulk-mode-${m.mode}-hint`}>
              {m.hint}
            </span>
          </div>
        ))}
      </fieldset>
      <div className="field bulk-send__concurrency">
        <label htmlFor="bulk-concurrency">Practices sent at once</label>
        <input
          id="bulk-concurrency"
          type="number"
          min={1}
          max={BATCH_CONCURRENCY_MAX}
          value={concurrency}
          aria-describedby="bulk-concurrency-hint"
          onChange={(e) =>
            setConcurrency(Math.min(BATCH_CONCURRENCY_MAX, Math.max(1, Number(e.target.value) || 1)))
          }
        />
        <span className="field__hint" id="bulk-concurrency-hint">
          1 to {BATCH_CONCURRENCY_MAX}; {BATCH_CONCURRENCY_DEFAULT} unless Updox asks you to go slower.
        </span>
      </div>
      <ErrorNote error={error} />
      {checked ? <PreflightNote preflight={checked} mode={summary.mode} /> : null}
      <div className="bulk-send__actions">
        <button
          type="button"
          className="button"
          disabled={busy !== null || ready === 0}
          onClick={() => void check()}
        >
          {busy === 'check' ? 'Checking with Updox…' : 'Check with Updox'}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={busy !== null || ready === 0 || checked === null}
          onClick={() => void send()}
        >
          Send {practicesWord(ready)}
        </button>
      </div>
      {checked === null ? (
        <p className="field__hint">
          {ready === 0
            ? 'No practice is ready to send: fix the rows with problems or take back rows left out.'
            : 'Check with Updox first: it reads which accounts exist already and what an update would clear. Nothing is sent.'}
        </p>
      ) : null}
    </section>
  );
}

function PreflightNote({ preflight, mode }: { preflight: BatchPreflight; mode: BatchSummary['mode'] }) {
  const existing = preflight.existing.length;
  return (
    <div className="note bulk-preflight" role="status" data-testid="bulk-preflight">
      <p>
        {practicesWord(preflight.toCreate)} will be created.
        {existing > 0
          ? ` ${existing.toLocaleString()} account${existing === 1 ? '' : 's'} already exist${existing === 1 ? 's' : ''} and will be ${
              mode === 'create' ? 'skipped' : 'updated'
            }.`
          : ''}
      </p>
      {existing > 0 ? (
        <details>
          <summary>Accounts that already exist</summary>
          <p>{preflight.existing.map((e) => e.accountId).join(', ')}</p>
        </details>
      ) : null}
      {preflight.wouldClear.length > 0 ? (
        <>
          <p className="bulk-preflight__warn">
            {preflight.wouldClear.length.toLocaleString()} save{preflight.wouldClear.length === 1 ? '' : 's'}{' '}
            would clear fields Updox holds:
          </p>
          <ul>
            {preflight.wouldClear.map((w) => (
              <li key={w.index}>
                {w.accountId}: {w.fields.join(', ')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
