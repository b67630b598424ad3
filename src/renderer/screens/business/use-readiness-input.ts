import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReadinessInput } from '../../../shared/contract/business';
import { api } from '../../api/client';
import { answerOf, errorOf, keys } from '../../api/query-client';
import { useOpenedEnvironment } from '../../stores/screen-environment';

/** An account as Updox holds it plus the partner details (a query); `reload` after a change, `setInput` to show an answer. */
export const useReadinessInput = (accountId: string) => {
  const { environmentId, active } = useOpenedEnvironment();
  const queries = useQueryClient();
  const key = keys.readiness(environmentId, accountId);
  const query = useQuery({
    queryKey: key,
    queryFn: () => answerOf(api.business.readinessInput({ accountId })),
    enabled: active,
  });
  return {
    input: query.data ?? null,
    error: errorOf(query.error),
    loading: query.isFetching || environmentId === '',
    reload: async () => void (active && (await query.refetch())),
    setInput: (input: ReadinessInput) => queries.setQueryData(key, input),
  };
};
