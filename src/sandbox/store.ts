import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { sandboxStateSchema, type SandboxState } from './state';

/** Where the sandbox keeps its state between runs: a JSON file (atomic writes) or nowhere (in-memory). */
export interface StateStore {
  /** The stored state, or null when there is none (or it was corrupt and has been set aside). */
  load(): SandboxState | null;
  /** Writes the state when it differs from what was last loaded or written. */
  persist(state: SandboxState): void;
}

export const memoryStore = (): StateStore => ({ load: () => null, persist: () => undefined });

export function fileStore(file: string, log: (line: string) => void): StateStore {
  let lastWritten: string | null = null;
  return {
    load() {
      const loaded = readStateFile(file, log);
      lastWritten = loaded === null ? null : JSON.stringify(loaded);
      return loaded;
    },
    persist(state) {
      const json = JSON.stringify(state);
      if (json === lastWritten) return;
      writeFileAtomic(file, json);
      lastWritten = json;
    },
  };
}

function readStateFile(file: string, log: (line: string) => void): SandboxState | null {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let problem: string;
  try {
    const parsed = sandboxStateSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
    problem = 'it does not match the state schema';
  } catch {
    problem = 'it is not valid JSON';
  }
  const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  fs.renameSync(file, aside);
  log(`sandbox: state file ${file} was set aside as ${aside} because ${problem}; starting empty`);
  return null;
}

/** Write to a temporary file beside the target, fsync it, then rename it over the target. */
export function writeFileAtomic(file: string, contents: string): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.tmp-${process.pid}-${randomUUID().slice(0, 8)}`);
  const fd = fs.openSync(temp, 'w', 0o600);
  try {
    fs.writeSync(fd, contents);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  syncDirectory(dir);
}

function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Not every platform can fsync a directory (Windows); the rename is still atomic there.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
