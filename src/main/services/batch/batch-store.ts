import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { BatchKind, BatchMode, BatchPracticeRow } from '../../../shared/contract/batch';
import type { MissingAccountField } from '../../../shared/contract/business';
import { checkReadinessRow } from './batch-readiness';
import { AppError } from '../../../shared/errors';
import type { FieldProblems } from '../../../shared/domain/field-problems';
import type { SecretStorage } from '../../platform/types';
import { logger } from '../log/logger';
import { openAppendJournal, readJournal, type AppendJournal } from '../storage/append-journal';
import { readJsonFile, syncDirectory, writeFileAtomic } from '../storage/atomic-file';
import { reportStorageNotice } from '../storage/storage-notices';
import { checkRow, duplicateAccountProblems, type RowCheck } from './batch-check';
import {
  BATCH_FILE_VERSION,
  applyLine,
  batchFromFile,
  batchJournalLineSchema,
  batchRowsFileSchema,
  type BatchChange,
  type BatchData,
  type BatchJournalLine,
} from './batch-journal';
import { openBatchPasswords, type BatchPasswords } from './batch-passwords';

/**
 * Lines that must survive a power cut, not only a killed process: what the person did (an edit, a row left out,
 * the mode, a start or pause), and a row's attempt count, written before its PracticeCreate leaves (the resume's
 * reconciliation reads it). Any other line lost to a power cut only makes a resume check that row with Updox again.
 */
const isDurable = (line: BatchJournalLine): boolean =>
  line.k !== 'send'
    ? line.k !== 'progress' && line.k !== 'found' && line.k !== 'outcome'
    : line.patch.attempts !== undefined;

/** One batch, open: its data folded in memory, its journal open for appending, its rows checked. */
export interface OpenBatch {
  readonly data: BatchData;
  readonly passwords: BatchPasswords;
  /** The row checked with the wizard's rules (cached; checked again when the row, mode or passwords change). */
  check(index: number): RowCheck;
  /** The wizard's problems and the batch's own (an account twice), {} when none. */
  problemsOf(index: number): FieldProblems;
  /**
   * Journals the changes, then applies them. A change the person made, or a row's attempt count, is on the disk
   * (synced) when this resolves; the runner's other lines are written in order without waiting (see isDurable).
   */
  change(...changes: BatchChange[]): Promise<void>;
  /** Checks rows again (their passwords changed). */
  recheck(indexes: readonly number[]): void;
}

export interface NewBatch {
  environmentId: string;
  /** Default 'practices'. A readiness batch names the account fields its file fills. */
  kind?: BatchKind;
  fields?: MissingAccountField[];
  files: string[];
  mode: BatchMode;
  concurrency: number;
  /** As imported, passwords included: they are sealed and never written in clear. */
  rows: BatchPracticeRow[];
}

export interface BatchStore {
  create(input: NewBatch): Promise<OpenBatch>;
  /** AppError 'not-found' for an unknown or unreadable batch. */
  get(id: string): Promise<OpenBatch>;
  /** Every batch of the data folder (opened on first use). */
  all(): Promise<OpenBatch[]>;
  /** Deletes the batch's folder: rows, journal and sealed passwords. */
  remove(id: string): Promise<void>;
  close(): Promise<void>;
}

const newBatchId = () => `b-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
const idPattern = /^b-[a-z0-9]+-[a-f0-9]{6}$/;

/** A batch found 'running' when it is opened: the app stopped while it was being sent. It comes back paused. */
export const STOPPED_NOTE =
  'The app was closed while this batch was being sent, so it is paused. Rows that were being sent are checked with Updox first when you resume: nothing is created twice.';

export const openBatchStore = async (dataDir: string, secrets: SecretStorage): Promise<BatchStore> => {
  const root = path.join(dataDir, 'batches');
  await mkdir(root, { recursive: true, mode: 0o700 });
  const open = new Map<string, Promise<OpenBatch>>();
  const journals = new Map<string, AppendJournal<BatchJournalLine>>();
  const folder = (id: string) => path.join(root, id);

  const wrap = async (
    data: BatchData,
    passwords: BatchPasswords,
    journal: AppendJournal<BatchJournalLine>,
  ): Promise<OpenBatch> => {
    const checkOne = (index: number): RowCheck => {
      const state = data.rows[index]!;
      if (data.kind === 'readiness') {
        const checked = checkReadinessRow(state.row, data.fields);
        return checked.ok ? { ok: true, record: null } : checked;
      }
      return checkRow(state.row, data.mode, (key) => passwords.get(String(index), key));
    };
    let checks = data.rows.map((_, i) => checkOne(i));
    let duplicates = duplicateAccountProblems(data);
    const batch: OpenBatch = {
      data,
      passwords,
      check: (index) => checks[index] ?? { ok: false, problems: { _: 'No such row.' } },
      problemsOf(index) {
        const check = checks[index];
        const own = check && !check.ok ? check.problems : {};
        // The duplicate first: it is why a row given twice was left out.
        return { ...duplicates.get(index), ...own };
      },
      async change(...changes) {
        const at = Date.now();
        const lines = changes.map((c) => batchJournalLineSchema.parse({ ...c, at }));
        if (lines.some(isDurable)) {
          await Promise.all(lines.map((line) => journal.append(line, { durable: true })));
        } else {
          // Written in order without waiting (a killed process loses none once the write is done, a few
          // milliseconds); the next durable line syncs it with itself.
          for (const line of lines)
            journal.append(line).catch((error: unknown) =>
              logger.warn('batch.journal.write-failed', {
                batch: data.id,
                reason: error instanceof Error ? error.message : 'unknown',
              }),
            );
        }
        let recheckAll = false;
        let recount = false;
        for (const line of lines) {
          applyLine(data, line);
          if (line.k === 'mode') recheckAll = true;
          if (line.k === 'edit') {
            checks[line.i] = checkOne(line.i);
            recount = true;
          }
          if (line.k === 'exclude') recount = true;
        }
        if (recheckAll) checks = data.rows.map((_, i) => checkOne(i));
        if (recheckAll || recount) duplicates = duplicateAccountProblems(data);
      },
      recheck(indexes) {
        for (const i of indexes) if (data.rows[i]) checks[i] = checkOne(i);
      },
    };
    return batch;
  };

  const load = async (id: string): Promise<OpenBatch> => {
    const dir = folder(id);
    const read = await readJsonFile(path.join(dir, 'rows.json'), batchRowsFileSchema);
    if (read.status === 'missing' || (read.status === 'ok' && read.value.id !== id))
      throw new AppError({
        kind: 'not-found',
        message: `There is no batch ${id}. It may have been discarded.`,
      });
    if (read.status === 'corrupt') {
      const aside = path.join(root, `corrupt-${id}`);
      await rename(dir, aside).catch(() => undefined);
      reportStorageNotice({
        path: path.join(dir, 'rows.json'),
        reason: read.reason,
        outcome: 'reset',
        setAsideAs: aside,
      });
      throw new AppError({
        kind: 'storage',
        message: `The rows of batch ${id} could not be read (${read.reason}). The batch was set aside; import the file again.`,
      });
    }
    const data = batchFromFile(read.value);
    const journalFile = path.join(dir, 'journal.jsonl');
    const { lines, skipped } = await readJournal(journalFile, batchJournalLineSchema);
    if (skipped.length > 0)
      logger.warn('batch.journal.lines-skipped', { batch: id, lines: skipped.slice(0, 10).join(',') });
    for (const line of lines) applyLine(data, line);
    const passwords = await openBatchPasswords(path.join(dir, 'passwords.json'), secrets);
    const journal = await openAppendJournal<BatchJournalLine>(journalFile);
    journals.set(id, journal);
    const batch = await wrap(data, passwords, journal);
    // A row found 'sending' may or may not have reached Updox: it is queued again, and the runner reconciles it
    // with PracticeGet before anything is sent (its attempts say whether a create went out).
    for (const row of data.rows) if (row.send.status === 'sending') row.send.status = 'queued';
    if (data.state === 'running')
      await batch.change({ k: 'state', state: 'paused', concurrency: data.concurrency, note: STOPPED_NOTE });
    return batch;
  };

  const get = (id: string): Promise<OpenBatch> => {
    if (!idPattern.test(id))
      return Promise.reject(new AppError({ kind: 'not-found', message: `There is no batch ${id}.` }));
    let opening = open.get(id);
    if (!opening) {
      opening = load(id);
      open.set(id, opening);
      opening.catch(() => open.delete(id));
    }
    return opening;
  };

  return {
    async create(input) {
      const id = newBatchId();
      const dir = folder(id);
      await mkdir(dir, { recursive: true, mode: 0o700 });
      // Passwords are sealed at once; the rows are written without them.
      const sealed = new Map<number, Map<string, string>>();
      const rows = input.rows.map((row, index) => {
        const passwords = new Map<string, string>();
        const users = row.users.map(({ password, ...user }) => {
          if (password !== undefined && password !== '') passwords.set(user.key, password);
          return user;
        });
        if (passwords.size > 0) sealed.set(index, passwords);
        return { ...row, users };
      });
      const passwords = await openBatchPasswords(path.join(dir, 'passwords.json'), secrets, sealed);
      const createdAt = new Date().toISOString();
      const file = {
        version: BATCH_FILE_VERSION,
        id,
        kind: input.kind ?? 'practices',
        fields: input.fields ?? [],
        environmentId: input.environmentId,
        files: input.files,
        mode: input.mode,
        concurrency: input.concurrency,
        createdAt,
        rows,
      } as const;
      await writeFileAtomic(path.join(dir, 'rows.json'), JSON.stringify(file));
      const journal = await openAppendJournal<BatchJournalLine>(path.join(dir, 'journal.jsonl'));
      await syncDirectory(dir);
      journals.set(id, journal);
      const batch = wrap(batchFromFile(batchRowsFileSchema.parse(file)), passwords, journal);
      open.set(id, batch);
      return batch;
    },
    get,
    async all() {
      const names = await readdir(root).catch(() => [] as string[]);
      const batches: OpenBatch[] = [];
      for (const name of names.filter((n) => idPattern.test(n))) {
        try {
          batches.push(await get(name));
        } catch (error) {
          logger.warn('batch.unreadable', {
            batch: name,
            reason: error instanceof Error ? error.message : 'unknown',
          });
        }
      }
      return batches;
    },
    async remove(id) {
      const batch = await get(id);
      await journals.get(id)?.close();
      journals.delete(id);
      open.delete(id);
      await batch.passwords.remove();
      await rm(folder(id), { recursive: true, force: true });
      await syncDirectory(root);
    },
    async close() {
      for (const opening of open.values()) {
        const batch = await opening.catch(() => null);
        await batch?.passwords.flush().catch(() => undefined);
      }
      for (const journal of journals.values()) await journal.close();
      journals.clear();
      open.clear();
    },
  };
};
