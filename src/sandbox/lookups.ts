import { DEFAULT_LOCATION_CODE } from './defaults';
import type { Account, Location, SandboxState, SmsNumber, User } from './state';

/** Finders over the state. Account ids and user ids are matched exactly. */

export const findAccount = (state: SandboxState, accountId: string): Account | undefined =>
  state.accounts.find((a) => a.accountId === accountId);

export const findUser = (state: SandboxState, accountId: string, userId: string): User | undefined =>
  state.users.find((u) => u.accountId === accountId && u.userId === userId);

export const accountLocations = (state: SandboxState, accountId: string): Location[] =>
  state.locations.filter((l) => l.accountId === accountId).sort((a, b) => a.id - b.id);

export const findLocation = (
  state: SandboxState,
  accountId: string,
  locationId: number,
): Location | undefined => state.locations.find((l) => l.accountId === accountId && l.id === locationId);

export const defaultLocation = (state: SandboxState, accountId: string): Location | undefined =>
  state.locations.find(
    (l) => l.accountId === accountId && l.code === DEFAULT_LOCATION_CODE && l.externalId === null,
  );

export const findSmsNumber = (
  state: SandboxState,
  accountId: string,
  locationId: number,
): SmsNumber | undefined =>
  state.smsNumbers.find((n) => n.accountId === accountId && n.locationId === locationId);

/** websiteAddress is globally unique, compared case-insensitively. */
export const websiteAddressOwner = (state: SandboxState, websiteAddress: string): Account | undefined =>
  state.accounts.find(
    (a) => a.websiteAddress !== null && a.websiteAddress.toLowerCase() === websiteAddress.toLowerCase(),
  );
