import { z } from 'zod';
import { call } from './define';

/**
 * One Updox call attempt as the audit trail keeps it: method, environment, account id, response code, outcome and
 * duration. Never credentials, message bodies or phone numbers: no field here could carry them, and zod strips
 * any extra key before an entry is written.
 */
export const activityEntrySchema = z.object({
  at: z.string(),
  method: z.string(),
  version: z.string().optional(),
  environmentId: z.string(),
  accountId: z.string().optional(),
  responseCode: z.number().int().optional(),
  httpStatus: z.number().int().optional(),
  outcome: z.string(),
  durationMs: z.number().nonnegative(),
  attempt: z.number().int().positive(),
});

export const activityContract = {
  recent: call(
    z.object({ limit: z.number().int().min(1).max(1000).default(200) }),
    z.object({ entries: z.array(activityEntrySchema) }),
    "The active environment's latest Updox calls: method, account, response code, duration. No bodies, no credentials.",
  ),
};

export type ActivityEntry = z.infer<typeof activityEntrySchema>;
