import { z } from 'zod';
import type { DraftPractice, DraftUser, WizardRecord } from '../../../shared/contract/onboarding';
import { blankOf, blanksOf, pickFields } from '../../../shared/domain/fields/field-spec';
import {
  locationFieldTable,
  locationFields,
  locationKeptFields,
} from '../../../shared/domain/fields/location-fields';
import {
  userFieldTable,
  userFields,
  userKeptFields,
  type UserField,
} from '../../../shared/domain/fields/user-fields';
import { practiceFieldTable, practiceFields } from '../../../shared/domain/fields/practice-fields';
import { locationSchema, type PracticeLocation } from '../../../shared/domain/location';
import { practiceSchema, type Practice } from '../../../shared/domain/practice';
import { userSchema, type User } from '../../../shared/domain/user';
import type {
  LocationRecord,
  PracticeDetails,
  PracticeRecord,
  UpdoxLocation,
  UserDetails,
  UserRecord,
} from '../../updox/types';

const key = z.string().min(1).max(40);

/** The user fields a person types, but the password (never in a record at rest). */
const typedUserFields = userFields.filter((f): f is Exclude<UserField, 'password'> => f !== 'password');

/**
 * One submission as the outbox holds it (the submission journal): the checked records, in stored form. A user's
 * password is not here: it stays sealed in the user password vault under (draftId, key).
 */
export const submissionPayloadSchema = z.object({
  draftId: z.string().min(1).max(128),
  environmentId: z.string().min(1).max(100),
  /**
   * A submission to Production confirmed by the person when they submitted it: replays do not ask again. Absent
   * (older journals, or not Production): a Production replay waits for a confirmed retry.
   */
  confirmedForProduction: z.boolean().optional(),
  mode: z.enum(['create', 'update', 'save']),
  practice: practiceSchema,
  locations: z.array(locationSchema.extend({ key })),
  /** Only users to send; `existing`: a user already in Updox, written over its current record. */
  users: z.array(userSchema.omit({ password: true }).extend({ key, existing: z.boolean().optional() })),
});

export type SubmissionPayload = z.infer<typeof submissionPayloadSchema>;

export const payloadFromRecord = (
  record: WizardRecord,
  meta: Pick<SubmissionPayload, 'draftId' | 'environmentId' | 'mode' | 'confirmedForProduction'>,
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
  const kept = pickFields(
    locationFieldTable,
    locationKeptFields,
    same ?? blanksOf(locationFieldTable, locationKeptFields),
  );
  return { ...pickFields(locationFieldTable, locationFields, location), ...kept };
};

/**
 * A UserSave record: the wizard's fields over the user's current record in Updox (`current`, for a user already
 * there), so the fields the wizard does not show (NPI, address, metadata ...) are kept. A blank password is not sent,
 * which keeps the current one.
 */
export const userRecordFor = (
  user: Omit<User, 'password'>,
  password: string,
  current?: UserDetails,
): UserRecord => ({
  ...pickFields(userFieldTable, userKeptFields, current ?? blanksOf(userFieldTable, userKeptFields)),
  ...pickFields(userFieldTable, typedUserFields, user),
  ...(password === '' ? {} : { password }),
});

/** A user as Updox holds it, in draft form (an edit's "Already in Updox" list). */
export const userFromDetails = (u: UserDetails, index: number): DraftUser => ({
  key: `e${index}`,
  ...pickFields(userFieldTable, typedUserFields, u),
});

/**
 * The practice as Updox holds it, in draft form (an update draft's fields and baseline, the review's "before"):
 * every typed field of the field table, a blank one at its blank value (time zone Zulu, country US).
 */
export const practiceFromDetails = (d: PracticeDetails): DraftPractice =>
  Object.fromEntries(
    practiceFields.map((f) => [f, d[f] === '' ? blankOf(practiceFieldTable[f]) : d[f]]),
  ) as DraftPractice;
