import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { BatchSummary } from '../../shared/contract/batch';
import type { SmsNumbers } from '../../shared/contract/sms';
import { keys } from './query-client';

/**
 * Server state that main pushes (events) and the screens also ask for (calls, fetches) can arrive out of order: a
 * fetch started before the last event may land after it, and would put back what was true before, with no later
 * event to correct it (a finished batch shown "3 being sent", a requested number shown as none). Each such entity
 * says which of two copies is newer, and every write of it goes through `put` or `fetchKeepingNewer`.
 */
export interface Newer<T> {
  key: (value: T) => QueryKey;
  /** Whether `held` is a newer copy of the same thing than `next`. */
  isNewer: (held: T, next: T) => boolean;
}

const newerOf = <T>(rule: Newer<T>, held: T | null | undefined, next: T): T =>
  held !== null && held !== undefined && rule.isNewer(held, next) ? held : next;

/** Puts `next` where the screens read it, unless they already hold a newer copy; answers what they hold. */
export const put = <T>(queries: QueryClient, rule: Newer<T>, next: T): T =>
  queries.setQueryData<T | null>(rule.key(next), (held) => newerOf(rule, held, next)) ?? next;

/** A query function answering the newer of what it read and what the screens hold once the answer is in. */
export const fetchKeepingNewer =
  <T>(queries: QueryClient, rule: Newer<T>, key: QueryKey, fetch: () => Promise<T>) =>
  async (): Promise<T> => {
    const read = await fetch();
    // What is held once the answer is in (an event may have landed meanwhile), not before asking.
    return newerOf(rule, queries.getQueryData<T | null>(key), read);
  };

const summaryIsNewer = (held: BatchSummary, next: BatchSummary) => held.id === next.id && held.seq > next.seq;

/** A batch's summary: by its change count. */
export const batchSummaries = (env: string): Newer<BatchSummary> => ({
  key: (s) => keys.batch(env, s.id),
  isNewer: summaryIsNewer,
});

/** Of two copies of a batch's summary held elsewhere (row pages, the list), the newer. */
export const newerSummary = (held: BatchSummary, next: BatchSummary): BatchSummary =>
  summaryIsNewer(held, next) ? held : next;

/** An account's numbers: by when they were read from Updox. */
export const accountNumbers = (env: string): Newer<SmsNumbers> => ({
  key: (n) => keys.numbers(env, n.accountId),
  isNewer: (held, next) => held.accountId === next.accountId && held.checkedAt > next.checkedAt,
});
