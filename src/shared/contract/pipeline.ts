import { z } from 'zod';
import { appErrorDataSchema } from '../errors';
import { pipelineStages } from '../domain/pipeline-stage';
import { smsLocationStatuses } from './sms';
import { call } from './define';
import { accountIdInputSchema } from './zod-fields';

/**
 * The onboarding pipeline of the active environment: each practice's stage (account created → … → first text
 * sent) from what the app knows, the funnel's counts, the practices stuck too long, and "Check all", which asks
 * Updox for what the app does not know yet (progress comes as the `pipeline` event).
 */
export const pipelineStageSchema = z.enum(pipelineStages);

export const stuckReasonSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('verification-pending'),
    status: z.enum(smsLocationStatuses),
    since: z.string(),
    businessDays: z.number().int(),
  }),
  z.object({ kind: z.literal('details-incomplete'), since: z.string(), days: z.number().int() }),
]);

/** One stage of a practice's timeline: done now or not, and when the app first learned it was reached. */
export const timelineStepSchema = z.object({
  stage: pipelineStageSchema,
  /** 'unknown': the app has not asked Updox yet (Check all does). */
  state: z.enum(['done', 'not-done', 'unknown']),
  at: z.string().nullable(),
});

export const pipelinePracticeSchema = z.object({
  accountId: z.string(),
  name: z.string(),
  stage: pipelineStageSchema,
  stuck: z.array(stuckReasonSchema),
  timeline: z.array(timelineStepSchema),
  /** When Check all last asked Updox about it (null: never). */
  checkedAt: z.string().nullable(),
});

/** A Check all run of one environment. */
export const pipelineCheckSchema = z.object({
  environmentId: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  /** Practices asked about so far, of `total`. */
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** Practices Updox could not tell about (they keep what was known). */
  failed: z.number().int().nonnegative(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Why the run stopped (the list could not be read), when it failed. */
  error: appErrorDataSchema.nullable(),
});

export const stageCountSchema = z.object({
  stage: pipelineStageSchema,
  /** Practices whose stage this is. */
  count: z.number().int().nonnegative(),
  /** Of those, the stuck ones. */
  stuck: z.number().int().nonnegative(),
});

export const pipelineViewSchema = z.object({
  environmentId: z.string(),
  environmentName: z.string(),
  /** "Now" in the environment (the sandbox's own clock): what "stuck" was judged against. */
  asOf: z.string(),
  counts: z.array(stageCountSchema),
  practices: z.array(pipelinePracticeSchema),
  /** The last Check all of this environment since the app started (null: none). */
  check: pipelineCheckSchema.nullable(),
});

export const pipelineContract = {
  view: call(
    z.void(),
    pipelineViewSchema,
    "The active environment's pipeline: each practice's stage and stuck flags, and the funnel's counts.",
  ),
  practice: call(
    z.object({ accountId: accountIdInputSchema }),
    pipelinePracticeSchema.nullable(),
    "One practice's stage and timeline (null when the app knows nothing of it yet).",
  ),
  checkAll: call(
    z.void(),
    pipelineCheckSchema,
    'Starts asking Updox, practice by practice, for what the pipeline does not know yet (or answers the run going on).',
  ),
};

export type StuckReason = z.infer<typeof stuckReasonSchema>;
export type TimelineStep = z.infer<typeof timelineStepSchema>;
export type PipelinePractice = z.infer<typeof pipelinePracticeSchema>;
export type PipelineCheck = z.infer<typeof pipelineCheckSchema>;
export type StageCount = z.infer<typeof stageCountSchema>;
export type PipelineView = z.infer<typeof pipelineViewSchema>;
