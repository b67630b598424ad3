import path from 'node:path';
import { z } from 'zod';
import {
  partnerDraftSchema,
  type PartnerDraft,
  type PartnerDraftValues,
} from '../../../shared/contract/business';
import { writeFileAtomic } from '../storage/atomic-file';
import { readBackedUpJsonFileSync } from '../storage/backed-up-file';

/**
 * What was typed in the Business details form and not saved yet, one draft per environment, each recording the
 * environment it was typed in (partner-drafts.json in the data folder, written atomically, previous copy kept).
 * Writes run one at a time in the order they were asked for, so the last keystroke always wins.
 */
const fileSchema = z.object({
  version: z.literal(1),
  drafts: z.array(partnerDraftSchema),
});
type DraftFile = z.infer<typeof fileSchema>;

export interface PartnerDraftStore {
  /** The draft typed in this environment, or null. */
  get(environmentId: string): PartnerDraft | null;
  save(environmentId: string, values: PartnerDraftValues): Promise<PartnerDraft>;
  /** true when there was one. */
  discard(environmentId: string): Promise<boolean>;
}

export const openPartnerDraftStore = (dataDir: string): PartnerDraftStore => {
  const file = path.join(dataDir, 'partner-drafts.json');
  const read = readBackedUpJsonFileSync(file, fileSchema);
  let current: DraftFile = read.status === 'ok' ? read.value : { version: 1, drafts: [] };
  let queue: Promise<unknown> = Promise.resolve();

  const write = <T>(change: (file: DraftFile) => { next: DraftFile; result: T }): Promise<T> => {
    const run = queue.then(async () => {
      const { next, result } = change(current);
      await writeFileAtomic(file, JSON.stringify(next), { keepBackup: true });
      current = next;
      return result;
    });
    queue = run.catch(() => undefined);
    return run;
  };
  const others = (f: DraftFile, environmentId: string) =>
    f.drafts.filter((d) => d.environmentId !== environmentId);

  return {
    get: (environmentId) => current.drafts.find((d) => d.environmentId === environmentId) ?? null,
    save: (environmentId, values) =>
      write((f) => {
        const draft: PartnerDraft = { environmentId, values, savedAt: new Date().toISOString() };
        return { next: { ...f, drafts: [...others(f, environmentId), draft] }, result: draft };
      }),
    discard: (environmentId) =>
      write((f) => ({
        next: { ...f, drafts: others(f, environmentId) },
        result: f.drafts.some((d) => d.environmentId === environmentId),
      })),
  };
};
