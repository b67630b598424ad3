import type { BatchPreflight } from '../../../shared/contract/batch';
import { diffPractice } from '../../../shared/domain/practice-diff';
import type { UpdoxClient } from '../../updox/client';
import { findPractice } from '../../updox/methods/practice-create';
import type { PracticeDetails } from '../../updox/types';
import { practiceFromDetails } from '../onboarding/submission-payload';
import { asStoredPractice } from '../onboarding/review-draft';
import type { OpenBatch } from './batch-store';
import { isSendable } from './batch-views';

/** Runs `task` over `items`, at most `limit` at a time, answers in the items' order. */
export const mapBounded = async <T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> => {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const at = next++;
      out[at] = await task(items[at]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
};

/**
 * What sending would do, read from Updox before anything is sent: PracticeList once for which accounts exist,
 * then (create or update only) PracticeGet for each existing one, `concurrency` at a time, and the clearing diff
 * of its whole-record save against what Updox holds.
 */
export const preflightBatch = async (
  batch: OpenBatch,
  client: UpdoxClient,
  concurrency: number,
): Promise<BatchPreflight> => {
  // A readiness batch only changes accounts Updox holds (a row for one it does not hold fails, saying so).
  if (batch.data.kind === 'readiness') return { toCreate: 0, existing: [], wouldClear: [] };
  const held = new Set((await client.practiceList()).map((p) => p.accountId));
  const sendable = batch.data.rows.flatMap((_, i) => (isSendable(batch, i) ? [i] : []));
  const existing: BatchPreflight['existing'] = [];
  for (const index of sendable) {
    const check = batch.check(index);
    if (check.ok && check.record && held.has(check.record.practice.accountId))
      existing.push({ index, accountId: check.record.practice.accountId });
  }
  const wouldClear: BatchPreflight['wouldClear'] = [];
  if (batch.data.mode === 'save') {
    const current = await mapBounded(existing, concurrency, (e) =>
      findPractice((id) => client.practiceGet(id), e.accountId),
    );
    existing.forEach((e, n) => {
      const now: PracticeDetails | null | undefined = current[n];
      const check = batch.check(e.index);
      if (!now || !check.ok || !check.record) return;
      const cleared = diffPractice(asStoredPractice(practiceFromDetails(now)), check.record.practice)
        .filter((c) => c.change === 'cleared')
        .map((c) => c.label);
      if (cleared.length > 0) wouldClear.push({ ...e, fields: cleared });
    });
  }
  return { toCreate: sendable.length - existing.length, existing, wouldClear };
};
