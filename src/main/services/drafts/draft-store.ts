import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { createKeyedSerializer } from '../storage/keyed-serializer';
import { openRecordDir, type StorageProblem } from '../storage/record-dir';
import { validationError } from '../storage/zod-fields';
import {
  draftFileSchema,
  draftFormatVersion,
  draftInputSchema,
  newestFirst,
  summaryOf,
  type Draft,
  type DraftSaveInput,
  type DraftSummary,
} from './draft-schema';

export interface DraftStore<T> {
  /** Validates, then writes atomically. Rejects with AppError 'validation' (nothing written) or 'conflict'. */
  save(input: DraftSaveInput<T>): Promise<Draft<T>>;
  /** Reads the draft from disk. Rejects with AppError 'not-found'. */
  get(id: string): Promise<Draft<T>>;
  /** Every draft without its data, newest first, from the in-memory index. */
  list(): DraftSummary[];
  /** Deletes the draft and its backup. Rejects with AppError 'not-found'. */
  remove(id: string): Promise<void>;
  /** Damaged files set aside since the store was opened (at open, or found later by get). */
  problems(): StorageProblem[];
  /** Resolves when every save and remove started so far has settled (call before the app quits). */
  whenIdle(): Promise<void>;
}

export interface OpenDraftStoreOptions<T> {
  /** The folder that holds one `<id>.json` per draft. Created if missing. */
  dir: string;
  /** The shape of a draft's data. It must describe plain JSON (no Date, no transforms to non-JSON values). */
  dataSchema: z.ZodType<T>;
  now?: () => Date;
  /** Sees each draft read at open (so a caller can index more of its data without reading every file again). */
  onOpen?: (draft: Draft<T>) => void;
}

/** Opens the draft folder: reads every draft once to build the index and set damaged files aside. */
export async function openDraftStore<T>(options: OpenDraftStoreOptions<T>): Promise<DraftStore<T>> {
  const inputSchema = draftInputSchema(options.dataSchema);
  const now = options.now ?? (() => new Date());
  const { recordDir, records } = await openRecordDir({
    dir: options.dir,
    schema: draftFileSchema(options.dataSchema),
    idOf: (file) => file.draft.id,
  });
  const index = new Map<string, DraftSummary>();
  for (const [id, file] of records) {
    index.set(id, summaryOf(file.draft));
    options.onOpen?.(file.draft);
  }
  records.clear();
  let sorted: DraftSummary[] | undefined;
  const serializer = createKeyedSerializer();

  const notFound = (id: string) => new AppError({ kind: 'not-found', message: `There is no draft ${id}.` });

  async function save(input: DraftSaveInput<T>): Promise<Draft<T>> {
    const parsed = inputSchema.safeParse(input);
    if (!parsed.success) throw validationError('The draft was not saved', parsed.error);
    const { expectedRevision, data, ...fields } = parsed.data;
    const id = fields.id ?? randomUUID();
    return serializer.run(id, async () => {
      const existing = index.get(id);
      const storedRevision = existing?.revision ?? 0;
      if (expectedRevision !== undefined && expectedRevision !== storedRevision) {
        throw new AppError({
          kind: 'conflict',
          message: `This draft was changed elsewhere (it is at revision ${storedRevision}, this copy is from revision ${expectedRevision}). Reopen it to continue.`,
        });
      }
      const timestamp = now().toISOString();
      const draft: Draft<T> = {
        id,
        kind: fields.kind,
        title: fields.title,
        revision: storedRevision + 1,
        createdAt: existing?.createdAt ?? timestamp,
        updatedAt: timestamp,
        data,
      };
      if (fields.accountId !== undefined) draft.accountId = fields.accountId;
      const written = await recordDir.write(id, { version: draftFormatVersion, draft });
      index.set(id, summaryOf(written.draft));
      sorted = undefined;
      return written.draft;
    });
  }

  async function get(id: string): Promise<Draft<T>> {
    return serializer.run(id, async () => {
      // Only ids already in the index reach the file system.
      const file = index.has(id) ? await recordDir.read(id) : undefined;
      if (file === undefined) {
        if (index.delete(id)) sorted = undefined;
        throw notFound(id);
      }
      // A damaged file may have been replaced by its backup, an older revision: the index follows the disk.
      if (index.get(id)?.revision !== file.draft.revision) {
        index.set(id, summaryOf(file.draft));
        sorted = undefined;
      }
      return file.draft;
    });
  }

  async function remove(id: string): Promise<void> {
    await serializer.run(id, async () => {
      if (!index.has(id)) throw notFound(id);
      await recordDir.remove(id);
      index.delete(id);
      sorted = undefined;
    });
  }

  function list(): DraftSummary[] {
    sorted ??= [...index.values()].sort(newestFirst);
    return sorted.slice();
  }

  return { save, get, list, remove, problems: () => recordDir.problems(), whenIdle: () => serializer.idle() };
}
