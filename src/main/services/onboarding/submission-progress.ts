import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { createKeyedSerializer } from '../storage/keyed-serializer';
import { openRecordDir } from '../storage/record-dir';

/**
 * The row-level part of the submission journal: what each location and each user of an outbox item did, in
 * <dataDir>/onboarding/progress/<itemId>.json, written (atomically, previous copy kept) the moment Updox answers for
 * a row. A retry, or the replay after a restart, sends only the rows not saved yet; the results are shown again
 * after a restart. A row counts as saved only while its fingerprint (a hash of what was sent) still matches, so a
 * row changed in the draft afterwards is sent again.
 */
export const rowProgressSchema = z.object({
  key: z.string().min(1).max(40),
  label: z.string().max(1_200),
  success: z.boolean(),
  message: z.string().max(4_000),
  fingerprint: z.string().max(64),
});
export type RowProgress = z.infer<typeof rowProgressSchema>;

const fileSchema = z.object({
  version: z.literal(1),
  id: z.string(),
  locations: z.array(rowProgressSchema).max(1_000),
  users: z.array(rowProgressSchema).max(1_000),
});

export interface ItemProgress {
  locations: RowProgress[];
  users: RowProgress[];
}

export type ProgressStep = keyof ItemProgress;

export interface SubmissionProgress {
  get(id: string): ItemProgress;
  /** Records the outcome of rows of one step (replacing earlier outcomes of the same keys); on disk on resolve. */
  record(id: string, step: ProgressStep, rows: readonly RowProgress[]): Promise<ItemProgress>;
  /** The rows of `step` saved with exactly this fingerprint (they need not be sent again). */
  savedKeys(id: string, step: ProgressStep): Map<string, string>;
  /** Starts item `to` with the outcomes of item `from` (a fixed draft submitted again). */
  carryOver(from: string, to: string): Promise<void>;
  remove(id: string): Promise<void>;
  /** The items with a journal of their rows. */
  ids(): string[];
}

/** A short, stable hash of what a row sends (no secret goes into it). */
export const fingerprintOf = (value: unknown): string =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);

const empty = (): ItemProgress => ({ locations: [], users: [] });

export const openSubmissionProgress = async (dataDir: string): Promise<SubmissionProgress> => {
  const { recordDir, records } = await openRecordDir({
    dir: path.join(dataDir, 'onboarding', 'progress'),
    schema: fileSchema,
    idOf: (file) => file.id,
  });
  const items = new Map<string, ItemProgress>();
  for (const [id, file] of records) items.set(id, { locations: file.locations, users: file.users });
  const serializer = createKeyedSerializer();

  const write = async (id: string, next: ItemProgress) => {
    await recordDir.write(id, { version: 1, id, ...next });
    items.set(id, next);
    return structuredClone(next);
  };

  return {
    get: (id) => structuredClone(items.get(id) ?? empty()),
    record: (id, step, rows) =>
      serializer.run(id, () => {
        const current = items.get(id) ?? empty();
        const keys = new Set(rows.map((r) => r.key));
        const merged = [...current[step].filter((r) => !keys.has(r.key)), ...rows];
        return write(id, { ...current, [step]: merged });
      }),
    savedKeys(id, step) {
      const rows = (items.get(id) ?? empty())[step].filter((r) => r.success);
      return new Map(rows.map((r) => [r.key, r.fingerprint]));
    },
    carryOver: (from, to) =>
      serializer.run(to, async () => {
        const source = items.get(from);
        if (source) await write(to, structuredClone(source));
      }),
    remove: (id) =>
      serializer.run(id, async () => {
        items.delete(id);
        await recordDir.remove(id);
      }),
    ids: () => [...items.keys()],
  };
};
