import { z } from 'zod';
import { appErrorDataSchema } from '../errors';
import { call } from './define';
import {
  DRAFT_ROWS_MAX,
  DRAFT_TEXT_MAX,
  draftLocationSchema,
  draftPracticeSchema,
  draftUserSchema,
} from './onboarding-record';

/**
 * Bulk onboarding: practices imported from a spreadsheet (with their locations and users, keyed by Account ID),
 * kept in main as one batch of the active environment, checked with the wizard's own rules, fixed or excluded row
 * by row, then sent with bounded concurrency. The batch and each row's outcome are persisted as they go, so a crash
 * mid-batch loses nothing and a resume sends only what was not confirmed.
 */

/** How many practices one batch may hold. */
export const BATCH_ROWS_MAX = 20_000;
/** How many calls a batch may have in flight at once. */
export const BATCH_CONCURRENCY_MAX = 16;
export const BATCH_CONCURRENCY_DEFAULT = 4;

const line = z.number().int().min(1).max(10_000_000);
const batchId = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'Not a batch ID.');

/** A location of an imported practice, with the line of the locations file it came from. */
export const batchLocationRowSchema = draftLocationSchema.extend({ line });

/**
 * A user of an imported practice, with its line. A password typed in the file is sent once to main, sealed there at
 * once and never answered back (`hasPassword` says one is kept); a user without a password has no web login.
 */
export const batchUserRowSchema = draftUserSchema.extend({
  line,
  password: z.string().max(DRAFT_TEXT_MAX).optional(),
});

/** One practice as imported: the draft's shapes (strings as typed, so a bad value is kept exactly). */
export const batchPracticeRowSchema = z.strictObject({
  /** Its line in the practices file (the header is line 1). */
  line,
  practice: draftPracticeSchema,
  locations: z.array(batchLocationRowSchema).max(DRAFT_ROWS_MAX),
  users: z.array(batchUserRowSchema).max(DRAFT_ROWS_MAX),
});

/** practices: the bulk import of practices; readiness: the bulk readiness fix (Missing Business Info writes). */
export const batchKindSchema = z.enum(['practices', 'readiness']);

/** create: PracticeCreate/1.1, accounts that exist are skipped. save: PracticeSave/1.1 ("create or update"). */
export const batchModeSchema = z.enum(['create', 'save']);

export const batchRowOutcomeSchema = z.enum([
  /** Not sent yet (or waiting to be resumed). */
  'pending',
  'sending',
  'created',
  'updated',
  /** Create only, and Updox already holds the account: nothing was sent. */
  'skipped',
  'failed',
]);

/** A row as the screens see it: what was imported, its problems, whether it is left out, and what sending did. */
export const batchRowViewSchema = z.object({
  index: z.number().int().min(0),
  line,
  accountId: z.string(),
  name: z.string(),
  excluded: z.boolean(),
  /** The wizard's problems, keyed as it keys them ('practice.postal', 'locations.0.phone', 'users.1.password'). */
  problems: z.record(z.string(), z.string()),
  outcome: batchRowOutcomeSchema,
  /** Updox's code and words when the row failed (or why it waits). */
  error: appErrorDataSchema.nullable(),
  /** The file lines of the row's locations and users, in order (problems are named by them). */
  lines: z.object({ locations: z.array(line), users: z.array(line) }),
});

export const batchStateSchema = z.enum([
  /** Imported, being checked and fixed; nothing sent. */
  'draft',
  'running',
  'paused',
  /** Every row was answered (or cancelled). */
  'finished',
  'cancelled',
]);

export const batchCountsSchema = z.object({
  rows: z.number().int().min(0),
  excluded: z.number().int().min(0),
  withProblems: z.number().int().min(0),
  pending: z.number().int().min(0),
  sending: z.number().int().min(0),
  created: z.number().int().min(0),
  updated: z.number().int().min(0),
  skipped: z.number().int().min(0),
  failed: z.number().int().min(0),
});

/** Batches of another environment: counted (never listed) on this environment's screen. */
export const batchesElsewhereSchema = z.object({
  environmentId: z.string(),
  /** The environment's name, or '' when it was removed in Settings. */
  environmentName: z.string(),
  batches: z.number().int().min(1),
});

export const batchSummarySchema = z.object({
  id: batchId,
  kind: batchKindSchema,
  environmentId: z.string(),
  /** The names of the files it was imported from. */
  files: z.array(z.string()),
  mode: batchModeSchema,
  state: batchStateSchema,
  concurrency: z.number().int().min(1).max(BATCH_CONCURRENCY_MAX),
  counts: batchCountsSchema,
  /** Estimated milliseconds left while running, else null. */
  etaMs: z.number().min(0).nullable(),
  /**
   * What the person should know about the batch's state, in words, or null: why it paused by itself (the app was
   * closed while it ran, Updox could not be reached), or what a cancel left unsent.
   */
  note: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** How many changes the batch has had: of two summaries of a batch, the one with the higher count is newer. */
  seq: z.number().int().min(0),
});

/** What sending would do, read from Updox before anything is sent. */
export const batchPreflightSchema = z.object({
  toCreate: z.number().int().min(0),
  /** Accounts Updox already holds: skipped in create-only mode, overwritten in create-or-update mode. */
  existing: z.array(z.object({ index: z.number().int(), accountId: z.string() })),
  /** Rows whose whole-record save would clear fields Updox holds, with the labels of those fields. */
  wouldClear: z.array(
    z.object({ index: z.number().int(), accountId: z.string(), fields: z.array(z.string()) }),
  ),
});

const rowsQuery = z.object({
  batchId,
  show: z.enum(['all', 'problems', 'excluded', 'failed', 'done']).default('all'),
  offset: z.number().int().min(0).max(BATCH_ROWS_MAX).default(0),
  limit: z.number().int().min(1).max(BATCH_ROWS_MAX).default(500),
});

export const batchContract = {
  create: call(
    z.object({
      mode: batchModeSchema,
      files: z.array(z.string().max(260)).min(1).max(3),
      rows: z.array(batchPracticeRowSchema).min(1).max(BATCH_ROWS_MAX),
    }),
    batchSummarySchema,
    'Keep imported practices as a batch of the active environment (bad rows too, to be fixed); nothing is sent.',
  ),
  list: call(
    z.object({}),
    z.object({ batches: z.array(batchSummarySchema), elsewhere: z.array(batchesElsewhereSchema) }),
    "The active environment's batches, newest first, and how many each other environment keeps.",
  ),
  rows: call(
    rowsQuery,
    z.object({ summary: batchSummarySchema, total: z.number().int(), rows: z.array(batchRowViewSchema) }),
    "A page of a batch's rows with their problems and outcomes.",
  ),
  getRow: call(
    z.object({ batchId, index: z.number().int().min(0) }),
    z.object({
      row: batchPracticeRowSchema,
      view: batchRowViewSchema,
      /** The keys of the row's users whose password is kept (sealed in main; never answered back). */
      passwordsSaved: z.array(z.string()),
    }),
    'One row as imported (or as fixed since), to fix it in place.',
  ),
  saveRow: call(
    z.object({ batchId, index: z.number().int().min(0), row: batchPracticeRowSchema }),
    z.object({ summary: batchSummarySchema, view: batchRowViewSchema }),
    'Save a row fixed in place and check it again; not while the batch runs, nor a row already sent. A user password left out keeps the one kept, an empty one forgets it.',
  ),
  exclude: call(
    z.object({
      batchId,
      indexes: z.array(z.number().int().min(0)).min(1).max(BATCH_ROWS_MAX),
      excluded: z.boolean(),
    }),
    batchSummarySchema,
    'Leave rows out of the batch, or take them back in.',
  ),
  setMode: call(
    z.object({ batchId, mode: batchModeSchema }),
    batchSummarySchema,
    'Create only, or create or update; only before sending.',
  ),
  preflight: call(
    z.object({ batchId }),
    batchPreflightSchema,
    'Which accounts Updox already holds, and which whole-record saves would clear fields, before sending.',
  ),
  start: call(
    z.object({
      batchId,
      concurrency: z.number().int().min(1).max(BATCH_CONCURRENCY_MAX).default(BATCH_CONCURRENCY_DEFAULT),
      /** Production: the person confirmed sending this many practices. */
      confirmProduction: z.boolean().optional(),
    }),
    batchSummarySchema,
    'Send the rows without problems that are not left out and not confirmed yet; resumes a paused or stopped batch.',
  ),
  pause: call(z.object({ batchId }), batchSummarySchema, 'Send no new rows; the ones in flight finish.'),
  cancel: call(z.object({ batchId }), batchSummarySchema, 'Stop the batch: rows not sent stay unsent.'),
  exportResults: call(
    z.object({ batchId }),
    z.object({ fileName: z.string(), rows: z.number().int(), csv: z.string() }),
    "The batch's results as CSV: row, account ID, outcome, code, message.",
  ),
  importReadiness: call(
    z.object({ fileName: z.string().min(1).max(260), csv: z.string().min(1).max(5_000_000) }),
    batchSummarySchema,
    "Keep the filled readiness file (business.exportIncomplete's) as a readiness batch of the active environment; nothing is sent.",
  ),
  discard: call(
    z.object({ batchId }),
    z.object({ ok: z.literal(true) }),
    'Delete a batch that is not running.',
  ),
};

export type BatchPracticeRow = z.infer<typeof batchPracticeRowSchema>;
export type BatchRowView = z.infer<typeof batchRowViewSchema>;
export type BatchSummary = z.infer<typeof batchSummarySchema>;
export type BatchPreflight = z.infer<typeof batchPreflightSchema>;
export type BatchMode = z.infer<typeof batchModeSchema>;
export type BatchKind = z.infer<typeof batchKindSchema>;
export type BatchRowOutcome = z.infer<typeof batchRowOutcomeSchema>;
export type BatchState = z.infer<typeof batchStateSchema>;
export type BatchCounts = z.infer<typeof batchCountsSchema>;
