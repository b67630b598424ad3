import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { BatchSummary } from '../../../shared/contract/batch';
import { keys } from '../../api/query-client';
import { OtherEnvironmentsNote } from '../../components/OtherEnvironmentsNote';
import { Screen } from '../../components/Screen';
import { selectEnvironmentId, useHealth } from '../../stores/health-store';
import { useRoute } from '../../stores/route-store';
import { useBatches } from './batch-queries';
import { BatchesList } from './BatchesList';
import { batchesWord } from './batch-words';
import { BatchView } from './BatchView';
import { ImportPanel } from './ImportPanel';
import './bulk.css';

/**
 * Bulk import: #/bulk chooses files and lists the environment's batches; #/bulk/<batchId> is one batch (where a
 * reload or a crash returns).
 */
export function BulkScreen({ params }: { params: readonly string[] }) {
  const env = useHealth(selectEnvironmentId);
  const envName = useHealth((s) => s.health?.environment.name) ?? 'this environment';
  const queries = useQueryClient();
  const batches = useBatches(env);
  const batchId = params[0];
  const onKept = useCallback(
    (summary: BatchSummary) => {
      void queries.invalidateQueries({ queryKey: keys.batches(env) });
      useRoute.getState().go('bulk', summary.id);
    },
    [queries, env],
  );
  return (
    <Screen title="Import practices">
      {batchId ? (
        <BatchView key={batchId} env={env} envName={envName} batchId={batchId} />
      ) : (
        <>
          <p className="field__hint">
            Onboard many practices at once from spreadsheets saved as CSV. Every practice is checked with the
            same rules as New practice, kept in {envName} as a batch (fix or leave out rows here), and sent
            only when you say so.
          </p>
          <ImportPanel envName={envName} onKept={onKept} />
          <BatchesList batches={batches.data?.batches ?? []} />
          <OtherEnvironmentsNote
            items={(batches.data?.elsewhere ?? []).map((c) => ({ ...c, words: batchesWord(c.batches) }))}
            hint="A batch stays in the environment it was imported in, and is sent only there. Switch to see or continue it."
          />
        </>
      )}
    </Screen>
  );
}
