import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { answerOf, keys } from '../../api/query-client';

/**
 * The active environment's drafts and its outbox, shared by the Accounts list and the account page. Main's
 * submission event invalidates both (a queued item moved, a sent draft went away), so nothing polls them.
 */
export const useLocalItems = (environmentId: string, active = true) => {
  const enabled = environmentId !== '' && active;
  const drafts = useQuery({
    queryKey: keys.drafts(environmentId),
    queryFn: () => answerOf(api.onboarding.listDrafts()),
    enabled,
  });
  const outbox = useQuery({
    queryKey: keys.outbox(environmentId),
    queryFn: () => answerOf(api.onboarding.listOutbox()),
    enabled,
  });
  return { drafts, outbox };
};
