import { QueryClient } from '@tanstack/react-query';
import type { AppErrorData, Result } from '../../shared/errors';

/** A call that answered an error: react-query keeps the last good data and shows this. */
export class CallError extends Error {
  constructor(readonly data: AppErrorData) {
    super(data.message);
  }
}

/** A query function from a call: the data, or a CallError. */
export const answerOf = async <T>(call: Promise<Result<T>>): Promise<T> => {
  const r = await call;
  if (!r.ok) throw new CallError(r.error);
  return r.data;
};

/** The error a query or mutation ended with, as the screens show it. */
export const errorOf = (error: unknown): AppErrorData | null =>
  error === null || error === undefined
    ? null
    : error instanceof CallError
      ? error.data
      : { kind: 'internal', message: error instanceof Error ? error.message : 'Something went wrong.' };

/**
 * Server state. Nothing is refetched on a timer, on focus or on reconnect: main's events update or invalidate
 * queries (src/renderer/api/event-queries.ts); a screen that opens asks once. Calls are not retried here (main's
 * Updox client retries what is safe to retry).
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false, refetchInterval: false },
    mutations: { retry: false },
  },
});

/** Query keys: every key of Updox or local data names the environment it belongs to. */
export const keys = {
  storageNotices: ['app', 'storageNotices'] as const,
  practices: (env: string) => ['accounts', 'list', env] as const,
  account: (env: string, accountId: string) => ['accounts', 'get', env, accountId] as const,
  drafts: (env: string) => ['onboarding', 'drafts', env] as const,
  outbox: (env: string) => ['onboarding', 'outbox', env] as const,
  submission: (draftId: string) => ['onboarding', 'submission', draftId] as const,
  numbers: (env: string, accountId: string) => ['sms', 'numbers', env, accountId] as const,
  pollStatus: (env: string) => ['sms', 'pollStatus', env] as const,
  readiness: (env: string, accountId: string) => ['business', 'readiness', env, accountId] as const,
  /** Every pipeline query of an environment (a change of its facts makes them all stale). */
  pipelineOf: (env: string) => ['pipeline', env] as const,
  pipeline: (env: string) => ['pipeline', env, 'view'] as const,
  pipelinePractice: (env: string, accountId: string) => ['pipeline', env, 'practice', accountId] as const,
  batches: (env: string) => ['batch', 'list', env] as const,
  /** A batch's summary (the `batch` event sets it). */
  batch: (env: string, batchId: string) => ['batch', 'summary', env, batchId] as const,
  /** Every page of a batch's rows: the prefix of `batchRowsPage`. */
  batchRows: (env: string, batchId: string) => ['batch', 'rows', env, batchId] as const,
  batchRowsPage: (env: string, batchId: string, show: string, offset: number, limit: number) =>
    ['batch', 'rows', env, batchId, show, offset, limit] as const,
  /** One row of a batch as imported or fixed (the fix form). */
  batchRow: (env: string, batchId: string, index: number) => ['batch', 'row', env, batchId, index] as const,
};
