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

const instant = z.iso.datetime({ message: 'Must be a date and time (ISO 8601, UTC).' });

/** What the Activity screen and its export are filtered by; every part is optional. */
export const activityQuerySchema = z.object({
  /** Part of an account ID, any case. */
  account: z.string().trim().max(128, 'At most 128 characters.').default(''),
  /** One Updox method (any case), or '' for every method. */
  method: z
    .string()
    .trim()
    .max(64, 'At most 64 characters.')
    .regex(/^[A-Za-z]*$/, 'Letters only (an Updox method name).')
    .default(''),
  outcome: z.enum(['all', 'done', 'refused', 'failed']).default('all'),
  /** Calls at or after this instant. */
  from: instant.optional(),
  /** Calls before this instant. */
  to: instant.optional(),
  /** Hide reads and checks. */
  changesOnly: z.boolean().default(true),
});

export const activityContract = {
  recent: call(
    z.object({ limit: z.number().int().min(1).max(1000).default(200) }),
    z.object({ entries: z.array(activityEntrySchema) }),
    "The active environment's latest Updox calls: method, account, response code, duration. No bodies, no credentials.",
  ),
  page: call(
    z.object({
      query: activityQuerySchema,
      offset: z.number().int().min(0).max(10_000_000).default(0),
      limit: z.number().int().min(1).max(500).default(200),
    }),
    z.object({ environmentId: z.string(), total: z.number().int(), entries: z.array(activityEntrySchema) }),
    "A page of the active environment's Updox calls that match the filters, newest first, from the whole trail on disk.",
  ),
  exportCsv: call(
    z.object({ query: activityQuerySchema }),
    z.object({ fileName: z.string(), rows: z.number().int(), csv: z.string() }),
    "The active environment's Updox calls that match the filters as CSV (time, environment, what, method, account, result, code, duration).",
  ),
};

export type ActivityEntry = z.infer<typeof activityEntrySchema>;
export type ActivityQuery = z.infer<typeof activityQuerySchema>;
export type ActivityQueryInput = z.input<typeof activityQuerySchema>;
