import type { QueryClient } from '@tanstack/react-query';
import type { BatchSummary } from '../../shared/contract/batch';
import { keys } from './query-client';

/**
 * Of the summary the screen holds and one just received, the newer (by `seq`, the batch's change count). A
 * summary can arrive late: a call's answer or a fetch started before the batch's last event may land after it,
 * and would show rows "being sent" that finished long ago, with no later event to correct it.
 */
export const newerSummary = (held: BatchSummary | undefined, next: BatchSummary): BatchSummary =>
  held && held.id === next.id && held.seq > next.seq ? held : next;

/** Every write of a batch's summary goes through here: an event, a call's answer or a fetch. */
export const putSummary = (queries: QueryClient, env: string, summary: BatchSummary): BatchSummary =>
  queries.setQueryData<BatchSummary>(keys.batch(env, summary.id), (held) => newerSummary(held, summary)) ??
  summary;

/** A fetch of a batch's summary, answering the newer of what it read and what the screen already holds. */
export const fetchSummaryKeepingNewer =
  (queries: QueryClient, env: string, batchId: string, fetch: () => Promise<BatchSummary>) =>
  async (): Promise<BatchSummary> => {
    const read = await fetch();
    // What the screen holds once the answer is in (an event may have landed meanwhile), not before asking.
    return newerSummary(queries.getQueryData<BatchSummary>(keys.batch(env, batchId)), read);
  };
