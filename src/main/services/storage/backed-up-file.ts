import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { readJsonFileSync, removeStrayTempFilesSync, storageError, type ReadJsonResult } from './atomic-file';
import { reportStorageNotice } from './storage-notices';

export type BackedUpReadResult<T> = ReadJsonResult<T> & {
  /** true when the value came from `<path>.bak`. */
  usedBackup: boolean;
  /** Set when `<path>` was damaged: it was moved into `corrupt/` beside it (report this to the user). */
  setAside?: { reason: string; setAsideAs: string };
};

export interface BackedUpReadOptions {
  /**
   * The file holds secrets (sealed credentials, passwords): a damaged copy is deleted rather than kept in
   * corrupt/, and a backup that differs from a good main file (an older copy, possibly holding a secret that was
   * cleared since) is overwritten with the main file's content.
   */
  secret?: boolean;
}

/**
 * Reads a single file written with writeFileAtomic(..., { keepBackup: true }), outside a record folder (e.g. a
 * settings or vault file). When `<path>` is missing (a crash between the two renames of a write) or damaged, the
 * previous good copy `<path>.bak` is used. A damaged `<path>` is first moved to `corrupt/<name>.<stamp>`, so that
 * the next write cannot rotate it into `.bak` over the good copy. Stray temp files of earlier writes are deleted
 * first. Every damaged file is reported (storage notices: on screen and in the log). Synchronous: for start-up.
 */
export function readBackedUpJsonFileSync<T>(
  path: string,
  schema: z.ZodType<T>,
  options: BackedUpReadOptions = {},
): BackedUpReadResult<T> {
  removeStrayTempFilesSync(path);
  const main = readJsonFileSync(path, schema);
  if (main.status === 'ok') {
    if (options.secret) resealBackupSync(path);
    return { ...main, usedBackup: false };
  }
  const setAside =
    main.status === 'corrupt' ? { setAside: setAsideSync(path, main.reason, options.secret === true) } : {};
  const backup = readJsonFileSync(`${path}.bak`, schema);
  if (backup.status === 'ok') {
    if (setAside.setAside) notice(path, setAside.setAside, 'restored-from-backup', options.secret === true);
    return { ...backup, usedBackup: true, ...setAside };
  }
  if (backup.status === 'corrupt') {
    const backupAside = setAsideSync(`${path}.bak`, backup.reason, options.secret === true);
    notice(`${path}.bak`, backupAside, 'reset', options.secret === true);
  }
  if (setAside.setAside) notice(path, setAside.setAside, 'reset', options.secret === true);
  return { ...(main.status === 'missing' ? backup : main), usedBackup: false, ...setAside };
}

function notice(
  path: string,
  aside: { reason: string; setAsideAs: string },
  outcome: 'restored-from-backup' | 'reset',
  removed: boolean,
): void {
  reportStorageNotice({
    path,
    reason: aside.reason,
    outcome: removed && outcome === 'reset' ? 'removed' : outcome,
    ...(removed ? {} : { setAsideAs: join(dirname(path), aside.setAsideAs) }),
  });
}

/** A secret file's backup must hold exactly what the main file holds: never an older secret. */
function resealBackupSync(path: string): void {
  const backupPath = `${path}.bak`;
  try {
    const main = readFileSync(path);
    let backup: Buffer | undefined;
    try {
      backup = readFileSync(backupPath);
    } catch {
      backup = undefined;
    }
    if (backup !== undefined && backup.equals(main)) return;
    const temp = join(dirname(path), `.${basename(backupPath)}.${randomBytes(6).toString('hex')}.tmp`);
    writeFileSync(temp, main, { mode: 0o600, flag: 'wx' });
    renameSync(temp, backupPath);
  } catch (error) {
    throw storageError(`Could not refresh the backup of ${basename(path)}`, error);
  }
}

function setAsideSync(path: string, reason: string, remove: boolean): { reason: string; setAsideAs: string } {
  if (remove) {
    // A damaged secret file is of no use to anyone but an attacker: delete it rather than keep a copy.
    try {
      rmSync(path, { force: true });
    } catch (error) {
      throw storageError(`Could not remove the damaged file ${basename(path)}`, error);
    }
    return { reason, setAsideAs: '' };
  }
  const stamp = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(2).toString('hex')}`;
  const setAsideAs = `corrupt/${basename(path)}.${stamp}`;
  try {
    mkdirSync(join(dirname(path), 'corrupt'), { recursive: true, mode: 0o700 });
    renameSync(path, join(dirname(path), setAsideAs));
  } catch (error) {
    throw storageError(`Could not set the damaged file ${basename(path)} aside`, error);
  }
  return { reason, setAsideAs };
}

/**
 * For a JSON file another library owns (settings.json, written by conf / electron-store, which refuse to start
 * on a damaged file): when it is present but empty, not JSON, or not an object, move it into corrupt/ and report
 * it, so the library starts from its defaults and the person is told which file was set aside and where it is.
 * Returns the notice's set-aside path, or null when the file was fine or absent.
 */
export function setAsideUnparsableJsonSync(
  path: string,
  /** The owner's own check of the parsed object: why it cannot be used, or null when it can. */
  problemOf: (value: Record<string, unknown>) => string | null = () => null,
): string | null {
  removeStrayTempFilesSync(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  let reason: string | null = null;
  if (text.trim() === '') reason = 'the file is empty';
  else {
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        reason = 'the content has the wrong shape: not a JSON object';
      } else {
        reason = problemOf(value as Record<string, unknown>);
      }
    } catch {
      reason = 'the file is not valid JSON (truncated or damaged)';
    }
  }
  if (reason === null) return null;
  const aside = setAsideSync(path, reason, false);
  notice(path, aside, 'reset', false);
  return join(dirname(path), aside.setAsideAs);
}
