import {
  useInfiniteQuery,
  useQuery,
  useQueryClient,
  type InfiniteData,
  type QueryClient,
} from '@tanstack/react-query';
import type { BatchRowView, BatchSummary } from '../../../shared/contract/batch';
import type { CallOutputOf } from '../../../shared/contract/call-types';
import { api } from '../../api/client';
import { answerOf, keys } from '../../api/query-client';
import { batchSummaries, fetchKeepingNewer, newerSummary, put } from '../../api/keep-newer';

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

/** Rows asked for at a time: the table asks for the next page when its last rows come into view. */
export const ROWS_PAGE = 500;
type RowsPages = InfiniteData<BatchRowsPage, number>;

/**
 * A batch's rows that the filter shows, a page at a time (an event refetches only the pages loaded), with its
 * summary and total.
 */
export const useBatchRows = (env: string, batchId: string, show: RowsShow) => {
  const query = useInfiniteQuery({
    queryKey: keys.batchRowsPage(env, batchId, show, 0, ROWS_PAGE),
    queryFn: ({ pageParam }) =>
      answerOf(api.batch.rows({ batchId, show, offset: pageParam, limit: ROWS_PAGE })),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.rows.length, 0);
      return loaded < last.total && last.rows.length > 0 ? loaded : undefined;
    },
    enabled: env !== '',
  });
  const pages = query.data?.pages ?? [];
  const last = pages.at(-1);
  return {
    rows: pages.flatMap((p) => p.rows),
    total: last?.total ?? null,
    summary: last?.summary,
    error: query.error,
    loadMore: () => {
      if (query.hasNextPage && !query.isFetchingNextPage) void query.fetchNextPage();
    },
  };
};

/**
 * A batch's summary: asked once, then kept by the `batch` event (counts, state and time left as it sends). A
 * fetch that answers after a newer event keeps the newer.
 */
export const useBatchSummary = (env: string, batchId: string, enabled = true) => {
  const queries = useQueryClient();
  return useQuery({
    queryKey: keys.batch(env, batchId),
    queryFn: fetchKeepingNewer(queries, batchSummaries(env), keys.batch(env, batchId), () =>
      answerOf(api.batch.rows({ batchId, show: 'all', offset: 0, limit: 1 })).then((r) => r.summary),
    ),
    enabled: env !== '' && enabled,
  });
};

/** One page of a batch's rows, page by page (the results table of a readiness batch). */
export const useBatchRowsPage = (
  env: string,
  batchId: string,
  show: RowsShow,
  offset: number,
  limit: number,
  enabled: boolean,
) =>
  useQuery({
    queryKey: keys.batchRowsPage(env, batchId, show, offset, limit),
    queryFn: () => answerOf(api.batch.rows({ batchId, show, offset, limit })),
    enabled,
    placeholderData: (previous) => previous,
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
  const newest = put(queries, batchSummaries(env), summary);
  // The rows are kept both as pages (this screen) and as one page (the readiness batch's results table).
  const withSummary = (p: BatchRowsPage) => ({ ...p, summary: newerSummary(p.summary, newest) });
  queries.setQueriesData<RowsPages | BatchRowsPage>({ queryKey: keys.batchRows(env, summary.id) }, (old) =>
    old === undefined
      ? old
      : 'pages' in old
        ? { ...old, pages: old.pages.map(withSummary) }
        : withSummary(old),
  );
  queries.setQueryData<CallOutputOf<'batch', 'list'>>(keys.batches(env), (old) =>
    old
      ? { ...old, batches: old.batches.map((b) => (b.id === summary.id ? newerSummary(b, newest) : b)) }
      : old,
  );
};

/** A row saved and checked again: its view replaces the old one wherever it is shown. */
export const applyRowView = (
  queries: QueryClient,
  env: string,
  batchId: string,
  view: BatchRowView,
): void => {
  const withView = (p: BatchRowsPage) => ({
    ...p,
    rows: p.rows.map((r) => (r.index === view.index ? view : r)),
  });
  queries.setQueriesData<RowsPages | BatchRowsPage>({ queryKey: keys.batchRows(env, batchId) }, (old) =>
    old === undefined ? old : 'pages' in old ? { ...old, pages: old.pages.map(withView) } : withView(old),
  );
};

/** Which rows a filter shows changed (left out, taken back): ask again. */
export const refreshRows = (queries: QueryClient, env: string, batchId: string): Promise<void> =>
  queries.invalidateQueries({ queryKey: keys.batchRows(env, batchId) });
