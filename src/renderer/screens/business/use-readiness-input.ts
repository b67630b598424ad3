import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReadinessInput } from '../../../shared/contract/business';
import { api } from '../../api/client';
import { answerOf, errorOf, keys } from '../../api/query-client';
import { selectEnvironmentId, useHealth } from '../../stores/health-store';

/** An account as Updox holds it plus the partner details (a query); `reload` after a change, `setInput` to show an answer. */
export const useReadinessInput = (accountId: string) => {
  const environmentId = useHealth(selectEnvironmentId);
  const queries = useQueryClient();
  const key = keys.readiness(environmentId, accountId);
  const query = useQuery({
    queryKey: key,
    queryFn: () => answerOf(api.business.readinessInput({ accountId })),
    enabled: environmentId !== '',
  });
  return {
    input: query.data ?? null,
    error: errorOf(query.error),
    loading: query.isFetching || environmentId === '',
    reload: async () => void (await query.refetch()),
    setInput: (input: ReadinessInput) => queries.setQueryData(key, input),
  };
};
