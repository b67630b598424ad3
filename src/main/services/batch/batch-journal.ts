import { z } from 'zod';
import {
  BATCH_CONCURRENCY_MAX,
  batchKindSchema,
  batchModeSchema,
  batchPracticeRowSchema,
  batchStateSchema,
  type BatchKind,
  type BatchMode,
  type BatchPracticeRow,
  type BatchRowOutcome,
  type BatchState,
} from '../../../shared/contract/batch';
import { appErrorDataSchema, type AppErrorData } from '../../../shared/errors';
import { missingAccountFields, type MissingAccountField } from '../../../shared/contract/business';
import { outboxPatchSchema, outboxSteps, type OutboxPatch, type OutboxStep } from '../outbox/outbox-schema';
import { rowProgressSchema, type ItemProgress } from '../onboarding/submission-progress';

/**
 * A batch on disk, in `<dataDir>/batches/<id>/`: `rows.json` (the rows as imported, written once, atomically;
 * never a password) and `journal.jsonl` (every change since, one JSON line each, fsync'd before the change counts).
 * A batch is its rows with the journal folded over them, by `applyLine`: the same function runs when a line is
 * written and when the journal is read back, so what is shown is what a restart will find.
 */

export const BATCH_FILE_VERSION = 1;

export const batchRowsFileSchema = z.object({
  version: z.literal(BATCH_FILE_VERSION),
  /** practices: the bulk import; readiness: the bulk readiness fix (files written before it had no kind). */
  kind: batchKindSchema.default('practices'),
  /** A readiness batch: the account fields its file fills (the others stay as Updox holds them). */
  fields: z.array(z.enum(missingAccountFields)).default([]),
  id: z.string(),
  environmentId: z.string().min(1),
  files: z.array(z.string()),
  mode: batchModeSchema,
  concurrency: z.number().int().min(1).max(BATCH_CONCURRENCY_MAX),
  createdAt: z.iso.datetime(),
  rows: z.array(batchPracticeRowSchema),
});
export type BatchRowsFile = z.infer<typeof batchRowsFileSchema>;

const index = z.number().int().min(0);
const at = z.number().int().min(0);

/** One line of journal.jsonl. */
export const batchJournalLineSchema = z.discriminatedUnion('k', [
  z.object({ k: z.literal('mode'), at, mode: batchModeSchema }),
  z.object({
    k: z.literal('state'),
    at,
    state: batchStateSchema,
    concurrency: z.number().int().min(1).max(BATCH_CONCURRENCY_MAX),
    note: z.string().nullable(),
  }),
  z.object({ k: z.literal('exclude'), at, indexes: z.array(index), excluded: z.boolean() }),
  /** A row fixed in place (as typed; passwords are in the sealed file, never here). */
  z.object({ k: z.literal('edit'), at, i: index, row: batchPracticeRowSchema }),
  /** The send state of a row, as the submission runner moves it (its outbox item). */
  z.object({ k: z.literal('send'), at, i: index, patch: outboxPatchSchema }),
  /** Whether Updox held the account the first time this row was sent (created or updated). */
  z.object({ k: z.literal('found'), at, i: index, existed: z.boolean() }),
  /** What each location or user of the row did. */
  z.object({
    k: z.literal('progress'),
    at,
    i: index,
    step: z.enum(['locations', 'users']),
    rows: z.array(rowProgressSchema),
  }),
  /** How the row ended (or 'pending' again: a failed row fixed, a row left to resume, with why). */
  z.object({
    k: z.literal('outcome'),
    at,
    i: index,
    outcome: z.enum(['pending', 'created', 'updated', 'skipped', 'failed']),
    error: appErrorDataSchema.nullable(),
  }),
]);
export type BatchJournalLine = z.infer<typeof batchJournalLineSchema>;
/** A line before its time is stamped. */
type WithoutAt<L> = L extends unknown ? Omit<L, 'at'> : never;
export type BatchChange = WithoutAt<BatchJournalLine>;

/** A row as the batch holds it in memory. */
export interface BatchRowState {
  /** As imported or as fixed since; users without passwords. */
  row: BatchPracticeRow;
  excluded: boolean;
  outcome: Exclude<BatchRowOutcome, 'sending'>;
  /** Why it failed, or why it waits. */
  error: AppErrorData | null;
  /** The submission runner's item: status, attempts, completed steps. */
  send: {
    status: 'queued' | 'sending' | 'done' | 'failed';
    attempts: number;
    lastError: AppErrorData | null;
    completedSteps: OutboxStep[];
  };
  existed: boolean | null;
  progress: ItemProgress;
}

export interface BatchData {
  id: string;
  kind: BatchKind;
  fields: MissingAccountField[];
  environmentId: string;
  files: string[];
  createdAt: string;
  updatedAt: string;
  /** Journal lines applied: a summary's `seq`. */
  seq: number;
  mode: BatchMode;
  state: BatchState;
  concurrency: number;
  note: string | null;
  rows: BatchRowState[];
}

export const rowStateOf = (row: BatchPracticeRow): BatchRowState => ({
  row,
  excluded: false,
  outcome: 'pending',
  error: null,
  send: { status: 'queued', attempts: 0, lastError: null, completedSteps: [] },
  existed: null,
  progress: { locations: [], users: [] },
});

export const batchFromFile = (file: BatchRowsFile): BatchData => ({
  id: file.id,
  kind: file.kind,
  fields: file.fields,
  environmentId: file.environmentId,
  files: file.files,
  createdAt: file.createdAt,
  updatedAt: file.createdAt,
  seq: 0,
  mode: file.mode,
  state: 'draft',
  concurrency: file.concurrency,
  note: null,
  rows: file.rows.map(rowStateOf),
});

const definedOnly = (patch: OutboxPatch): OutboxPatch =>
  Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));

/**
 * Applies one journal line to the batch in memory. Lines naming a row the batch does not have, or undoing a
 * completed step, are ignored (a damaged journal never makes a row look further than it got).
 */
export const applyLine = (batch: BatchData, line: BatchJournalLine): void => {
  batch.updatedAt = new Date(line.at).toISOString();
  batch.seq += 1;
  switch (line.k) {
    case 'mode':
      batch.mode = line.mode;
      return;
    case 'state':
      batch.state = line.state;
      batch.concurrency = line.concurrency;
      batch.note = line.note;
      return;
    case 'exclude':
      for (const i of line.indexes) {
        const row = batch.rows[i];
        if (row) row.excluded = line.excluded;
      }
      return;
    default:
      break;
  }
  const row = batch.rows[line.i];
  if (!row) return;
  switch (line.k) {
    case 'edit':
      row.row = line.row;
      return;
    case 'send': {
      const next = { ...row.send, ...definedOnly(line.patch) };
      const keepsSteps = row.send.completedSteps.every((s, n) => next.completedSteps[n] === s);
      const inOrder = next.completedSteps.every((s, n) => outboxSteps[n] === s);
      if (keepsSteps && inOrder) row.send = next;
      return;
    }
    case 'found':
      row.existed ??= line.existed;
      return;
    case 'progress': {
      const keys = new Set(line.rows.map((r) => r.key));
      row.progress = {
        ...row.progress,
        [line.step]: [...row.progress[line.step].filter((r) => !keys.has(r.key)), ...line.rows],
      };
      return;
    }
    case 'outcome':
      row.outcome = line.outcome;
      row.error = line.error;
      return;
  }
};
