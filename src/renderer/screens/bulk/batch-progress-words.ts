import type { BatchCounts, BatchRowOutcome, BatchSummary } from '../../../shared/contract/batch';
import { countOf } from '../../../shared/words';

/** Rows that will be or were sent: the progress bar's whole. */
export const toSendOf = (c: BatchCounts): number =>
  c.pending + c.sending + c.created + c.updated + c.skipped + c.failed;

/** Rows Updox has answered for (created, updated, skipped, failed): the progress bar's value. */
export const answeredOf = (c: BatchCounts): number => c.created + c.updated + c.skipped + c.failed;

/** "about 3 minutes left", "under a minute left", or '' when there is no estimate. */
export const etaWords = (etaMs: number | null): string => {
  if (etaMs === null) return '';
  const seconds = Math.round(etaMs / 1000);
  if (seconds < 60) return 'under a minute left';
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return `about ${minutes} minute${minutes === 1 ? '' : 's'} left`;
  const hours = Math.round(minutes / 60);
  return `about ${hours} hours left`;
};

export const stateWords: Record<BatchSummary['state'], string> = {
  draft: 'Not sent yet',
  running: 'Sending',
  paused: 'Paused',
  finished: 'Finished',
  cancelled: 'Cancelled',
};

export const outcomeWords: Record<BatchRowOutcome, string> = {
  pending: 'Not sent yet',
  sending: 'Sending',
  created: 'Created',
  updated: 'Updated',
  skipped: 'Skipped: already in Updox',
  failed: 'Failed',
};

/** "412 of 1,000 practices answered: 400 created, 10 skipped, 2 failed." */
export const progressWords = (c: BatchCounts): string => {
  const parts = [
    c.created > 0 ? `${c.created.toLocaleString()} created` : '',
    c.updated > 0 ? `${c.updated.toLocaleString()} updated` : '',
    c.skipped > 0 ? `${c.skipped.toLocaleString()} skipped` : '',
    c.failed > 0 ? `${c.failed.toLocaleString()} failed` : '',
  ].filter(Boolean);
  const head = `${answeredOf(c).toLocaleString()} of ${countOf(toSendOf(c), 'practice')} answered`;
  return parts.length > 0 ? `${head}: ${parts.join(', ')}.` : `${head}.`;
};

/** What is not part of the send: left out, or with problems to fix first. */
export const asideWords = (c: BatchCounts): string =>
  [
    c.excluded > 0 ? `${countOf(c.excluded, 'row')} left out` : '',
    c.withProblems > 0 ? `${countOf(c.withProblems, 'row')} with problems (not sent until fixed)` : '',
  ]
    .filter(Boolean)
    .join('; ');
