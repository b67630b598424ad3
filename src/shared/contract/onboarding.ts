import { z } from 'zod';
import { appErrorDataSchema } from '../errors';
import { practiceChangeSchema, rowKeySchema, wizardDraftDataSchema } from './onboarding-record';
import { accountIdInputSchema, ownKeyRecord } from './zod-fields';
import { call } from './define';

export * from './onboarding-record';

/**
 * The onboarding feature's calls: drafts, submission, outbox. listDrafts and listOutbox are also read by the
 * Accounts list (one list of Updox practices, local drafts and queued submissions); keep their shapes stable.
 */
export const draftSummarySchema = z.object({
  id: z.string(),
  kind: z.enum(['create', 'update']),
  /** The account being edited, or for a new practice the account ID typed so far ('' when none yet). */
  accountId: z.string(),
  /** The environment the draft was made in; null for a draft from an earlier version (assign it first). */
  environmentId: z.string().nullable(),
  name: z.string(),
  city: z.string(),
  state: z.string(),
  updatedAt: z.string(),
});

/** Items of another environment, counted (never listed) on this environment's screens. */
export const elsewhereCountSchema = z.object({
  environmentId: z.string(),
  /** The environment's name, or '' when it was removed in Settings. */
  environmentName: z.string(),
  drafts: z.number().int().min(0),
  queued: z.number().int().min(0),
});

export const outboxSummarySchema = z.object({
  id: z.string(),
  /** The draft it was sent from (the Accounts list shows a draft and its submission as one row). */
  draftId: z.string(),
  /** The environment it is sent to (the one its draft was made in), whatever environment is active. */
  environmentId: z.string(),
  /** A Production item confirmed at submit: replays are not asked again ("confirmed for Production"). */
  confirmedForProduction: z.boolean(),
  accountId: z.string(),
  name: z.string(),
  city: z.string(),
  state: z.string(),
  mode: z.enum(['create', 'update', 'save']),
  status: z.enum(['queued', 'sending', 'done', 'failed']),
  completedSteps: z.array(z.enum(['practice', 'locations', 'users'])),
  lastError: appErrorDataSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const draftIdSchema = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,127}$/, 'Not a draft ID.');
const accountIdInput = accountIdInputSchema;

/** What each step of a submission did: one line per location and per user. */
export const stepResultSchema = z.object({
  label: z.string(),
  success: z.boolean(),
  message: z.string(),
});

/** One step of a submission: done, failed (with Updox's message), or not sent yet (with why it waits, if known). */
export const submissionStepSchema = z.object({
  step: z.enum(['practice', 'locations', 'users']),
  state: z.enum(['done', 'failed', 'not-sent']),
  message: z.string(),
});

export const submissionSchema = z.object({
  /** Synced: every step done. Queued: waiting in the outbox. Failed: lastError says why. */
  state: z.enum(['queued', 'synced', 'failed']),
  draftId: z.string(),
  item: outboxSummarySchema,
  steps: z.array(submissionStepSchema),
  locations: z.array(stepResultSchema),
  users: z.array(stepResultSchema),
});

const draftStateSchema = z.enum(['draft', 'queued', 'synced', 'failed']);

export const draftViewSchema = z.object({
  id: z.string(),
  kind: z.enum(['create', 'update']),
  accountId: z.string(),
  environmentId: z.string(),
  revision: z.number().int(),
  updatedAt: z.string(),
  data: wizardDraftDataSchema,
  /** The user keys whose password is sealed in main's vault (the password itself never comes back). */
  passwordsSaved: z.array(z.string()),
  state: draftStateSchema,
  submission: submissionSchema.nullable(),
});

const availabilitySchema = z.object({
  status: z.enum(['free', 'taken', 'unknown', 'invalid']),
  message: z.string(),
});

export const reviewSchema = z.object({
  /** {field path: message}; empty when the records may be sent. Paths: practice.name, locations.0.zip, users.0.password. */
  problems: z.record(z.string(), z.string()),
  /** Where the "before" side of the diff came from: Updox now, or the copy saved when the edit began (offline). */
  current: z.object({ source: z.enum(['live', 'saved']), fetchedAt: z.string() }).nullable(),
  diff: z.array(practiceChangeSchema).nullable(),
  deactivating: z.boolean(),
  method: z.string(),
});

export const copyResultSchema = z.object({
  /** The new draft, in the target environment (open it there). */
  draftId: z.string(),
  environmentId: z.string(),
  environmentName: z.string(),
  /** The target's checks, before anything is sent: is the account ID / portal web address taken there? */
  accountId: availabilitySchema,
  portalAddress: availabilitySchema,
  /** What the target environment's partner business details lack for SMS verification (empty: complete). */
  partnerGaps: z.array(z.string()),
});

const submitInput = z.object({
  id: draftIdSchema,
  confirmProduction: z.boolean().optional(),
  /** Required (true) when the submission makes an active account inactive. */
  confirmDeactivate: z.boolean().optional(),
});

export const onboardingContract = {
  listDrafts: call(
    z.void(),
    z.object({
      /** The active environment's drafts only. */
      drafts: z.array(draftSummarySchema),
      problems: z.array(z.object({ file: z.string(), reason: z.string() })),
      /** Drafts and queued submissions of each other environment, counted. */
      elsewhere: z.array(elsewhereCountSchema),
      /** Drafts from an earlier version of the app, which belong to no environment until assigned. */
      unassigned: z.array(draftSummarySchema),
    }),
    "The active environment's unfinished drafts, newest first; the other environments' counted; drafts from an earlier version; damaged files set aside.",
  ),
  assignDraft: call(
    z.object({ id: draftIdSchema, environmentId: z.string().min(1).max(100) }),
    z.object({ id: z.string(), environmentId: z.string() }),
    'Give a draft from an earlier version its environment (once; a draft never moves afterwards).',
  ),
  listOutbox: call(
    z.void(),
    z.object({ items: z.array(outboxSummarySchema) }),
    "The active environment's submissions made offline, in the order they will be sent, with their state.",
  ),
  getDraft: call(z.object({ id: draftIdSchema }), draftViewSchema, 'One draft with its state.'),
  saveDraft: call(
    z.object({
      id: draftIdSchema,
      kind: z.enum(['create', 'update']),
      accountId: z.string().max(100).optional(),
      /**
       * The environment the wizard's draft belongs to (from getDraft). Main refuses a save into another
       * environment's draft; a new draft without it is made in the active environment.
       */
      environmentId: z.string().min(1).max(100).optional(),
      data: wizardDraftDataSchema,
      /** Typed passwords by user key: sealed in main's vault, never written to the draft. '' forgets one. */
      passwords: ownKeyRecord(rowKeySchema, z.string().max(200)).optional(),
    }),
    z.object({ id: z.string(), revision: z.number().int(), updatedAt: z.string() }),
    'Autosave: writes the draft atomically (and seals any passwords).',
  ),
  deleteDraft: call(
    z.object({ id: draftIdSchema }),
    z.object({ deleted: z.literal(true) }),
    'Discard a draft.',
  ),
  openEdit: call(
    z.object({ accountId: accountIdInput }),
    z.object({ draftId: z.string(), resumed: z.boolean() }),
    'The update draft for an account: the one in progress, or a new one loaded from Updox.',
  ),
  copyToEnvironment: call(
    z.object({ accountId: accountIdInput, targetEnvironmentId: z.string().min(1).max(100) }),
    copyResultSchema,
    "A new draft in another environment, built from the active environment's record of the account (read only).",
  ),
  convertToUpdate: call(
    z.object({ id: draftIdSchema }),
    z.object({ draftId: z.string() }),
    'Turn a create draft whose account exists into an update draft of that account (what was typed is kept).',
  ),
  checkAccountId: call(
    z.object({ accountId: z.string().max(200) }),
    availabilitySchema,
    'Is this account ID free in Updox?',
  ),
  checkPortalAddress: call(
    z.object({ websiteAddress: z.string().max(200), accountId: z.string().max(200) }),
    availabilitySchema,
    'Is this portal web address used by another account (a hint, Updox decides on submit)?',
  ),
  review: call(z.object({ id: draftIdSchema }), reviewSchema, 'Check a draft and compare it with Updox.'),
  submit: call(
    submitInput,
    submissionSchema,
    'Send a draft to Updox, or queue it when Updox is unreachable.',
  ),
  getSubmission: call(
    z.object({ id: draftIdSchema }),
    submissionSchema.nullable(),
    "A draft's latest submission.",
  ),
  retryOutbox: call(
    z.object({ id: z.string().max(128), confirmProduction: z.boolean().optional() }),
    submissionSchema,
    'Send a queued or failed submission again (only the steps not done yet).',
  ),
  getOutboxItem: call(
    z.object({ id: z.string().max(128) }),
    submissionSchema,
    'One submission in the outbox with the state of each step and each location and user (the account page).',
  ),
  discardOutbox: call(
    z.object({ id: z.string().max(128) }),
    z.object({ discarded: z.literal(true) }),
    'Remove a submission from the outbox (its draft stays).',
  ),
};

export type CopyResult = z.infer<typeof copyResultSchema>;
export type ElsewhereCount = z.infer<typeof elsewhereCountSchema>;
export type DraftSummaryView = z.infer<typeof draftSummarySchema>;
export type OutboxSummaryView = z.infer<typeof outboxSummarySchema>;
export type SubmissionView = z.infer<typeof submissionSchema>;
export type DraftView = z.infer<typeof draftViewSchema>;
export type ReviewView = z.infer<typeof reviewSchema>;
export type StepResult = z.infer<typeof stepResultSchema>;
export type SubmissionStepView = z.infer<typeof submissionStepSchema>;
