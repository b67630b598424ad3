import type { SmsPollStatus } from '../../../shared/contract/sms';
import { formatWhen } from '../../components/format-when';

/** "in less than a minute", "in about 13 minutes", "in about 2 hours". */
export const inAbout = (ms: number): string => {
  if (ms <= 60_000) return 'in less than a minute';
  const minutes = Math.ceil(ms / 60_000);
  if (minutes < 60) return `in about ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  return `in about ${hours} hour${hours === 1 ? '' : 's'}`;
};

/** "about every 15 minutes", "every few seconds" (the sandbox's quick setting). */
export const cadenceWords = (intervalMs: number): string => {
  if (intervalMs < 60_000) return 'every few seconds';
  const minutes = Math.round(intervalMs / 60_000);
  return minutes < 60
    ? `about every ${minutes} minute${minutes === 1 ? '' : 's'}`
    : `about every ${Math.round(minutes / 60)} hours`;
};

const later = (a: string | null | undefined, b: string | null | undefined): string | undefined => {
  if (!a) return b ?? undefined;
  if (!b) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
};

/**
 * When Updox was last asked about this account's numbers and when it will be asked again:
 * "Checked 2 minutes ago · next check in about 13 minutes". Without a waiting number nothing is checked on its own.
 */
export const checkScheduleWords = (input: {
  checkedAt: string | undefined;
  poll: SmsPollStatus | null;
  waiting: boolean;
  now?: number;
}): string => {
  const now = input.now ?? Date.now();
  const last = later(input.checkedAt, input.poll?.lastCheckedAt);
  const checked = last ? `Checked ${formatWhen(last, now)}` : 'Not checked yet';
  const poll = input.poll;
  if (!input.waiting || !poll) return checked;
  if (!poll.nextCheckAt) return `${checked} · checks ${cadenceWords(poll.intervalMs)} while a number waits`;
  const next = inAbout(Date.parse(poll.nextCheckAt) - now);
  return poll.backingOff
    ? `${checked} · Updox could not be reached; next try ${next}`
    : `${checked} · next check ${next}`;
};
