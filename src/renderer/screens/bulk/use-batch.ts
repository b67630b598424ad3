import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { BatchSummary } from '../../../shared/contract/batch';
import { api } from '../../api/client';
import { answerOf, errorOf, keys } from '../../api/query-client';

/** A batch's summary: asked once, then kept current by the `batch` event (the screen never polls). */
export const useBatchSummary = (environmentId: string, batchId: string, enabled: boolean) => {
  const query = useQuery({
    queryKey: keys.batch(environmentId, batchId),
    queryFn: async () => (await answerOf(api.batch.rows({ batchId, limit: 1 }))).summary,
    enabled,
  });
  return { summary: query.data ?? null, error: errorOf(query.error) };
};

export type ResultsFilter = 'all' | 'failed' | 'done';

/** One page of a batch's rows; refetched when the `batch` event says the batch changed. */
export const useBatchRows = (
  environmentId: string,
  batchId: string,
  show: ResultsFilter,
  offset: number,
  limit: number,
  enabled: boolean,
) => {
  const query = useQuery({
    queryKey: keys.batchRowsPage(environmentId, batchId, show, offset, limit),
    queryFn: () => answerOf(api.batch.rows({ batchId, show, offset, limit })),
    enabled,
    placeholderData: (previous) => previous,
  });
  return { page: query.data ?? null, error: errorOf(query.error) };
};

/**
 * Of the summary the screen holds and one just received, the newer: a call's answer can arrive after an event
 * that already said more (a pause answered while the rows in flight finished).
 */
export const newerSummary = (held: BatchSummary | undefined, next: BatchSummary): BatchSummary =>
  held && held.id === next.id && held.seq > next.seq ? held : next;

/** Puts a call's answer (a summary) where the screen reads it, unless the screen already holds a newer one. */
export const useSetSummary = (environmentId: string) => {
  const queries = useQueryClient();
  return (summary: BatchSummary) =>
    queries.setQueryData<BatchSummary>(keys.batch(environmentId, summary.id), (held) =>
      newerSummary(held, summary),
    );
};
