import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { parseJournal, replay, SMALL_PART_KEYS, type JournalLine, type SmallParts } from './journal';
import {
  emptyState,
  sandboxStateSchema,
  type Account,
  type Location,
  type SandboxState,
  type User,
} from './state';

/** Records a call changed in place (Object.assign on a found record); records appended are seen without this. */
export interface UpdatedRecords {
  accounts: Set<Account>;
  locations: Set<Location>;
  users: Set<User>;
}
export const noUpdatedRecords = (): UpdatedRecords => ({
  accounts: new Set(),
  locations: new Set(),
  users: new Set(),
});

/**
 * Where the sandbox keeps its state between runs, or nowhere (in-memory). The file store is a snapshot
 * (`<file>`, atomic writes) plus an append-only journal (`<file>.journal`): `persist` appends one line with what
 * the call changed before the call is answered, so a killed process loses no answered write, and its cost does not
 * grow with the number of stored practices. The line is flushed to the disk (fdatasync) right after, off the
 * request path and coalesced, so a power cut loses at most the last few milliseconds. The journal is folded into a new snapshot in the background once
 * it outgrows the snapshot, and on close.
 */
export interface StateStore {
  /** The stored state, or null when there is none (or it was corrupt and has been set aside). */
  load(): SandboxState | null;
  /** Makes what changed since the last call durable; clears `updated`. */
  persist(state: SandboxState, updated: UpdatedRecords): void;
  /** Waits for a background compaction, folds the journal into the snapshot, releases the file. */
  close(): Promise<void>;
}

export const memoryStore = (): StateStore => ({
  load: () => null,
  persist: (_state, updated) => clearUpdated(updated),
  close: async () => undefined,
});

const MIN_COMPACT_BYTES = 1024 * 1024;

export function fileStore(
  file: string,
  log: (line: string) => void,
  minCompactBytes = MIN_COMPACT_BYTES,
): StateStore {
  const journalFile = `${file}.journal`;
  const compactingFile = `${file}.journal.old`;
  let fd: number | null = null;
  let journalBytes = 0;
  let snapshotBytes = 0;
  /** The arrays last written (a reset replaces them: then the whole state is written). */
  let arrays: { accounts: Account[]; locations: Location[]; users: User[] } | null = null;
  let counts = { accounts: 0, locations: 0, users: 0 };
  let parts = new Map<keyof SmallParts, string>();
  let compacting: Promise<void> | null = null;
  let compactionFailed = false;
  let latest: SandboxState | null = null;

  const remember = (state: SandboxState) => {
    arrays = { accounts: state.accounts, locations: state.locations, users: state.users };
    counts = {
      accounts: state.accounts.length,
      locations: state.locations.length,
      users: state.users.length,
    };
    parts = new Map(SMALL_PART_KEYS.map((key) => [key, JSON.stringify(state[key])]));
    latest = state;
  };
  const openJournal = () => {
    fs.mkdirSync(path.dirname(journalFile), { recursive: true });
    fd = fs.openSync(journalFile, 'a', 0o600);
    journalBytes = fs.fstatSync(fd).size;
  };
  let syncing = false;
  let unsynced = false;
  /** Flushes the journal to the disk off the request path, coalescing writes (power loss: a few ms at most). */
  const syncSoon = () => {
    unsynced = true;
    if (syncing || fd === null) return;
    syncing = true;
    unsynced = false;
    fs.fdatasync(fd, () => {
      syncing = false;
      if (unsynced) syncSoon();
    });
  };
  const closeJournal = () => {
    if (fd !== null) {
      if (unsynced || syncing) fs.fdatasyncSync(fd);
      fs.closeSync(fd);
    }
    fd = null;
    unsynced = false;
  };

  /** Writes the whole state as the snapshot and empties the journal (start, reset, close). */
  const compactNow = (state: SandboxState) => {
    const json = JSON.stringify(state);
    writeFileAtomic(file, json);
    snapshotBytes = json.length;
    closeJournal();
    fs.rmSync(journalFile, { force: true });
    fs.rmSync(compactingFile, { force: true });
    journalBytes = 0;
    remember(state);
  };

  /** The journal so far becomes `.journal.old`; the snapshot of this moment is written off the request path. */
  const compactInBackground = () => {
    if (compacting || compactionFailed || latest === null) return;
    const json = JSON.stringify(latest);
    closeJournal();
    fs.renameSync(journalFile, compactingFile);
    journalBytes = 0;
    compacting = writeFileAtomicAsync(file, json)
      .then(() => {
        snapshotBytes = json.length;
        return fs.promises.rm(compactingFile, { force: true });
      })
      .catch((error: unknown) => {
        compactionFailed = true; // .journal.old stays and is replayed at the next start
        log(`sandbox: could not compact the state journal: ${errorText(error)}`);
      })
      .finally(() => (compacting = null));
  };

  return {
    load() {
      removeLeftoverTemps(file);
      const snapshot = readStateFile(file, log);
      snapshotBytes = snapshot === null ? 0 : fs.statSync(file).size;
      const lines = [...readJournal(compactingFile, log), ...readJournal(journalFile, log)];
      if (snapshot === null && lines.length === 0) return null;
      const state = replay(snapshot ?? emptyState(), lines);
      if (lines.length > 0 || fs.existsSync(journalFile) || fs.existsSync(compactingFile)) compactNow(state);
      else remember(state);
      return state;
    },
    persist(state, updated) {
      if (
        arrays === null ||
        arrays.accounts !== state.accounts ||
        arrays.locations !== state.locations ||
        arrays.users !== state.users
      ) {
        compactNow(state);
        clearUpdated(updated);
        return;
      }
      const line: JournalLine = {};
      const accounts = changed(state.accounts, counts.accounts, updated.accounts);
      const locations = changed(state.locations, counts.locations, updated.locations);
      const users = changed(state.users, counts.users, updated.users);
      if (accounts.length > 0) line.accounts = accounts;
      if (locations.length > 0) line.locations = locations;
      if (users.length > 0) line.users = users;
      const changedParts: Partial<SmallParts> = {};
      const newParts = new Map<keyof SmallParts, string>();
      for (const key of SMALL_PART_KEYS) {
        const json = JSON.stringify(state[key]);
        if (json !== parts.get(key)) {
          Object.assign(changedParts, { [key]: state[key] });
          newParts.set(key, json);
        }
      }
      if (newParts.size > 0) line.parts = changedParts;
      latest = state;
      if (Object.keys(line).length === 0) return;
      if (fd === null) openJournal();
      const text = `${JSON.stringify(line)}\n`;
      fs.writeSync(fd as number, text); // in the OS before the answer: a killed process loses nothing
      syncSoon();
      journalBytes += Buffer.byteLength(text);
      counts = {
        accounts: state.accounts.length,
        locations: state.locations.length,
        users: state.users.length,
      };
      for (const [key, json] of newParts) parts.set(key, json);
      clearUpdated(updated);
      if (journalBytes > Math.max(minCompactBytes, snapshotBytes)) setImmediate(compactInBackground);
    },
    async close() {
      if (compacting) await compacting;
      if (latest !== null && journalBytes > 0 && !compactionFailed) compactNow(latest);
      closeJournal();
    },
  };
}

function changed<T>(records: readonly T[], knownCount: number, updated: Set<T>): T[] {
  const appended = records.slice(knownCount);
  if (updated.size === 0) return appended;
  const fresh = new Set(appended);
  return [...appended, ...[...updated].filter((record) => !fresh.has(record))];
}

function clearUpdated(updated: UpdatedRecords): void {
  updated.accounts.clear();
  updated.locations.clear();
  updated.users.clear();
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

function readJournal(file: string, log: (line: string) => void): JournalLine[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const parsed = parseJournal(text);
  if (parsed.tornTail)
    log(`sandbox: ${file} ended in a partly written line (a write cut short); it was dropped`);
  if (parsed.damagedAt !== null) {
    const aside = `${file}.corrupt-${timestamp()}`;
    fs.copyFileSync(file, aside);
    log(
      `sandbox: ${file} is damaged at line ${parsed.damagedAt}; the lines before it were kept and the file was copied to ${aside}`,
    );
  }
  return parsed.lines;
}

const timestamp = () => new Date().toISOString().replace(/[:.]/g, '-');

function removeLeftoverTemps(file: string): void {
  const dir = path.dirname(file);
  const prefix = `.${path.basename(file)}.tmp-`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (name.startsWith(prefix)) fs.rmSync(path.join(dir, name), { force: true });
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
  const aside = `${file}.corrupt-${timestamp()}`;
  fs.renameSync(file, aside);
  log(`sandbox: state file ${file} was set aside as ${aside} because ${problem}; starting empty`);
  return null;
}

const tempNameFor = (file: string) =>
  path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${randomUUID().slice(0, 8)}`);

/** Write to a temporary file beside the target, fsync it, then rename it over the target. */
function writeFileAtomic(file: string, contents: string): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const temp = tempNameFor(file);
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

/** The same, without blocking the event loop (background compaction). */
async function writeFileAtomicAsync(file: string, contents: string): Promise<void> {
  const temp = tempNameFor(file);
  const handle = await fs.promises.open(temp, 'w', 0o600);
  try {
    await handle.writeFile(contents);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.promises.rename(temp, file);
  } catch (error) {
    await fs.promises.rm(temp, { force: true });
    throw error;
  }
  syncDirectory(path.dirname(file));
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
