import { open, readFile, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import type { z } from 'zod';
import { storageError } from './atomic-file';

/**
 * An append-only journal of JSON lines. Each line is written (in order) before `append` resolves, so a killed
 * process loses nothing appended; a `durable` line also waits for fdatasync, which covers every line before it
 * (the syncs of concurrent writers are shared), so a power cut cannot lose it. Reading checks every line with zod:
 * a damaged or torn line (a crash mid-write, a truncated disk) is skipped and counted, never fatal.
 */
export interface AppendJournal<L> {
  append(line: L, options?: { durable?: boolean }): Promise<void>;
  /** Resolves once every line appended so far is on the disk (written and synced). */
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
  /** Lines waiting for the write under way: written together next (one write for many writers). */
  let waiting: { seq: number; text: string; done: () => void; failed: (error: unknown) => void }[] = [];
  let writing: Promise<void> | null = null;
  let writtenSeq = 0;
  let nextSeq = 0;
  let syncedSeq = 0;
  let syncing: Promise<void> | null = null;
  let closed = false;
  const failure = (error: unknown) => storageError(`Could not write ${basename(path)}`, error);

  /** One fdatasync at a time; each covers every line written before it began. */
  const syncUpTo = async (seq: number): Promise<void> => {
    while (syncedSeq < seq) {
      if (syncing) {
        await syncing;
        continue;
      }
      const upTo = writtenSeq;
      syncing = handle
        .datasync()
        .then(() => {
          syncedSeq = Math.max(syncedSeq, upTo);
        })
        .catch((error: unknown) => {
          throw failure(error);
        })
        .finally(() => {
          syncing = null;
        });
      await syncing;
    }
  };

  const writeAll = async () => {
    while (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      try {
        await handle.appendFile(batch.map((w) => w.text).join(''));
        writtenSeq = batch.at(-1)!.seq;
        for (const w of batch) w.done();
      } catch (error) {
        for (const w of batch) w.failed(failure(error));
      }
    }
    writing = null;
  };

  return {
    async append(line, options) {
      if (closed) throw storageError(`${basename(path)} is closed`, undefined);
      const seq = ++nextSeq;
      await new Promise<void>((done, failed) => {
        waiting.push({ seq, text: `${JSON.stringify(line)}\n`, done, failed });
        writing ??= writeAll();
      });
      if (options?.durable) await syncUpTo(seq);
    },
    async flush() {
      while (writing) await writing;
      await syncUpTo(writtenSeq);
    },
    async close() {
      closed = true;
      while (writing) await writing;
      await syncUpTo(writtenSeq).catch(() => undefined);
      await handle.close();
    },
  };
}
