import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { readJsonFileSync, storageError, type ReadJsonResult } from './atomic-file';

export type BackedUpReadResult<T> = ReadJsonResult<T> & {
  /** true when the value came from `<path>.bak`. */
  usedBackup: boolean;
  /** Set when `<path>` was damaged: it was moved into `corrupt/` beside it (report this to the user). */
  setAside?: { reason: string; setAsideAs: string };
};

/**
 * Reads a single file written with writeFileAtomic(..., { keepBackup: true }), outside a record folder (e.g. a
 * settings or vault file). When `<path>` is missing (a crash between the two renames of a write) or damaged, the
 * previous good copy `<path>.bak` is used. A damaged `<path>` is first moved to `corrupt/<name>.<stamp>`, so that
 * the next write cannot rotate it into `.bak` over the good copy. Synchronous: meant for start-up.
 */
export function readBackedUpJsonFileSync<T>(path: string, schema: z.ZodType<T>): BackedUpReadResult<T> {
  const main = readJsonFileSync(path, schema);
  if (main.status === 'ok') return { ...main, usedBackup: false };
  const setAside = main.status === 'corrupt' ? { setAside: setAsideSync(path, main.reason) } : {};
  const backup = readJsonFileSync(`${path}.bak`, schema);
  if (backup.status === 'ok') return { ...backup, usedBackup: true, ...setAside };
  return { ...(main.status === 'missing' ? backup : main), usedBackup: false, ...setAside };
}

function setAsideSync(path: string, reason: string): { reason: string; setAsideAs: string } {
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
