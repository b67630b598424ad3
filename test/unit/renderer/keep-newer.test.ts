import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { BatchSummary } from '../../../src/shared/contract/batch';
import type { SmsLocationStatus, SmsNumbers } from '../../../src/shared/contract/sms';
import { accountNumbers, batchSummaries, fetchKeepingNewer, put } from '../../../src/renderer/api/keep-newer';
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
      queryFn: fetchKeepingNewer(queries, batchSummaries('sandbox'), key, () => read),
    });
    // The batch finishes, and its event lands while the fetch (which read "3 being sent") is still on its way.
    put(queries, batchSummaries('sandbox'), summary(12, 'finished', 0, 3));
    answer(summary(7, 'running', 3, 0));
    await fetching;
    expect(queries.getQueryData<BatchSummary>(key)).toMatchObject({ seq: 12, state: 'finished' });
  });

  it('takes a newer summary from a call or an event, and ignores an older one', () => {
    const queries = new QueryClient();
    const key = keys.batch('sandbox', 'b1');
    put(queries, batchSummaries('sandbox'), summary(5, 'running', 3, 0));
    put(queries, batchSummaries('sandbox'), summary(9, 'finished', 0, 3));
    put(queries, batchSummaries('sandbox'), summary(6, 'running', 2, 1));
    expect(queries.getQueryData<BatchSummary>(key)).toMatchObject({ seq: 9, state: 'finished' });
  });

  it("an account's numbers: a read that started before a number was requested does not put back 'No Number'", async () => {
    const queries = new QueryClient();
    const rule = accountNumbers('sandbox');
    const numbers = (checkedAt: string, status: SmsLocationStatus): SmsNumbers => ({
      accountId: 'sunrise',
      accountName: 'Sunrise Family Clinic',
      accountPhone: '4065550120',
      readiness: { complete: true, summary: 'Complete.' },
      smsEnabled: true,
      checkedAt,
      locations: [
        {
          locationId: 1,
          locationName: 'Default Location',
          locationCode: 'def',
          isDefault: true,
          number: null,
          numberType: null,
          status,
          statusDate: null,
          ageMs: null,
          stale: false,
          timeline: [],
        },
      ],
    });
    const key = keys.numbers('sandbox', 'sunrise');
    let answer: (n: SmsNumbers) => void = () => undefined;
    const read = new Promise<SmsNumbers>((resolve) => (answer = resolve));
    const fetching = queries.fetchQuery({
      queryKey: key,
      queryFn: fetchKeepingNewer(queries, rule, key, () => read),
    });
    // The send that requested the number answers with the numbers as they are now.
    put(queries, rule, numbers('2026-12-03T09:00:05.000Z', 'pending'));
    answer(numbers('2026-12-03T09:00:01.000Z', 'none'));
    await fetching;
    expect(queries.getQueryData<SmsNumbers>(key)?.locations[0]?.status).toBe('pending');
    // A later read wins.
    put(queries, rule, numbers('2026-12-03T09:01:00.000Z', 'approved'));
    expect(queries.getQueryData<SmsNumbers>(key)?.locations[0]?.status).toBe('approved');
  });
});
