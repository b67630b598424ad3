import path from 'node:path';
import { z } from 'zod';
import {
  smsLocationStatuses,
  type SmsLocationStatus,
  type SmsTimelineEntry,
} from '../../../shared/contract/sms';
import { writeFileAtomic } from '../storage/atomic-file';
import { readBackedUpJsonFileSync } from '../storage/backed-up-file';
import { isWaiting } from '../../../shared/domain/sms-number-wait';

/**
 * Each SMS number's status changes as this app saw them, per environment, account and location:
 * sms-numbers.json in the data folder. Practice numbers and statuses only: no patient data, no messages.
 */
const MAX_TIMELINE = 30;

const trackedSchema = z.object({
  environmentId: z.string(),
  accountId: z.string(),
  /** The practice's name as last seen (for notices); absent in files written before it was kept. */
  accountName: z.string().optional(),
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
  /** '' when this app never saw the practice's name. */
  accountName: string;
  locationId: number;
  locationName: string;
  number: string | null;
  from: SmsLocationStatus;
  to: SmsLocationStatus;
}

export interface NumberTimelineStore {
  /**
   * Records what Updox said now; answers the status changes since the last observation. `accountName` (from
   * PracticeGet) is kept for notices; a poll, which does not read it, passes undefined and keeps the last one.
   */
  observe(
    environmentId: string,
    accountId: string,
    seen: readonly NumberObservation[],
    accountName?: string,
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
    async observe(environmentId, accountId, seen, accountName) {
      const numbers = { ...current.numbers };
      const knownName =
        accountName ??
        Object.values(numbers).find((n) => n.environmentId === environmentId && n.accountId === accountId)
          ?.accountName ??
        '';
      const transitions: NumberTransition[] = [];
      const seenAt = new Date().toISOString();
      const visit = (o: NumberObservation) => {
        const key = keyOf(environmentId, accountId, o.locationId);
        const before = numbers[key];
        if (!before && o.status === 'none') return;
        // A read that started before a newer one finished must not roll the status back.
        if (before && isOlder(o.statusDate, before.statusDate)) return;
        const names = { locationName: o.locationName, ...(knownName ? { accountName: knownName } : {}) };
        if (before && before.status === o.status && before.number === o.number) {
          if (before.locationName !== o.locationName || (knownName && before.accountName !== knownName))
            numbers[key] = { ...before, ...names };
          return;
        }
        const entry = { status: o.status, since: o.statusDate ?? seenAt, seenAt };
        const timeline = [...(before?.timeline ?? []), entry].slice(-MAX_TIMELINE);
        numbers[key] = {
          ...(before ?? { environmentId, accountId, locationId: o.locationId }),
          ...o,
          ...names,
          timeline,
        };
        if (before && before.status !== o.status) {
          transitions.push({
            environmentId,
            accountId,
            accountName: knownName,
            ...o,
            from: before.status,
            to: o.status,
          });
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
