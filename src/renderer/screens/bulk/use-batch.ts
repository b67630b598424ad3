import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { answerOf, errorOf, keys } from '../../api/query-client';

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
