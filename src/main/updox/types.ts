import type { LocationRecordValues } from '../../shared/domain/fields/location-fields';
import type { PracticeRecordValues, PracticeValues } from '../../shared/domain/fields/practice-fields';
import type { UserDetailsValues, UserRecordValues } from '../../shared/domain/fields/user-fields';

/**
 * App-shaped Updox data: what the client's methods take and return. Strings are '' when Updox has no value;
 * booleans are booleans whatever form Updox sent them in.
 */

export type PracticeVersion = '1.0' | '1.1';

/**
 * A whole practice record (the practice field table's typed and kept fields). PracticeUpdate replaces every field
 * on Updox, so every field is always sent; the /1.1 ones are ignored when sent un-versioned.
 */
export type PracticeRecord = PracticeRecordValues;

/** A practice as PracticeGet / PracticeList return it. */
export type PracticeDetails = PracticeValues & {
  /** False when Updox did not return the /1.1 fields at all (they then read as ''; do not send them back blindly). */
  version11FieldsReturned: boolean;
};

export interface PracticeWriteResult {
  accountId: string;
  /** 'unknown' when Updox's answer did not say (the reference only documents "update"). */
  action: 'create' | 'update' | 'unknown';
  /** True when the answer was lost and the outcome was established afterwards with PracticeGet. */
  reconciled: boolean;
}

/** A location as LocationsSync takes it (an upsert keyed by externalId: every field is sent). */
export type LocationRecord = LocationRecordValues;

/** A location as PracticeLocationsRetrieve returns it: Updox's own numeric ID (what SMS methods call locationId). */
export type UpdoxLocation = LocationRecord & { updoxId: number; country: string };

export interface LocationSyncStatus {
  externalId: string;
  success: boolean;
  /** Updox's own message for the item ('' when none). */
  message: string;
  /** Problems by app field, when Updox's message names fields. */
  fields?: Record<string, string>;
}

/** A user as UserSave takes it (an upsert: every field is sent; the password only when given). */
export type UserRecord = UserRecordValues;

/** A user as UserGet / UserList return it. */
export type UserDetails = UserDetailsValues;

export type SmsNumberType = 'toll-free' | '10dlc';
export type SmsNumberStatus = 'number-pending' | 'pending' | 'approved' | 'rejected';

export interface SmsNumber {
  locationId: number;
  /** 10 digits, or null while no number is assigned yet. */
  number: string | null;
  numberType: SmsNumberType;
  status: SmsNumberStatus;
  /** ISO-8601 UTC. */
  statusDate: string;
}

export interface SmsSendInput {
  /** 10 digits. */
  to: string;
  message: string;
  locationId?: number;
  secure?: boolean;
}

export interface SmsSendResult {
  /** Updox's message ID, or null when a 2000 answer carried none. */
  messageId: string | null;
}
