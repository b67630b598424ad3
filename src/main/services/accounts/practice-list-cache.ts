import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { practiceViewSchema, type PracticeView } from '../../../shared/contract/practice-view';
import { logger } from '../log/logger';
import { readJsonFile, writeFileAtomic, removeStrayTempFilesInDirSync } from '../storage/atomic-file';
import { createKeyedSerializer } from '../storage/keyed-serializer';
import { environmentFileName } from '../storage/environment-file-name';

/**
 * The last PracticeList of each environment, kept on disk so the Accounts list still shows something (with
 * "as of") when Updox cannot be reached. One file per environment under <dataDir>/accounts-cache/, written
 * atomically; a file that is damaged or has the wrong shape reads as "no copy" (and is logged), never as data.
 */
const CACHE_VERSION = 1;

const cacheFileSchema = z.object({
  version: z.literal(CACHE_VERSION),
  environmentId: z.string(),
  fetchedAt: z.string(),
  practices: z.array(practiceViewSchema),
});

export interface CachedPracticeList {
  readonly environmentId: string;
  /** ISO time the list was fetched from Updox. */
  readonly fetchedAt: string;
  readonly practices: readonly PracticeView[];
}

export interface PracticeListCache {
  /** The copy kept for an environment, or null when there is none (or it could not be used). */
  read(environmentId: string): Promise<CachedPracticeList | null>;
  /** Replaces an environment's copy. Writes for one environment never interleave; the last one wins. */
  write(list: CachedPracticeList): Promise<void>;
  /** Settles once every write started so far has finished. */
  idle(): Promise<void>;
}

/** A file name safe on every OS for any environment id (ids are free text in settings). */
export const cacheFileName = (environmentId: string): string =>
  environmentFileName('practices', environmentId);

export const openPracticeListCache = (dataDir: string): PracticeListCache => {
  const dir = path.join(dataDir, 'accounts-cache');
  removeStrayTempFilesInDirSync(dir);
  const writes = createKeyedSerializer();
  /** What this process last wrote per environment (saves reading it back). */
  const known = new Map<string, CachedPracticeList>();
  const fileOf = (environmentId: string) => path.join(dir, cacheFileName(environmentId));

  return {
    async read(environmentId) {
      await writes.idle();
      const held = known.get(environmentId);
      if (held) return held;
      const result = await readJsonFile(fileOf(environmentId), cacheFileSchema);
      if (result.status === 'corrupt') {
        logger.warn('accounts.cache-unusable', { environmentId, reason: result.reason });
        return null;
      }
      if (result.status === 'missing' || result.value.environmentId !== environmentId) return null;
      return { environmentId, fetchedAt: result.value.fetchedAt, practices: result.value.practices };
    },
    write(list) {
      return writes.run(list.environmentId, async () => {
        const body = JSON.stringify({
          version: CACHE_VERSION,
          environmentId: list.environmentId,
          fetchedAt: list.fetchedAt,
          practices: list.practices,
        });
        await mkdir(dir, { recursive: true, mode: 0o700 });
        await writeFileAtomic(fileOf(list.environmentId), body);
        known.set(list.environmentId, list);
      });
    },
    idle: () => writes.idle(),
  };
};
