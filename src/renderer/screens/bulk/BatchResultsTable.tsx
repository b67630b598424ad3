import { useState } from 'react';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { errorOf } from '../../api/query-client';
import { ErrorNote } from '../../components/ErrorNote';
import { saveTextFile } from '../activity/save-text-file';
import { outcomeWords } from './batch-progress-words';
import { useBatchRowsPage } from './batch-queries';

type ResultsFilter = 'all' | 'failed' | 'done';

const PAGE = 100;

const filters: { id: ResultsFilter; label: string }[] = [
  { id: 'all', label: 'Every row' },
  { id: 'failed', label: 'Failed' },
  { id: 'done', label: 'Created, updated or skipped' },
];

/** The result of each row (by its line in the file), a page at a time, and Export results as CSV. */
export function BatchResultsTable({
  environmentId,
  batchId,
  active,
}: {
  environmentId: string;
  batchId: string;
  active: boolean;
}) {
  const [show, setShow] = useState<ResultsFilter>('all');
  const [offset, setOffset] = useState(0);
  const [exportError, setExportError] = useState<AppErrorData | null>(null);
  const [exported, setExported] = useState('');
  const query = useBatchRowsPage(environmentId, batchId, show, offset, PAGE, active);
  const page = query.data ?? null;
  const error = errorOf(query.error);

  const exportResults = async () => {
    setExported('');
    const r = await api.batch.exportResults({ batchId });
    if (!r.ok) return setExportError(r.error);
    setExportError(null);
    saveTextFile(r.data.fileName, r.data.csv, 'text/csv');
    setExported(`${r.data.rows.toLocaleString()} rows exported to ${r.data.fileName}.`);
  };
  const total = page?.total ?? 0;

  return (
    <section
      className="panel batch-results"
      aria-labelledby="batch-results-title"
      data-testid="batch-results"
    >
      <div className="batch-results__head">
        <h2 id="batch-results-title">Results</h2>
        <div className="field batch-results__filter">
          <label htmlFor="batch-results-show">Show</label>
          <select
            id="batch-results-show"
            value={show}
            onChange={(e) => {
              setShow(e.target.value as ResultsFilter);
              setOffset(0);
            }}
          >
            {filters.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button" disabled={!active} onClick={() => void exportResults()}>
          Export results
        </button>
      </div>
      <ErrorNote error={error ?? exportError} />
      {exported ? (
        <p className="note note--ok" role="status">
          {exported}
        </p>
      ) : null}
      {page && total === 0 ? <p className="empty">No rows to show here.</p> : null}
      {page && total > 0 ? (
        <>
          <table className="table batch-results__table" data-testid="batch-results-table">
            <caption className="visually-hidden">Result of each row of the batch</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Account ID</th>
                <th scope="col">Practice</th>
                <th scope="col">Result</th>
                <th scope="col">Code</th>
                <th scope="col">Message</th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row) => (
                <tr key={row.index} data-outcome={row.outcome}>
                  <td>{row.line}</td>
                  <td>{row.accountId}</td>
                  <td>{row.name}</td>
                  <td>
                    <span className={`badge badge--${badgeOf(row.outcome, row.excluded)}`}>
                      {row.excluded ? 'Left out' : outcomeWords[row.outcome]}
                    </span>
                  </td>
                  <td>{row.error?.code ?? ''}</td>
                  <td>{row.error?.message ?? Object.values(row.problems)[0] ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="batch-results__pager">
            <span role="status">
              Rows {(offset + 1).toLocaleString()} to {Math.min(offset + PAGE, total).toLocaleString()} of{' '}
              {total.toLocaleString()}
            </span>
            <button
              type="button"
              className="button"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - PAGE))}
            >
              Previous
            </button>
            <button
              type="button"
              className="button"
              disabled={offset + PAGE >= total}
              onClick={() => setOffset(offset + PAGE)}
            >
              Next
            </button>
          </div>
        </>
      ) : null}
    </section>
  );
}

const badgeOf = (outcome: string, excluded: boolean) =>
  excluded
    ? 'neutral'
    : outcome === 'failed'
      ? 'red'
      : outcome === 'created' || outcome === 'updated'
        ? 'ok'
        : outcome === 'skipped'
          ? 'amber'
          : 'neutral';
