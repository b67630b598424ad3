import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { answerOf, errorOf, keys } from '../../api/query-client';
import { ErrorNote } from '../../components/ErrorNote';
import { formatWhen } from '../../components/format-when';
import { Screen } from '../../components/Screen';
import { hrefFor } from '../../stores/route-store';
import { useOpenedEnvironment } from '../../stores/screen-environment';
import { BatchProgress } from './BatchProgress';
import { BatchResultsTable } from './BatchResultsTable';
import { progressWords, stateWords } from './batch-progress-words';
import './batch-progress.css';

/** The active environment's batches, newest first, each opening its progress and results. */
function BatchList({ environmentId, active }: { environmentId: string; active: boolean }) {
  const query = useQuery({
    queryKey: keys.batches(environmentId),
    queryFn: () => answerOf(api.batch.list({})),
    enabled: active,
  });
  const batches = query.data?.batches ?? [];
  return (
    <>
      <ErrorNote error={errorOf(query.error)} />
      {query.data && batches.length === 0 ? (
        <p className="empty">
          No batches in this environment. Import a spreadsheet of practices to make one.
        </p>
      ) : null}
      {batches.length > 0 ? (
        <table className="table" data-testid="batch-list">
          <thead>
            <tr>
              <th scope="col">Imported</th>
              <th scope="col">From</th>
              <th scope="col">State</th>
              <th scope="col">Progress</th>
            </tr>
          </thead>
          <tbody>
            {batches.map((b) => (
              <tr key={b.id}>
                <td>
                  <a href={hrefFor('batch', b.id)}>{formatWhen(b.createdAt)}</a>
                </td>
                <td>{b.files.join(', ')}</td>
                <td>{stateWords[b.state]}</td>
                <td>{progressWords(b.counts)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

/** #/batch: the batches; #/batch/<id>: one batch's progress and results. */
export function BatchProgressScreen({ params }: { params: readonly string[] }) {
  const { environmentId, active } = useOpenedEnvironment();
  const batchId = params[0];
  return (
    <Screen title={batchId ? 'Batch' : 'Batches'}>
      {!active && environmentId ? (
        <p className="note note--warn">
          This batch belongs to another environment than the active one. Switch back to it to see and send it.
        </p>
      ) : null}
      {batchId ? (
        <>
          <p className="field__hint">
            <a href={hrefFor('batch')}>Every batch</a>
          </p>
          <BatchProgress environmentId={environmentId} batchId={batchId} active={active} />
          <BatchResultsTable environmentId={environmentId} batchId={batchId} active={active} />
        </>
      ) : (
        <BatchList environmentId={environmentId} active={active} />
      )}
    </Screen>
  );
}
