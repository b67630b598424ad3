import type { QueryClient } from '@tanstack/react-query';
import type { StorageNoticeView } from '../../shared/contract/app';
import type { SmsPollStatus } from '../../shared/contract/sms';
import type { PipelineView } from '../../shared/contract/pipeline';
import { useToasts } from '../components/toast-store';
import { useHealth } from '../stores/health-store';
import { accountNumbers, batchSummaries, put } from './keep-newer';
import { api, events } from './client';
import { keys } from './query-client';

/**
 * The one place main's events reach the queries: each updates the data it carries or invalidates what it
 * names (only queries a screen shows are fetched again). After a broken event stream everything is refetched.
 * The health event is followed by the health store (followHealth).
 */
export const connectEventsToQueries = (queries: QueryClient): (() => void) => {
  const activeEnvironment = () => useHealth.getState().health?.environment.id ?? '';
  // Notices kept for us while no page listened (e.g. before this one opened).
  void api.sms.notifications().then((r) => r.ok && useToasts.getState().add(r.data.toasts));
  const stops = [
    events.on('submission', ({ draftId, view, environmentId }) => {
      queries.setQueryData(keys.submission(draftId), view);
      void queries.invalidateQueries({ queryKey: keys.drafts(environmentId) });
      void queries.invalidateQueries({ queryKey: keys.outbox(environmentId) });
    }),
    events.on('numbers', ({ environmentId, accountId, view }) => {
      if (view) put(queries, accountNumbers(environmentId), view);
      else void queries.invalidateQueries({ queryKey: keys.numbers(environmentId, accountId) });
    }),
    events.on('smsPoll', (status) =>
      queries.setQueryData<SmsPollStatus>(keys.pollStatus(activeEnvironment()), status),
    ),
    events.on('toast', (toast) => useToasts.getState().add([toast])),
    events.on('storageNotice', (notice) =>
      queries.setQueryData<{ dataDir: string; notices: StorageNoticeView[] }>(keys.storageNotices, (old) =>
        old ? { ...old, notices: [...old.notices, notice] } : old,
      ),
    ),
    events.on('pipeline', ({ environmentId, check, changed }) => {
      queries.setQueryData<PipelineView>(keys.pipeline(environmentId), (old) =>
        old ? { ...old, check } : old,
      );
      if (changed) void queries.invalidateQueries({ queryKey: keys.pipelineOf(environmentId) });
    }),
    events.on('batch', ({ environmentId, batchId, summary }) => {
      // null: the batch was discarded.
      if (summary) put(queries, batchSummaries(environmentId), summary);
      else queries.setQueryData(keys.batch(environmentId, batchId), null);
      void queries.invalidateQueries({ queryKey: keys.batches(environmentId) });
      void queries.invalidateQueries({ queryKey: keys.batchRows(environmentId, batchId) });
    }),
    events.onReconnect(() => void queries.invalidateQueries()),
  ];
  return () => stops.forEach((stop) => stop());
};
