import { Screen } from '../../components/Screen';
import { hrefFor } from '../../stores/route-store';
import { useOpenedEnvironment } from '../../stores/screen-environment';
import { BatchProgress } from './BatchProgress';
import { BatchResultsTable } from './BatchResultsTable';
import './batch-progress.css';

/** #/batch/<id>: one batch's progress and results (a practices import or a readiness fix). */
export function BatchProgressScreen({ params }: { params: readonly string[] }) {
  const { environmentId, active } = useOpenedEnvironment();
  const batchId = params[0];
  return (
    <Screen title="Batch">
      {!active && environmentId ? (
        <p className="note note--warn">
          This batch belongs to another environment than the active one. Switch back to it to see and send it.
        </p>
      ) : null}
      <p className="field__hint">
        <a href={hrefFor('bulk')}>Every batch (Bulk import)</a>
      </p>
      {batchId ? (
        <>
          <BatchProgress environmentId={environmentId} batchId={batchId} active={active} />
          <BatchResultsTable environmentId={environmentId} batchId={batchId} active={active} />
        </>
      ) : null}
    </Screen>
  );
}
