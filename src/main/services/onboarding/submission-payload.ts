import { z } from 'zod';
import type { DraftPractice, WizardRecord } from '../../../shared/contract/onboarding';
import { locationSchema, type PracticeLocation } from '../../../shared/domain/location';
import { practiceSchema, type Practice } from '../../../shared/domain/practice';
import { userSchema, type User } from '../../../shared/domain/user';
import type {
  LocationRecord,
  PracticeDetails,
  PracticeRecord,
  UpdoxLocation,
  UserRecord,
} from '../../updox/types';

const key = z.string().min(1).max(40);

/**
 * One submission as the outbox holds it (the submission journal): the checked records, in stored form. A user's
 * password is not here: it stays sealed in the user password vault under (draftId, key).
 */
export const submissionPayloadSchema = z.object({
  draftId: z.string().min(1).max(128),
  environmentId: z.string().min(1).max(100),
  mode: z.enum(['create', 'update', 'save']),
  practice: practiceSchema,
  locations: z.array(locationSchema.extend({ key })),
  users: z.array(userSchema.omit({ password: true }).extend({ key })),
});

export type SubmissionPayload = z.infer<typeof submissionPayloadSchema>;

export const payloadFromRecord = (
  record: WizardRecord,
  meta: Pick<SubmissionPayload, 'draftId' | 'environmentId' | 'mode'>,
): SubmissionPayload => ({
  ...meta,
  practice: record.practice,
  locations: record.locations,
  users: record.users.map(({ password: _password, ...user }) => user),
});

/** The whole record to write: the wizard's fields over what Updox holds (directDomain and metadata are kept). */
export const practiceRecordFor = (practice: Practice, current: PracticeDetails | null): PracticeRecord => ({
  directDomain: current?.directDomain ?? '',
  metadata: current?.metadata ?? '',
  ...practice,
});

/** A LocationsSync item: every field; the phones the wizard does not show are kept from Updox's copy. */
export const locationRecordFor = (
  location: PracticeLocation,
  current: readonly UpdoxLocation[],
): LocationRecord => {
  const same = current.find((l) => l.externalId === location.externalId && l.code === location.code);
  return {
    externalId: location.externalId,
    code: location.code,
    name: location.name,
    address1: location.address1,
    address2: location.address2,
    city: location.city,
    state: location.state,
    postal: location.zip,
    phone: location.phone,
    eveningPhone: same?.eveningPhone ?? '',
    fax: location.fax,
    appointmentPhone: same?.appointmentPhone ?? '',
    email: location.email,
    showInPortal: location.showInPortal,
    active: location.active,
  };
};

export const userRecordFor = (user: Omit<User, 'password'>, password: string): UserRecord => ({
  userId: user.userId,
  emrUserId: '',
  loginId: user.loginId,
  ...(password === '' ? {} : { password }),
  firstName: user.firstName,
  middleName: '',
  lastName: user.lastName,
  address1: '',
  address2: '',
  city: '',
  state: '',
  postal: '',
  timeZone: '',
  metadata: '',
  npi: '',
  providerTaxonomyCode: '',
  directAddress: '',
  active: user.active,
  searchOptOut: false,
  provider: user.provider,
  admin: user.admin,
});

/** The practice as Updox holds it, in draft form (an update draft's fields and baseline, the review's "before"). */
export const practiceFromDetails = (d: PracticeDetails): DraftPractice => ({
  accountId: d.accountId,
  name: d.name,
  address1: d.address1,
  address2: d.address2,
  city: d.city,
  state: d.state,
  postal: d.postal,
  phone: d.phone,
  fax: d.fax,
  timeZone: d.timeZone === '' ? 'Zulu' : d.timeZone,
  websiteAddress: d.websiteAddress,
  directAddress: d.directAddress,
  active: d.active,
  websiteUrl: d.websiteUrl,
  alternativeWebsiteUrl: d.alternativeWebsiteUrl,
  countryCode: d.countryCode === '' ? 'US' : d.countryCode,
});
