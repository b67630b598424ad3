import { appErrorDataSchema } from '../errors';
import { z } from 'zod';
import { sendToSchema } from '../domain/sms-recipient';
import { SMS_MAX_LENGTH } from '../domain/sms-text';
import { call } from './define';
import { accountIdInputSchema } from './zod-fields';

/** What the picker and the numbers table show for a location: Updox's statuses plus "none" (No Number). */
export const smsLocationStatuses = ['approved', 'pending', 'number-pending', 'rejected', 'none'] as const;
export type SmsLocationStatus = (typeof smsLocationStatuses)[number];

const accountIdSchema = accountIdInputSchema;
const confirmProduction = z.boolean().optional();
const environmentId = z.string().min(1).max(100);

export const smsTimelineEntrySchema = z.object({
  status: z.enum(smsLocationStatuses),
  /** When Updox says the status began (statusDate; the sandbox clock in the sandbox). */
  since: z.string(),
  /** When this app first saw it. */
  seenAt: z.string(),
});

export const smsLocationNumberSchema = z.object({
  locationId: z.number().int(),
  locationName: z.string(),
  locationCode: z.string(),
  isDefault: z.boolean(),
  /** 10 digits, or null (No Number, or Number Pending). */
  number: z.string().nullable(),
  numberType: z.enum(['toll-free', '10dlc']).nullable(),
  status: z.enum(smsLocationStatuses),
  statusDate: z.string().nullable(),
  /** How long it has been in this status, against the environment's clock; null for No Number. */
  ageMs: z.number().nonnegative().nullable(),
  /** Pending beyond the usual 2 to 3 business days. */
  stale: z.boolean(),
  /** What to do, when there is something to do (stale, rejected). */
  advice: z.string().optional(),
  timeline: z.array(smsTimelineEntrySchema),
});

export const smsNumbersSchema = z.object({
  accountId: z.string(),
  accountName: z.string(),
  accountPhone: z.string(),
  readiness: z.object({ complete: z.boolean(), summary: z.string() }),
  /** False when Updox answered 4015 (SMS not enabled for these credentials). */
  smsEnabled: z.boolean(),
  smsMessage: z.string().optional(),
  locations: z.array(smsLocationNumberSchema),
  checkedAt: z.string(),
});

const smsSendOutcomes = [
  'sent',
  'verification-requested',
  'business-info-needed',
  'sms-not-enabled',
] as const;

export const smsSendResultSchema = z.object({
  outcome: z.enum(smsSendOutcomes),
  /** The words to show. */
  message: z.string(),
  code: z.number().int().optional(),
  messageId: z.string().nullable().optional(),
  /** For business-info-needed: true when the app found the gap before asking Updox (no SmsSend was made). */
  checkedLocally: z.boolean().optional(),
  /** For verification-requested: the account's numbers as they are now (the screen shows them, no reload). */
  numbers: smsNumbersSchema.optional(),
});

export const smsTemplateSchema = z.object({
  id: z.string().min(1).max(60),
  name: z.string().trim().min(1, 'Template name is required.').max(80),
  text: z.string().max(SMS_MAX_LENGTH, `Template text must be at most ${SMS_MAX_LENGTH} characters.`),
});

export const smsToastSchema = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  accountId: z.string(),
  /** The practice's name as Updox last gave it ('' when this app never saw it). */
  accountName: z.string(),
  locationName: z.string(),
  /** What happened: the renderer groups notices of the same kind into one toast. */
  kind: z.enum(['approved', 'rejected']),
  tone: z.enum(['ok', 'warn']),
});

export const smsPollStatusSchema = z.object({
  /** Goes up whenever a number's status changed: screens refresh when it moves. */
  changeSeq: z.number().int().nonnegative(),
  lastCheckedAt: z.string().nullable(),
  nextCheckAt: z.string().nullable(),
  /** How often waiting numbers are checked (DESK_SMS_POLL_MS, 15 minutes by default). */
  intervalMs: z.number().int().positive(),
  /** Accounts of the active environment with a number awaiting a number or verification. */
  pendingAccounts: z.array(z.string()),
  backingOff: z.boolean(),
});

export const smsHistoryEntrySchema = z.object({
  at: z.string(),
  environmentId: z.string(),
  accountId: z.string(),
  locationId: z.number().int().nullable(),
  locationName: z.string(),
  toLast4: z.string().regex(/^\d{4}$/),
  outcome: z.string(),
  code: z.number().int().optional(),
});

export const smsAccountsSchema = z.object({
  /** 'cache': Updox could not be reached, these are the Accounts list's copy on disk; 'none': no copy either. */
  source: z.enum(['live', 'cache', 'none']),
  /** When the copy was fetched (null when live). */
  asOf: z.string().nullable(),
  /** Why Updox could not be asked now (null when live). */
  unreachable: appErrorDataSchema.nullable(),
  accounts: z.array(z.object({ accountId: z.string(), name: z.string(), active: z.boolean() })),
});
export type SmsAccounts = z.infer<typeof smsAccountsSchema>;

export const smsContract = {
  accounts: call(
    z.void(),
    smsAccountsSchema,
    'The accounts to send from (PracticeList): ID, name, active; the copy on disk when Updox cannot be reached.',
  ),
  numbers: call(
    z.object({ accountId: accountIdSchema }),
    smsNumbersSchema,
    "An account's locations with their SMS number, type, status and age, and its SMS business details readiness.",
  ),
  requestNumber: call(
    z.object({
      accountId: accountIdSchema,
      locationId: z.number().int(),
      /** The environment the screen was showing: main refuses when another one is active. */
      environmentId,
      confirmProduction,
    }),
    smsLocationNumberSchema.extend({ numbers: smsNumbersSchema }),
    "Requests an SMS number for a location that has none (SmsSendNumberRequest, provisional); with the account's numbers now.",
  ),
  send: call(
    z.object({
      accountId: accountIdSchema,
      locationId: z.number().int(),
      to: sendToSchema,
      message: z
        .string()
        .refine((m) => m.trim() !== '', 'Message is required.')
        .refine((m) => m.length <= SMS_MAX_LENGTH, `Message must be at most ${SMS_MAX_LENGTH} characters.`),
      secure: z.boolean(),
      /** The environment the form was typed in: the text goes there, or nowhere. */
      environmentId,
      confirmProduction,
    }),
    smsSendResultSchema,
    'Sends one text (SmsSend). Never repeated automatically; the body and number are never stored.',
  ),
  checkNow: call(
    z.object({ accountId: accountIdSchema.optional() }),
    smsPollStatusSchema.extend({ numbers: smsNumbersSchema.optional() }),
    'Checks pending numbers with Updox now (and the named account, answering its numbers), instead of waiting for the next poll.',
  ),
  pollStatus: call(z.void(), smsPollStatusSchema, 'When pending numbers were last and will next be checked.'),
  notifications: call(
    z.void(),
    z.object({ toasts: z.array(smsToastSchema), changeSeq: z.number().int().nonnegative() }),
    'Drains the number approvals/rejections the host could not show as OS notifications.',
  ),
  templates: call(
    z.void(),
    z.object({ templates: z.array(smsTemplateSchema) }),
    'The saved message templates.',
  ),
  saveTemplates: call(
    z.object({ templates: z.array(smsTemplateSchema).max(50) }),
    z.object({ templates: z.array(smsTemplateSchema) }),
    'Replaces the saved message templates.',
  ),
  history: call(
    z.object({ accountId: accountIdSchema.optional(), limit: z.number().int().min(1).max(500).default(50) }),
    z.object({ entries: z.array(smsHistoryEntrySchema) }),
    "The active environment's recent sends: time, account, location, last four digits and outcome. Never the message.",
  ),
};

export type SmsNumbers = z.infer<typeof smsNumbersSchema>;
export type SmsLocationNumber = z.infer<typeof smsLocationNumberSchema>;
export type SmsSendResult = z.infer<typeof smsSendResultSchema>;
export type SmsTemplate = z.infer<typeof smsTemplateSchema>;
export type SmsToast = z.infer<typeof smsToastSchema>;
export type SmsPollStatus = z.infer<typeof smsPollStatusSchema>;
export type SmsHistoryEntry = z.infer<typeof smsHistoryEntrySchema>;
export type SmsTimelineEntry = z.infer<typeof smsTimelineEntrySchema>;
