import { z } from 'zod';
import { appErrorDataSchema, type AppErrorData } from '../../../shared/errors';
import { recordIdSchema } from '../storage/record-id';

const outboxStatuses = ['queued', 'sending', 'done', 'failed'] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

/** A submission is sent in these steps, in this order. A step marked done is never sent again. */
export const outboxSteps = ['practice', 'locations', 'users'] as const;
export type OutboxStep = (typeof outboxSteps)[number];

export interface OutboxItem<P> {
  id: string;
  /** Position in the queue: items are sent in ascending seq. */
  seq: number;
  /**
   * 'sending' found after a restart means the app stopped mid-send: the step under way may or may not have
   * reached Updox, so reconcile (PracticeGet) before sending it again.
   */
  status: OutboxStatus;
  attempts: number;
  lastError: AppErrorData | null;
  /** Always a prefix of outboxSteps, e.g. ['practice'] or ['practice', 'locations']. Only ever grows. */
  completedSteps: OutboxStep[];
  createdAt: string;
  updatedAt: string;
  payload: P;
}

export interface OutboxPatch {
  status?: OutboxStatus;
  attempts?: number;
  /** null clears the last error. */
  lastError?: AppErrorData | null;
  completedSteps?: OutboxStep[];
}

export const outboxFormatVersion = 1;

function isStepPrefix(steps: readonly OutboxStep[]): boolean {
  return steps.every((step, index) => outboxSteps[index] === step);
}

const completedStepsSchema = z
  .array(z.enum(outboxSteps))
  .max(outboxSteps.length)
  .refine(isStepPrefix, `Steps complete in order: ${outboxSteps.join(', ')}.`);

export const outboxPatchSchema: z.ZodType<OutboxPatch> = z.object({
  status: z.enum(outboxStatuses).optional(),
  attempts: z.number().int().min(0).optional(),
  lastError: appErrorDataSchema.nullable().optional(),
  completedSteps: completedStepsSchema.optional(),
});

export function outboxFileSchema<P>(
  payloadSchema: z.ZodType<P>,
): z.ZodType<{ version: 1; item: OutboxItem<P> }> {
  return z.object({
    version: z.literal(outboxFormatVersion),
    item: z.object({
      id: recordIdSchema,
      seq: z.number().int().min(1),
      status: z.enum(outboxStatuses),
      attempts: z.number().int().min(0),
      lastError: appErrorDataSchema.nullable(),
      completedSteps: completedStepsSchema,
      createdAt: z.iso.datetime(),
      updatedAt: z.iso.datetime(),
      payload: payloadSchema,
    }),
  });
}
