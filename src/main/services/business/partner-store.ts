import path from 'node:path';
import { z } from 'zod';
import { businessDetailsSchema, type PartnerBusinessDetails } from '../../../shared/domain/business-details';
import { writeFileAtomic } from '../storage/atomic-file';
import { readBackedUpJsonFileSync } from '../storage/backed-up-file';

/**
 * The partner's business details, kept per environment (Updox holds them in its Partner Portal and offers no
 * API for them, so this is the app's copy). partner-details.json in the data folder, written atomically.
 */
const fileSchema = z.object({
  version: z.literal(1),
  byEnvironment: z.record(z.string(), z.object({ details: businessDetailsSchema, updatedAt: z.string() })),
});
type PartnerFile = z.infer<typeof fileSchema>;

export interface StoredPartnerDetails {
  details: PartnerBusinessDetails;
  updatedAt: string;
}

export interface PartnerStore {
  get(environmentId: string): StoredPartnerDetails | null;
  save(environmentId: string, details: PartnerBusinessDetails): Promise<StoredPartnerDetails>;
}

export const openPartnerStore = (dataDir: string): PartnerStore => {
  const file = path.join(dataDir, 'partner-details.json');
  const read = readBackedUpJsonFileSync(file, fileSchema);
  let current: PartnerFile = read.status === 'ok' ? read.value : { version: 1, byEnvironment: {} };
  return {
    get: (id) => current.byEnvironment[id] ?? null,
    async save(id, details) {
      const entry = { details: businessDetailsSchema.parse(details), updatedAt: new Date().toISOString() };
      const next: PartnerFile = { ...current, byEnvironment: { ...current.byEnvironment, [id]: entry } };
      await writeFileAtomic(file, JSON.stringify(next), { keepBackup: true });
      current = next;
      return entry;
    },
  };
};
