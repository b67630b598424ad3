import type { BatchRowView, BatchSummary } from '../../../shared/contract/batch';
import { outcomeWords } from './batch-progress-words';
import { countOf } from '../../../shared/words';

export const practicesWord = (n: number) => countOf(n, 'practice');
export const batchesWord = (n: number) => countOf(n, 'batch', 'batches');

/** A row's state in words: left out, needs a fix, ready, or what sending did. */
export const rowStatus = (row: BatchRowView): string => {
  if (row.excluded) return 'Left out';
  if (row.outcome === 'pending') return Object.keys(row.problems).length > 0 ? 'Needs a fix' : 'Ready';
  if (row.outcome === 'failed' && row.error?.code) return `${outcomeWords.failed} (${row.error.code})`;
  return outcomeWords[row.outcome];
};

/** "120 practices: 100 ready, 12 need a fix, 8 left out." */
export const countsWords = (summary: BatchSummary): string => {
  const c = summary.counts;
  const sent = (
    [
      [c.sending, 'sending'],
      [c.created, 'created'],
      [c.updated, 'updated'],
      [c.skipped, 'skipped'],
      [c.failed, 'failed'],
    ] as const
  )
    .filter(([n]) => n > 0)
    .map(([n, word]) => `, ${n.toLocaleString()} ${word}`)
    .join('');
  return `${practicesWord(c.rows)}: ${c.pending.toLocaleString()} ready, ${c.withProblems.toLocaleString()} need${
    c.withProblems === 1 ? 's' : ''
  } a fix, ${c.excluded.toLocaleString()} left out${sent}.`;
};

export { stateWords } from './batch-progress-words';

/** Rows that Send would send: not left out, without problems, not answered yet. */
export const readyCount = (summary: BatchSummary): number => summary.counts.pending;
