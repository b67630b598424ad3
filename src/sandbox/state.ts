import { z } from 'zod';
import { DEFAULT_NUMBER_ASSIGN_DELAY_MS, DEFAULT_VERIFICATION_DELAY_MS } from './defaults';
import { SMS_NUMBER_STATUSES, SMS_NUMBER_TYPES, SMS_VERIFICATION_OUTCOMES } from './provisional';
import { TIME_ZONES } from './rules/practice-rules';

/** The sandbox's whole persistent state: types and the zod schema that guards the data file. */

const text = z.string().nullable();

export const accountSchema = z.object({
  accountId: z.string(),
  pid: z.number().int(),
  name: z.string(),
  address1: text,
  address2: text,
  city: text,
  state: text,
  postal: text,
  phone: text,
  fax: text,
  timeZone: z.enum(TIME_ZONES),
  websiteAddress: text,
  directDomain: text,
  directAddress: text,
  metadata: text,
  active: z.boolean(),
  websiteUrl: text,
  alternativeWebsiteUrl: text,
  countryCode: z.string(),
});
export type Account = z.infer<typeof accountSchema>;

export const locationSchema = z.object({
  id: z.number().int(),
  accountId: z.string(),
  code: z.string(),
  externalId: z.string().nullable(),
  name: text,
  address1: text,
  address2: text,
  city: text,
  state: text,
  zip: text,
  dayphone: text,
  evephone: text,
  faxphone: text,
  apptphone: text,
  emailAddress: text,
  showInPortal: z.boolean(),
  active: z.boolean(),
});
export type Location = z.infer<typeof locationSchema>;

/** A user. The password itself is never kept: only whether one was set. */
export const userSchema = z.object({
  accountId: z.string(),
  userId: z.string(),
  loginId: text,
  emrUserId: text,
  firstName: z.string(),
  middleName: text,
  lastName: z.string(),
  address1: text,
  address2: text,
  city: text,
  state: text,
  postal: text,
  timeZone: z.enum(TIME_ZONES),
  metadata: text,
  npi: text,
  providerTaxonomyCode: text,
  directAddress: text,
  vetted: z.boolean(),
  active: z.boolean(),
  searchOptOut: z.boolean(),
  provider: z.boolean(),
  admin: z.boolean(),
  hasPassword: z.boolean(),
});
export type User = z.infer<typeof userSchema>;

export const smsNumberSchema = z.object({
  accountId: z.string(),
  locationId: z.number().int(),
  number: z
    .string()
    .regex(/^\d{10}$/)
    .nullable(),
  numberType: z.enum(SMS_NUMBER_TYPES),
  status: z.enum(SMS_NUMBER_STATUSES),
  /** Sandbox-clock time of the last status change. */
  statusDateMs: z.number(),
});
export type SmsNumber = z.infer<typeof smsNumberSchema>;

const partnerText = z.string();
export const partnerSchema = z.object({
  name: partnerText,
  legalName: partnerText,
  address1: partnerText,
  address2: partnerText,
  city: partnerText,
  state: partnerText,
  postal: partnerText,
  countryCode: partnerText,
  website: partnerText,
  contactFirstName: partnerText,
  contactLastName: partnerText,
  contactEmail: partnerText,
  contactPhone: partnerText,
});
export type PartnerDetails = z.infer<typeof partnerSchema>;

export const verificationSchema = z.object({
  delayMs: z.number().nonnegative(),
  numberAssignDelayMs: z.number().nonnegative(),
  outcome: z.enum(SMS_VERIFICATION_OUTCOMES),
});
export type VerificationSettings = z.infer<typeof verificationSchema>;

/** One accepted SmsSend: metadata only. Never the body, never more than the last 4 digits of the recipient. */
const smsSendRecordSchema = z.object({
  messageId: z.string(),
  accountId: z.string(),
  locationId: z.number().int(),
  toLast4: z.string().regex(/^\d{4}$/),
  secure: z.boolean(),
  sentAtMs: z.number(),
});
export type SmsSendRecord = z.infer<typeof smsSendRecordSchema>;

export const sandboxStateSchema = z.object({
  schemaVersion: z.literal(1),
  accounts: z.array(accountSchema),
  locations: z.array(locationSchema),
  users: z.array(userSchema),
  smsNumbers: z.array(smsNumberSchema),
  partner: partnerSchema,
  smsEnabled: z.boolean(),
  clockOffsetMs: z.number(),
  verification: verificationSchema,
  smsSentCount: z.number().int().nonnegative(),
  recentSmsSends: z.array(smsSendRecordSchema),
  counters: z.object({
    nextPid: z.number().int(),
    nextLocationId: z.number().int(),
    nextNumberSeq: z.number().int(),
  }),
});
export type SandboxState = z.infer<typeof sandboxStateSchema>;

const emptyPartner = (): PartnerDetails => ({
  name: '',
  legalName: '',
  address1: '',
  address2: '',
  city: '',
  state: '',
  postal: '',
  countryCode: '',
  website: '',
  contactFirstName: '',
  contactLastName: '',
  contactEmail: '',
  contactPhone: '',
});

const defaultVerification = (): VerificationSettings => ({
  delayMs: DEFAULT_VERIFICATION_DELAY_MS,
  numberAssignDelayMs: DEFAULT_NUMBER_ASSIGN_DELAY_MS,
  outcome: 'APPROVED',
});

export const emptyState = (verification: VerificationSettings = defaultVerification()): SandboxState => ({
  schemaVersion: 1,
  accounts: [],
  locations: [],
  users: [],
  smsNumbers: [],
  partner: emptyPartner(),
  smsEnabled: true,
  clockOffsetMs: 0,
  verification,
  smsSentCount: 0,
  recentSmsSends: [],
  counters: { nextPid: 1001, nextLocationId: 5001, nextNumberSeq: 100 },
});
