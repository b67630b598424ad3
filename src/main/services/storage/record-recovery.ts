import { randomBytes } from 'node:crypto';
import { mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  readJsonFile,
  storageError,
  syncDirectory,
  writeFileAtomic,
  type ReadJsonResult,
} from './atomic-file';
import { reportStorageNotice } from './storage-notices';

/** A damaged file that was moved out of the way. Reported to the user; its content is kept for inspection. */
export interface StorageProblem {
  /** The file's name in the store folder, e.g. `3f2a….json` or `3f2a….json.bak`. */
  file: string;
  /** Why it was set aside, in words (never quoting the content). */
  reason: string;
  /** Where it now is, relative to the store folder, e.g. `corrupt/3f2a….json.2025-01-31T10-00-00-000Z-ab12`. */
  setAsideAs: string;
  /** true when the record was brought back from its previous good copy (only the latest change is lost). */
  restoredFromBackup: boolean;
  detectedAt: string;
}

const corruptFolderName = 'corrupt';

/**
 * Loads `<file>` from `dir`, falling back to `<file>.bak`:
 * - main file good: use it (the backup is not even read);
 * - main file damaged: set it aside and report it; then try the backup;
 * - main file missing, backup good: a crash between the two renames of a write; restore silently (the write
 *   that was under way never completed, so nothing acknowledged is lost);
 * - backup good: rewrite the main file from it; backup damaged: set it aside too.
 */
export async function loadRecord<T>(
  where: { dir: string; file: string },
  schema: z.ZodType<T>,
  belongs: (value: T) => boolean,
): Promise<{ value: T | undefined; problems: StorageProblem[] }> {
  const { dir, file } = where;
  const mainPath = join(dir, file);
  const problems: StorageProblem[] = [];

  const main = await readRecordFile(mainPath, schema, belongs);
  if (main.status === 'ok') return { value: main.value, problems };
  const mainSetAside = main.status === 'corrupt' ? await setAside(dir, file, main.reason) : undefined;

  const backup = await readRecordFile(`${mainPath}.bak`, schema, belongs);
  if (backup.status === 'ok') {
    await writeFileAtomic(mainPath, JSON.stringify(backup.value));
    if (mainSetAside) problems.push({ ...mainSetAside, restoredFromBackup: true });
    return { value: backup.value, problems: report(dir, problems) };
  }
  if (mainSetAside) problems.push({ ...mainSetAside, restoredFromBackup: false });
  if (backup.status === 'corrupt') {
    problems.push({ ...(await setAside(dir, `${file}.bak`, backup.reason)), restoredFromBackup: false });
  }
  return { value: undefined, problems: report(dir, problems) };
}

/** Every problem also goes to the app's storage notices (on screen and in the log). */
function report(dir: string, problems: StorageProblem[]): StorageProblem[] {
  for (const problem of problems) {
    reportStorageNotice({
      path: join(dir, problem.file),
      reason: problem.reason,
      outcome: problem.restoredFromBackup ? 'restored-from-backup' : 'reset',
      setAsideAs: join(dir, problem.setAsideAs),
    });
  }
  return problems;
}

async function readRecordFile<T>(
  path: string,
  schema: z.ZodType<T>,
  belongs: (value: T) => boolean,
): Promise<ReadJsonResult<T>> {
  const result = await readJsonFile(path, schema);
  if (result.status === 'ok' && !belongs(result.value)) {
    return { status: 'corrupt', reason: 'the id inside the file does not match the file name' };
  }
  return result;
}

/** Moves a damaged file into `corrupt/` under a unique name. */
async function setAside(
  dir: string,
  file: string,
  reason: string,
): Promise<Omit<StorageProblem, 'restoredFromBackup'>> {
  const detectedAt = new Date().toISOString();
  const stamp = `${detectedAt.replace(/[:.]/g, '-')}-${randomBytes(2).toString('hex')}`;
  const setAsideAs = `${corruptFolderName}/${file}.${stamp}`;
  try {
    await mkdir(join(dir, corruptFolderName), { recursive: true, mode: 0o700 });
    await rename(join(dir, file), join(dir, setAsideAs));
  } catch (error) {
    throw storageError(`Could not set the damaged file ${file} aside`, error);
  }
  await syncDirectory(join(dir, corruptFolderName));
  await syncDirectory(dir);
  return { file, reason, setAsideAs, detectedAt };
}
