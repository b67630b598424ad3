import type {
  OutboxSummaryView,
  SubmissionStepView,
  SubmissionView,
} from '../../../shared/contract/onboarding';
import { outboxSteps } from '../outbox/outbox-schema';
import type { SubmissionQueue } from './submission-queue';
import type { SubmissionItem } from './submission-runner';

/** An outbox item as the Accounts list and the wizard show it. */
export const outboxSummary = (item: SubmissionItem): OutboxSummaryView => ({
  id: item.id,
  draftId: item.payload.draftId,
  environmentId: item.payload.environmentId,
  confirmedForProduction: item.payload.confirmedForProduction === true,
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

/**
 * Each step's state: done; the first step not done is 'failed' with Updox's message when the item failed, or
 * 'not-sent' with why it waits (the last network problem) when queued; the steps after it are 'not-sent'.
 */
const stepsOf = (item: SubmissionItem): SubmissionStepView[] => {
  const next = outboxSteps.find((step) => !item.completedSteps.includes(step));
  return outboxSteps.map((step) => {
    if (item.completedSteps.includes(step)) return { step, state: 'done', message: '' };
    if (step !== next) return { step, state: 'not-sent', message: '' };
    const message = item.lastError?.message ?? '';
    return item.status === 'failed'
      ? { step, state: 'failed', message }
      : { step, state: 'not-sent', message };
  });
};

export const submissionView = (queue: SubmissionQueue, item: SubmissionItem): SubmissionView => ({
  state: item.status === 'done' ? 'synced' : item.status === 'failed' ? 'failed' : 'queued',
  draftId: item.payload.draftId,
  item: outboxSummary(item),
  steps: stepsOf(item),
  ...queue.results(item.id),
});
