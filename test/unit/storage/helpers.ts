import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { AppError } from '../../../src/shared/errors';

const created: string[] = [];

afterEach(async () => {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh folder under the OS temp dir, deleted after the test. */
export async function makeTempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'onboarding-desk-storage-'));
  created.push(dir);
  return dir;
}

/** The AppError a promise (or function) rejects with; fails the test if it resolves or throws something else. */
export async function appErrorOf(work: Promise<unknown> | (() => unknown)): Promise<AppError> {
  try {
    await (typeof work === 'function' ? work() : work);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected an AppError, but the call succeeded');
}

/** File names in a folder, sorted (empty if the folder does not exist). */
export async function filesIn(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch {
    return [];
  }
}

/** A clock that moves one second per call, so timestamps are distinct and ordered. */
export function steppingClock(start = Date.UTC(2025, 0, 1, 9, 0, 0)): () => Date {
  let next = start;
  return () => {
    const now = new Date(next);
    next += 1_000;
    return now;
  };
}
