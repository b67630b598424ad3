import { z } from 'zod';
import { appErrorDataSchema } from '../errors';
import { call } from './define';
import { accountIdInputSchema } from './zod-fields';
import { locationViewSchema, practiceViewSchema } from './practice-view';

/**
 * The accounts domain's calls: the environment's practices (PracticeList, kept on disk for when Updox cannot be
 * reached) and one account's record with its locations. SMS readiness is computed in main with the partner's
 * business details of the environment.
 */

/** "SMS business details: Complete" or "Incomplete (issues)". */
export const readinessBriefSchema = z.object({
  complete: z.boolean(),
  /** Missing plus invalid items (0 when complete). */
  issues: z.number().int().nonnegative(),
});

/** One practice of PracticeList, as the Accounts list shows it. */
export const accountListItemSchema = z.object({
  accountId: z.string(),
  name: z.string(),
  city: z.string(),
  state: z.string(),
  active: z.boolean(),
  sms: readinessBriefSchema,
});

/** Where the practices came from: Updox now, the copy on disk, or nowhere (unreachable and never listed). */
const listSourceSchema = z.enum(['live', 'cache', 'none']);

const environmentFields = {
  environmentId: z.string(),
  environmentName: z.string(),
};

export const accountListSchema = z.object({
  ...environmentFields,
  source: listSourceSchema,
  /** When the practices were fetched from Updox (null when source is 'none'). */
  asOf: z.string().nullable(),
  /** Why Updox could not be asked now (null when source is 'live'). */
  unreachable: appErrorDataSchema.nullable(),
  practices: z.array(accountListItemSchema),
});

export const accountDetailsSchema = z.object({
  ...environmentFields,
  /** 'cache' when Updox could not be reached and the record comes from the last list kept on disk. */
  source: z.enum(['live', 'cache']),
  asOf: z.string(),
  unreachable: appErrorDataSchema.nullable(),
  practice: practiceViewSchema,
  sms: readinessBriefSchema,
  /** Null when they could not be read (see locationsError) or the record came from the copy on disk. */
  locations: z.array(locationViewSchema).nullable(),
  locationsError: appErrorDataSchema.nullable(),
});

export const accountsContract = {
  list: call(
    z.void(),
    accountListSchema,
    "The active environment's practices with SMS readiness; the copy on disk when Updox cannot be reached.",
  ),
  get: call(
    z.object({ accountId: accountIdInputSchema }),
    accountDetailsSchema,
    'One practice as Updox holds it, with its locations.',
  ),
};

export type ReadinessBrief = z.infer<typeof readinessBriefSchema>;
export type AccountListItem = z.infer<typeof accountListItemSchema>;
export type AccountList = z.infer<typeof accountListSchema>;
export type AccountDetails = z.infer<typeof accountDetailsSchema>;
