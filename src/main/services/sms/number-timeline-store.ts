import path from 'node:path';
import { z } from 'zod';
import {
  smsLocationStatuses,
  type SmsLocationStatus,
  type SmsTimelineEntry,
} from '../../../shared/contract/sms';
import { writeFileAtomic } from '../storage/atomic-file';
import { readBackedUpJsonFileSync } from '../storage/backed-up-file';
import { isWaiting } from './number-age';

/**
 * Each SMS number's status changes as this app saw them, per environment, account and location:
 * sms-numbers.json in the data folder. Practice numbers and statuses only: no patient data, no messages.
 */
const MAX_TIMELINE = 30;

const trackedSchema = z.object({
  environmentId: z.string(),
  accountId: z.string(),
  locationId: z.number().int(),
  locationName: z.string(),
  number: z.string().nullable(),
  status: z.enum(smsLocationStatuses),
  statusDate: z.string().nullable().optional(),
  timeline: z.array(z.object({ status: z.enum(smsLocationStatuses), since: z.string(), seenAt: z.string() })),
});
export type TrackedNumber = z.infer<typeof trackedSchema>;

const fileSchema = z.object({ version: z.literal(1), numbers: z.record(z.string(), trackedSchema) });
type TimelineFile = z.infer<typeof fileSchema>;

export interface NumberObservation {
  locationId: number;
  locationName: string;
  number: string | null;
  status: SmsLocationStatus;
  statusDate: string | null;
}

export interface NumberTransition {
  environmentId: string;
  accountId: string;
  locationId: number;
  locationName: string;
  number: string | null;
  from: SmsLocationStatus;
  to: SmsLocationStatus;
}

export interface NumberTimelineStore {
  /** Records what Updox said now; answers the status changes since the last observation. */
  observe(
    environmentId: string,
    accountId: string,
    seen: readonly NumberObservation[],
  ): Promise<NumberTransition[]>;
  timeline(environmentId: string, accountId: string, locationId: number): SmsTimelineEntry[];
  /** Accounts with a number awaiting a number or verification. */
  waitingAccounts(environmentId: string): string[];
  locationName(environmentId: string, accountId: string, locationId: number): string | undefined;
}

const isOlder = (date: string | null, than: string | null | undefined): boolean =>
  date !== null && than !== null && than !== undefined && Date.parse(date) < Date.parse(than);

const keyOf = (environmentId: string, accountId: string, locationId: number) =>
  `${environmentId}|${accountId}|${locationId}`;

export const openNumberTimelineStore = (dataDir: string): NumberTimelineStore => {
  const file = path.join(dataDir, 'sms-numbers.json');
  const read = readBackedUpJsonFileSync(file, fileSchema);
  let current: TimelineFile = read.status === 'ok' ? read.value : { version: 1, numbers: {} };
  let writing: Promise<void> = Promise.resolve();

  const save = (next: TimelineFile): Promise<void> => {
    current = next;
    writing = writing.then(() => writeFileAtomic(file, JSON.stringify(next), { keepBackup: true }));
    return writing;
  };

  return {
    async observe(environmentId, accountId, seen) {
      const numbers = { ...current.numbers };
      const transitions: NumberTransition[] = [];
      const seenAt = new Date().toISOString();
      const visit = (o: NumberObservation) => {
        const key = keyOf(environmentId, accountId, o.locationId);
        const before = numbers[key];
        if (!before && o.status === 'none') return;
        // A read that started before a newer one finished must not roll the status back.
        if (before && isOlder(o.statusDate, before.statusDate)) return;
        if (before && before.status === o.status && before.number === o.number) {
          if (before.locationName !== o.locationName)
            numbers[key] = { ...before, locationName: o.locationName };
          return;
        }
        const entry = { status: o.status, since: o.statusDate ?? seenAt, seenAt };
        const timeline = [...(before?.timeline ?? []), entry].slice(-MAX_TIMELINE);
        numbers[key] = {
          ...(before ?? { environmentId, accountId, locationId: o.locationId }),
          ...o,
          timeline,
        };
        if (before && before.status !== o.status) {
          transitions.push({ environmentId, accountId, ...o, from: before.status, to: o.status });
        }
      };
      seen.forEach(visit);
      const changed = JSON.stringify(numbers) !== JSON.stringify(current.numbers);
      if (changed) await save({ version: 1, numbers });
      return transitions;
    },
    timeline: (environmentId, accountId, locationId) =>
      current.numbers[keyOf(environmentId, accountId, locationId)]?.timeline ?? [],
    waitingAccounts: (environmentId) => [
      ...new Set(
        Object.values(current.numbers)
          .filter((n) => n.environmentId === environmentId && isWaiting(n.status))
          .map((n) => n.accountId),
      ),
    ],
    locationName: (environmentId, accountId, locationId) =>
      current.numbers[keyOf(environmentId, accountId, locationId)]?.locationName,
  };
};
