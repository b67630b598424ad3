import path from 'node:path';
import { z } from 'zod';
import { smsHistoryEntrySchema, type SmsHistoryEntry } from '../../../shared/contract/sms';
import { writeFileAtomic } from '../storage/atomic-file';
import { readBackedUpJsonFileSync } from '../storage/backed-up-file';

/**
 * The local record of sends: sms-history.json in the data folder. Time, account, location, the recipient's last
 * four digits and the outcome; the schema has no field that could hold a message or a whole number.
 */
const MAX_ENTRIES = 500;
const fileSchema = z.object({ version: z.literal(1), entries: z.array(smsHistoryEntrySchema) });

export interface SendHistory {
  record(entry: SmsHistoryEntry): Promise<void>;
  /** An environment's latest sends, newest first (never another environment's). */
  recent(environmentId: string, limit: number, accountId?: string): SmsHistoryEntry[];
  /** The accounts of an environment with a text sent (outcome 'sent') among the entries kept. */
  sentFrom(environmentId: string): Set<string>;
}

export const openSendHistory = (dataDir: string): SendHistory => {
  const file = path.join(dataDir, 'sms-history.json');
  const read = readBackedUpJsonFileSync(file, fileSchema);
  let entries: SmsHistoryEntry[] = read.status === 'ok' ? read.value.entries : [];
  let writing: Promise<void> = Promise.resolve();
  return {
    record(entry) {
      entries = [...entries, smsHistoryEntrySchema.parse(entry)].slice(-MAX_ENTRIES);
      const snapshot = JSON.stringify({ version: 1, entries });
      writing = writing.then(() => writeFileAtomic(file, snapshot, { keepBackup: true }));
      return writing;
    },
    recent: (environmentId, limit, accountId) =>
      entries
        .filter((e) => e.environmentId === environmentId)
        .filter((e) => accountId === undefined || e.accountId === accountId)
        .slice(-limit)
        .reverse(),
    sentFrom: (environmentId) =>
      new Set(
        entries
          .filter((e) => e.environmentId === environmentId && e.outcome === 'sent')
          .map((e) => e.accountId),
      ),
  };
};
