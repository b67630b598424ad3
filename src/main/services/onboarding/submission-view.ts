import type { OutboxSummaryView, SubmissionView } from '../../../shared/contract/onboarding';
import type { SubmissionQueue } from './submission-queue';
import type { SubmissionItem } from './submission-runner';

/** An outbox item as the Accounts list and the wizard show it. */
export const outboxSummary = (item: SubmissionItem): OutboxSummaryView => ({
  id: item.id,
  accountId: item.payload.practice.accountId,
  name: item.payload.practice.name,
  city: item.payload.practice.city,
  state: item.payload.practice.state,
  mode: item.payload.mode,
  status: item.status,
  completedSteps: item.completedSteps,
  lastError: item.lastError,
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
});

export const submissionView = (queue: SubmissionQueue, item: SubmissionItem): SubmissionView => ({
  state: item.status === 'done' ? 'synced' : item.status === 'failed' ? 'failed' : 'queued',
  draftId: item.payload.draftId,
  item: outboxSummary(item),
  ...queue.results(item.id),
});
