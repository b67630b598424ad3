import { z } from 'zod';
import { call } from './define';
import { accountIdInputSchema } from './zod-fields';
import { environmentKindSchema } from './app';
import {
  businessDetailsFormSchema,
  businessDetailsSchema,
  businessDetailsTypedShape,
} from '../domain/business-details';
import { practiceTypedShape } from '../domain/practice';
import { practiceViewSchema } from './practice-view';

/** The business domain's calls: partner business details, an account's SMS readiness, Missing Business Info. */

const environmentSchema = z.object({ id: z.string(), name: z.string(), kind: environmentKindSchema });

const partnerDraftFields = Object.keys(businessDetailsTypedShape).filter((f) => f !== 'updatedAt');

/** What was typed in the Business details form and not saved yet: any text, each field at most 2,000 characters. */
export const partnerDraftValuesSchema = z
  .object(
    Object.fromEntries(
      partnerDraftFields.map((f) => [f, z.string().max(2000, `${f} must be at most 2,000 characters.`)]),
    ) as Record<Exclude<keyof typeof businessDetailsTypedShape, 'updatedAt'>, z.ZodString>,
  )
  .partial()
  .strict();

/** A Business details draft: it records its environment and is only shown there. */
export const partnerDraftSchema = z.object({
  environmentId: z.string().min(1),
  values: partnerDraftValuesSchema,
  savedAt: z.string(),
});

/** The app's copy of the partner's business details for the active environment (null until saved). */
export const partnerViewSchema = z.object({
  environment: environmentSchema,
  details: businessDetailsSchema.nullable(),
  /** What was typed and not saved yet in this environment (null when nothing is pending). */
  draft: partnerDraftSchema.nullable(),
  updatedAt: z.string().nullable(),
  /** After a save: whether the sandbox's own copy was updated ('not-sandbox' elsewhere). */
  sandboxSync: z.enum(['pushed', 'failed', 'not-sandbox']).optional(),
});

/** The account fields readiness looks at, as Updox holds them (not re-validated: they may be wrong). */
export const readinessAccountSchema = practiceViewSchema.pick({
  accountId: true,
  name: true,
  address1: true,
  address2: true,
  city: true,
  state: true,
  postal: true,
  countryCode: true,
  websiteUrl: true,
});

/** What computeSmsReadiness needs for one account: the account as Updox holds it and the partner's details. */
export const readinessInputSchema = z.object({
  environment: environmentSchema,
  account: readinessAccountSchema,
  partner: businessDetailsSchema.nullable(),
});

/** The account fields the Missing Business Info form may change (each optional: only those shown are sent). */
export const missingAccountFields = [
  'name',
  'address1',
  'address2',
  'city',
  'state',
  'postal',
  'countryCode',
  'websiteUrl',
] as const;
export type MissingAccountField = (typeof missingAccountFields)[number];

/** The partner fields the form may change. */
export const missingPartnerFields = [
  'name',
  'website',
  'contactFirstName',
  'contactLastName',
  'contactEmail',
  'contactPhone',
] as const;
export type MissingPartnerField = (typeof missingPartnerFields)[number];

const pick = <S extends Record<string, z.ZodType>, K extends keyof S & string>(
  shape: S,
  keys: readonly K[],
) => Object.fromEntries(keys.map((k) => [k, shape[k]])) as Pick<S, K>;

const missingInfoInputSchema = z.object({
  accountId: accountIdInputSchema,
  account: z.object(pick(practiceTypedShape, missingAccountFields)).partial(),
  partner: z.object(pick(businessDetailsTypedShape, missingPartnerFields)).partial().optional(),
  /** The environment the form was opened in: the save goes there, or nowhere (refused when another is active). */
  environmentId: z.string().min(1).max(100),
  confirmProduction: z.boolean().optional(),
});

export const missingInfoResultSchema = readinessInputSchema.extend({
  /** Whether PracticeSave/1.1 was sent (false when only partner fields changed). */
  accountSaved: z.boolean(),
  partnerSaved: z.boolean(),
  sandboxSync: z.enum(['pushed', 'failed', 'not-sandbox']),
});

export const websiteCheckSchema = z.object({
  /** 'skipped' when the app is offline (nothing was sent). */
  outcome: z.enum(['reachable', 'unreachable', 'skipped']),
  /** The last HTTP status seen, when there was one. */
  httpStatus: z.number().int().optional(),
  /** Each redirect followed, in order. */
  redirects: z.array(z.object({ status: z.number().int(), from: z.string(), to: z.string() })),
  finalUrl: z.string(),
  /** One sentence for the person. */
  message: z.string(),
});

export const businessContract = {
  partner: call(
    z.void(),
    partnerViewSchema,
    "The partner's business details kept for the active environment.",
  ),
  savePartner: call(
    z.object({ details: businessDetailsFormSchema }),
    partnerViewSchema,
    "Save the partner's business details for the active environment (and push them to the sandbox there).",
  ),
  savePartnerDraft: call(
    z.object({
      environmentId: z.string().min(1, 'Environment is required.').max(200),
      values: partnerDraftValuesSchema,
    }),
    partnerDraftSchema,
    'Keep what was typed in the Business details form (not saved yet) for the environment it was typed in.',
  ),
  discardPartnerDraft: call(
    z.object({ environmentId: z.string().min(1, 'Environment is required.').max(200) }),
    z.object({ discarded: z.boolean() }),
    "Forget the Business details form's unsaved draft of that environment.",
  ),
  readinessInput: call(
    z.object({ accountId: accountIdInputSchema }),
    readinessInputSchema,
    "An account as Updox holds it (PracticeGet) with the partner's details, for computeSmsReadiness.",
  ),
  submitMissingInfo: call(
    missingInfoInputSchema,
    missingInfoResultSchema,
    'Write the Missing Business Info form: PracticeSave/1.1 with the whole record, and the partner fields.',
  ),
  checkWebsite: call(
    z.object({ url: z.string().trim().min(1, 'Website URL is required.').max(2048) }),
    websiteCheckSchema,
    'Whether a website answers (HEAD, then GET), following at most 5 redirects; skipped offline.',
  ),
  exportIncomplete: call(
    z.void(),
    z.object({
      environmentId: z.string(),
      fileName: z.string(),
      /** Practices in the file (one row each). */
      rows: z.number().int().nonnegative(),
      /** The headers, in order: Account ID, Practice name, then each field some practice lacks. */
      columns: z.array(z.string()),
      /** The partner's own gaps (fixed once in Business details), by label; [] when none. */
      partnerGaps: z.array(z.string()),
      csv: z.string(),
    }),
    "The active environment's practices with incomplete SMS business details as a CSV, their gaps left empty.",
  ),
};

export type PartnerView = z.infer<typeof partnerViewSchema>;
export type PartnerDraft = z.infer<typeof partnerDraftSchema>;
export type PartnerDraftValues = z.infer<typeof partnerDraftValuesSchema>;
export type ReadinessInput = z.infer<typeof readinessInputSchema>;
export type ReadinessAccount = z.infer<typeof readinessAccountSchema>;
export type MissingInfoInput = z.input<typeof missingInfoInputSchema>;
export type MissingInfoResult = z.infer<typeof missingInfoResultSchema>;
export type WebsiteCheck = z.infer<typeof websiteCheckSchema>;
