import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { BatchSummary } from '../../../src/shared/contract/batch';
import { fetchSummaryKeepingNewer, putSummary } from '../../../src/renderer/api/batch-summary';
import { keys } from '../../../src/renderer/api/query-client';

const summary = (
  seq: number,
  state: BatchSummary['state'],
  sending: number,
  created: number,
): BatchSummary => ({
  id: 'b1',
  kind: 'practices',
  environmentId: 'sandbox',
  files: ['practices.csv'],
  mode: 'create',
  state,
  concurrency: 4,
  counts: {
    rows: 3,
    excluded: 0,
    withProblems: 0,
    pending: 0,
    sending,
    created,
    updated: 0,
    skipped: 0,
    failed: 0,
  },
  etaMs: null,
  note: null,
  createdAt: '2026-12-03T08:00:00.000Z',
  updatedAt: '2026-12-03T08:00:00.000Z',
  seq,
});

describe('a batch summary on screen', () => {
  it('is not taken back by a fetch that read the batch before its last event', async () => {
    const queries = new QueryClient();
    const key = keys.batch('sandbox', 'b1');
    let answer: (s: BatchSummary) => void = () => undefined;
    const read = new Promise<BatchSummary>((resolve) => (answer = resolve));
    const fetching = queries.fetchQuery({
      queryKey: key,
      queryFn: fetchSummaryKeepingNewer(queries, 'sandbox', 'b1', () => read),
    });
    // The batch finishes, and its event lands while the fetch (which read "3 being sent") is still on its way.
    putSummary(queries, 'sandbox', summary(12, 'finished', 0, 3));
    answer(summary(7, 'running', 3, 0));
    await fetching;
    expect(queries.getQueryData<BatchSummary>(key)).toMatchObject({ seq: 12, state: 'finished' });
  });

  it('takes a newer summary from a call or an event, and ignores an older one', () => {
    const queries = new QueryClient();
    const key = keys.batch('sandbox', 'b1');
    putSummary(queries, 'sandbox', summary(5, 'running', 3, 0));
    putSummary(queries, 'sandbox', summary(9, 'finished', 0, 3));
    putSummary(queries, 'sandbox', summary(6, 'running', 2, 1));
    expect(queries.getQueryData<BatchSummary>(key)).toMatchObject({ seq: 9, state: 'finished' });
  });
});
