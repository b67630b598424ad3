import type {
  BatchCounts,
  BatchRowOutcome,
  BatchRowView,
  BatchSummary,
} from '../../../shared/contract/batch';
import type { OpenBatch } from './batch-store';

/** Sent, one way or the other: created, updated or skipped. Such a row is never changed or sent again. */
export const isSettled = (outcome: BatchRowOutcome): boolean =>
  outcome === 'created' || outcome === 'updated' || outcome === 'skipped';

/** What a row shows: 'sending' while the runner has it, else its outcome. */
export const outcomeOf = (batch: OpenBatch, index: number): BatchRowOutcome => {
  const state = batch.data.rows[index]!;
  return state.outcome === 'pending' && state.send.status === 'sending' ? 'sending' : state.outcome;
};

/** Whether a start would send this row: in the batch, without problems, not sent yet (or failed and fixed). */
export const isSendable = (batch: OpenBatch, index: number): boolean => {
  const state = batch.data.rows[index];
  if (!state || state.excluded || state.outcome !== 'pending') return false;
  return Object.keys(batch.problemsOf(index)).length === 0;
};

export const rowView = (batch: OpenBatch, index: number): BatchRowView => {
  const state = batch.data.rows[index]!;
  return {
    index,
    line: state.row.line,
    accountId: state.row.practice.accountId,
    name: state.row.practice.name,
    excluded: state.excluded,
    problems: batch.problemsOf(index),
    outcome: outcomeOf(batch, index),
    error: state.error,
    lines: {
      locations: state.row.locations.map((l) => l.line),
      users: state.row.users.map((u) => u.line),
    },
  };
};

/**
 * The counts partition the rows: each row is excluded, has problems, is pending, sending, created, updated,
 * skipped or failed.
 */
export const countsOf = (batch: OpenBatch): BatchCounts => {
  const counts: BatchCounts = {
    rows: batch.data.rows.length,
    excluded: 0,
    withProblems: 0,
    pending: 0,
    sending: 0,
    created: 0,
    updated: 0,
    skipped: 0,
    failed: 0,
  };
  batch.data.rows.forEach((state, index) => {
    const outcome = outcomeOf(batch, index);
    if (state.excluded) counts.excluded += 1;
    else if (outcome === 'pending' && Object.keys(batch.problemsOf(index)).length > 0)
      counts.withProblems += 1;
    else counts[outcome] += 1;
  });
  return counts;
};

export const summaryOf = (batch: OpenBatch, etaMs: number | null = null): BatchSummary => {
  const { data } = batch;
  return {
    id: data.id,
    kind: data.kind,
    environmentId: data.environmentId,
    files: data.files,
    mode: data.mode,
    state: data.state,
    concurrency: data.concurrency,
    counts: countsOf(batch),
    etaMs: data.state === 'running' ? etaMs : null,
    note: data.note,
    createdAt: data.createdAt,
    updatedAt: data.updatedAt,
    seq: data.seq,
  };
};

export type RowFilter = 'all' | 'problems' | 'excluded' | 'failed' | 'done';

export const rowMatches = (batch: OpenBatch, index: number, show: RowFilter): boolean => {
  const state = batch.data.rows[index]!;
  switch (show) {
    case 'all':
      return true;
    case 'problems':
      return (
        !state.excluded && state.outcome === 'pending' && Object.keys(batch.problemsOf(index)).length > 0
      );
    case 'excluded':
      return state.excluded;
    case 'failed':
      return !state.excluded && state.outcome === 'failed';
    case 'done':
      return isSettled(state.outcome);
  }
};
