import type { SubmissionView } from '../../../shared/contract/onboarding';

const conflictWords: Record<string, string> = {
  'practice.accountId': 'account ID already used',
  'practice.websiteAddress': 'portal web address already used',
};

/** The field a failure is about when it is a conflict with another practice (account ID, portal address). */
export const conflictFieldOf = (submission: SubmissionView): string | undefined =>
  Object.keys(submission.item.lastError?.fields ?? {}).find((f) => f in conflictWords);

/**
 * The one headline of a submission's outcome, in plain words. Synced and queued name the environment the item goes
 * to (its own, whatever is active), since the badge that says so may have scrolled away.
 */
export const submissionHeadline = (
  submission: SubmissionView,
  kind: 'create' | 'update',
  environmentName: string,
): string => {
  const { item } = submission;
  if (submission.state === 'synced') return `Synced: ${item.name} is in Updox (${environmentName}).`;
  if (submission.state === 'queued')
    return `Queued for ${environmentName}: it will be sent automatically when Updox can be reached there.`;
  const notDone = kind === 'update' ? 'Not saved' : 'Not created';
  const field = conflictFieldOf(submission);
  if (field && item.completedSteps.length === 0) return `${notDone}: ${conflictWords[field]}`;
  if (item.completedSteps.length === 0) return `${notDone}: Updox refused ${item.name}. Nothing was sent.`;
  return `Partly sent: ${item.name} is in Updox, but not everything was saved.`;
};
