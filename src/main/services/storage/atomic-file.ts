import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { describeIssues } from './zod-fields';

export interface WriteFileAtomicOptions {
  /** Before the new content replaces `path`, move the current file to `<path>.bak` (the previous good copy). */
  keepBackup?: boolean;
  /** File mode for a newly created file. Default 0o600: drafts and the outbox hold practice data. */
  mode?: number;
  /**
   * The file holds secrets: with keepBackup, `<path>.bak` receives the NEW content (written first), never the
   * previous one, so a cleared or replaced secret leaves no copy behind. The backup still guards against a
   * damaged main file.
   */
  secret?: boolean;
}

/** The outcome of reading a JSON file: the three cases callers must treat differently. */
export type ReadJsonResult<T> =
  { status: 'ok'; value: T } | { status: 'missing' } | { status: 'corrupt'; reason: string };

const renameRetryCodes = new Set(['EPERM', 'EACCES', 'EBUSY']);

/** A temp file's name: hidden, in the same directory (so rename stays on one file system), ends in `.tmp`. */
function tempFileName(fileName: string): string {
  return `.${fileName}.${randomBytes(6).toString('hex')}.tmp`;
}

export function isTempFileName(fileName: string): boolean {
  return fileName.startsWith('.') && fileName.endsWith('.tmp');
}

/**
 * Deletes the temp files a killed process left behind for `path` (and for `<path>.bak`): a temp file is a write
 * that never reached its rename, so the real file already holds the old or the new content. Run when a store
 * opens, before anyone writes. Returns how many were removed.
 */
export function removeStrayTempFilesSync(path: string): number {
  const dir = dirname(path);
  const prefixes = [`.${basename(path)}.`, `.${basename(path)}.bak.`];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!isTempFileName(name) || !prefixes.some((prefix) => name.startsWith(prefix))) continue;
    if (!/^\.[^/]*\.[0-9a-f]{12}\.tmp$/.test(name)) continue;
    rmSync(join(dir, name), { force: true });
    removed += 1;
  }
  return removed;
}

/**
 * Replaces `path` with `data` so that, after a crash or power cut at any instant, the file holds either the old
 * or the new content (with keepBackup, a crash between the two renames leaves only `<path>.bak`, which readers
 * must treat as the file). Steps: write a temp file in the same directory, fsync it, [rename path -> path.bak],
 * rename temp -> path, fsync the directory. Throws AppError kind 'storage'.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: WriteFileAtomicOptions = {},
): Promise<void> {
  if (options.secret && options.keepBackup) {
    await writeFileAtomic(`${path}.bak`, data, { mode: options.mode ?? 0o600 });
    await writeFileAtomic(path, data, { mode: options.mode ?? 0o600 });
    return;
  }
  const dir = dirname(path);
  const tempPath = join(dir, tempFileName(basename(path)));
  try {
    const handle = await open(tempPath, 'wx', options.mode ?? 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.keepBackup) await renameIfPresent(path, `${path}.bak`);
    await renameWithRetry(tempPath, path);
  } catch (error) {
    await rm(tempPath, { force: true }).catch(() => undefined);
    throw storageError(`Could not write ${basename(path)}`, error);
  }
  await syncDirectory(dir);
}

/** Reads and validates a JSON file. Only an unreadable file (permissions, I/O error) throws (AppError 'storage'). */
export async function readJsonFile<T>(path: string, schema: z.ZodType<T>): Promise<ReadJsonResult<T>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { status: 'missing' };
    throw storageError(`Could not read ${basename(path)}`, error);
  }
  return parseJsonText(text, schema);
}

/**
 * readJsonFile without the thread pool: several times faster for thousands of small files (opening a store),
 * at the price of blocking; callers read in small batches and yield between them.
 */
export function readJsonFileSync<T>(path: string, schema: z.ZodType<T>): ReadJsonResult<T> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { status: 'missing' };
    throw storageError(`Could not read ${basename(path)}`, error);
  }
  return parseJsonText(text, schema);
}

/** The content checks of readJsonFile, for text already in hand. */
export function parseJsonText<T>(
  text: string,
  schema: z.ZodType<T>,
): Exclude<ReadJsonResult<T>, { status: 'missing' }> {
  if (text.trim() === '') return { status: 'corrupt', reason: 'the file is empty' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // The parser's own message quotes the file's content, which may be practice data: keep it out.
    return { status: 'corrupt', reason: 'the file is not valid JSON (truncated or damaged)' };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    return {
      status: 'corrupt',
      reason: `the content has the wrong shape: ${describeIssues(parsed.error, 3)}`,
    };
  }
  return { status: 'ok', value: parsed.data };
}

/** fsync a directory so a rename or unlink in it is durable. Not possible on Windows, where it is skipped. */
export async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    // Some file systems refuse fsync on a directory; the rename itself already happened.
    if (!['EINVAL', 'EPERM', 'EISDIR', 'ENOTSUP'].includes(errorCode(error) ?? '')) {
      throw storageError(`Could not sync the folder ${basename(dir)}`, error);
    }
  }
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

export function storageError(message: string, cause: unknown): AppError {
  if (cause instanceof AppError) return cause;
  const code = errorCode(cause);
  return new AppError(
    { kind: 'storage', message: code ? `${message} (${code}).` : `${message}.` },
    { cause },
  );
}

async function renameIfPresent(from: string, to: string): Promise<void> {
  try {
    await renameWithRetry(from, to);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

/** On Windows a virus scanner or indexer may hold the target open for a moment: retry briefly there. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const retry =
        process.platform === 'win32' && renameRetryCodes.has(errorCode(error) ?? '') && attempt < 5;
      if (!retry) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * (attempt + 1)));
    }
  }
}

/** Deletes every stray temp file (a write a killed process never renamed) directly in `dir`. For cache folders. */
export function removeStrayTempFilesInDirSync(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (isTempFileName(name) && /\.[0-9a-f]{12}\.tmp$/.test(name)) rmSync(join(dir, name), { force: true });
  }
}
