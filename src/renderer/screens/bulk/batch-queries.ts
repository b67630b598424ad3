import { useQuery, type QueryClient } from '@tanstack/react-query';
import { BATCH_ROWS_MAX, type BatchRowView, type BatchSummary } from '../../../shared/contract/batch';
import { api } from '../../api/client';
import { answerOf, keys } from '../../api/query-client';

export type RowsShow = 'all' | 'problems' | 'excluded' | 'failed' | 'done';
export interface BatchRowsPage {
  summary: BatchSummary;
  total: number;
  rows: BatchRowView[];
}

/** The active environment's batches, newest first. */
export const useBatches = (env: string) =>
  useQuery({
    queryKey: keys.batches(env),
    queryFn: () => answerOf(api.batch.list({})),
    enabled: env !== '',
  });

/** A batch's rows (every one the filter shows: the table is virtualized) with its summary. */
export const useBatchRows = (env: string, batchId: string, show: RowsShow) =>
  useQuery({
    queryKey: keys.batchRowsPage(env, batchId, show, 0, BATCH_ROWS_MAX),
    queryFn: () => answerOf(api.batch.rows({ batchId, show, offset: 0, limit: BATCH_ROWS_MAX })),
    enabled: env !== '',
  });

/** A batch's summary: asked once, then kept by the `batch` event (counts, state and time left as it sends). */
export const useBatchSummary = (env: string, batchId: string) =>
  useQuery({
    queryKey: keys.batch(env, batchId),
    queryFn: () =>
      answerOf(api.batch.rows({ batchId, show: 'all', offset: 0, limit: 1 })).then((r) => r.summary),
    enabled: env !== '',
  });

/** One row as imported (or as fixed since), for the fix form. */
export const useBatchRow = (env: string, batchId: string, index: number | null) =>
  useQuery({
    queryKey: keys.batchRow(env, batchId, index ?? -1),
    queryFn: () => answerOf(api.batch.getRow({ batchId, index: index ?? 0 })),
    enabled: env !== '' && index !== null,
    // The form holds what is typed from here on; a refetch must not replace it.
    staleTime: Infinity,
  });

/** A call answered the batch's summary: every query of the batch shows it. */
export const applySummary = (queries: QueryClient, env: string, summary: BatchSummary): void => {
  queries.setQueryData(keys.batch(env, summary.id), summary);
  queries.setQueriesData<BatchRowsPage>({ queryKey: keys.batchRows(env, summary.id) }, (old) =>
    old ? { ...old, summary } : old,
  );
  queries.setQueryData<{ batches: BatchSummary[] }>(keys.batches(env), (old) =>
    old ? { batches: old.batches.map((b) => (b.id === summary.id ? summary : b)) } : old,
  );
};

/** A row saved and checked again: its view replaces the old one wherever it is shown. */
export const applyRowView = (
  queries: QueryClient,
  env: string,
  batchId: string,
  view: BatchRowView,
): void => {
  queries.setQueriesData<BatchRowsPage>({ queryKey: keys.batchRows(env, batchId) }, (old) =>
    old ? { ...old, rows: old.rows.map((r) => (r.index === view.index ? view : r)) } : old,
  );
};

/** Which rows a filter shows changed (left out, taken back): ask again. */
export const refreshRows = (queries: QueryClient, env: string, batchId: string): Promise<void> =>
  queries.invalidateQueries({ queryKey: keys.batchRows(env, batchId) });
