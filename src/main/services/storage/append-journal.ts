import { open, readFile, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import type { z } from 'zod';
import { storageError } from './atomic-file';

/**
 * An append-only journal of JSON lines. `append` resolves once its line is on the disk (written and fdatasync'd);
 * lines appended while a flush runs go out together in the next one (group commit), so many writers share one
 * fsync. Reading checks every line with zod: a damaged or torn line (a crash mid-write, a truncated disk) is
 * skipped and counted, never fatal.
 */
export interface AppendJournal<L> {
  append(line: L): Promise<void>;
  /** Resolves once every line appended so far is on the disk. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export interface JournalRead<L> {
  lines: L[];
  /** Lines that could not be read (torn, not JSON, wrong shape), by their 1-based number. */
  skipped: number[];
}

/** Reads a journal; a missing file is an empty journal. */
export async function readJournal<L>(path: string, schema: z.ZodType<L>): Promise<JournalRead<L>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT')
      return { lines: [], skipped: [] };
    throw storageError(`Could not read ${basename(path)}`, error);
  }
  const lines: L[] = [];
  const skipped: number[] = [];
  const raw = text.split('\n');
  raw.forEach((line, index) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      skipped.push(index + 1);
      return;
    }
    const parsed = schema.safeParse(json);
    if (parsed.success) lines.push(parsed.data);
    else skipped.push(index + 1);
  });
  return { lines, skipped };
}

/**
 * Opens a journal for appending (created 0600 if missing). A torn last line left by a crash is ended with a line
 * break first, so the next line starts clean.
 */
export async function openAppendJournal<L>(path: string): Promise<AppendJournal<L>> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'a+', 0o600);
    const { size } = await handle.stat();
    if (size > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) await handle.appendFile('\n');
    }
  } catch (error) {
    throw storageError(`Could not open ${basename(path)}`, error);
  }
  let waiting: { text: string; done: () => void; failed: (error: unknown) => void }[] = [];
  let flushing: Promise<void> | null = null;
  let closed = false;

  const flushOnce = async () => {
    const batch = waiting;
    waiting = [];
    try {
      await handle.appendFile(batch.map((w) => w.text).join(''));
      await handle.datasync();
      for (const w of batch) w.done();
    } catch (error) {
      const failure = storageError(`Could not write ${basename(path)}`, error);
      for (const w of batch) w.failed(failure);
    }
  };
  const pump = () => {
    if (flushing) return;
    flushing = (async () => {
      while (waiting.length > 0) await flushOnce();
      flushing = null;
    })();
  };

  return {
    append(line) {
      if (closed) return Promise.reject(storageError(`${basename(path)} is closed`, undefined));
      const text = `${JSON.stringify(line)}\n`;
      return new Promise<void>((done, failed) => {
        waiting.push({ text, done, failed });
        pump();
      });
    },
    async flush() {
      while (flushing) await flushing;
    },
    async close() {
      closed = true;
      while (flushing) await flushing;
      await handle.close();
    },
  };
}
