import { z } from 'zod';
import type { UserDetails, UserRecord } from '../types';
import { wireBool, wireString } from './primitives';

/** User wire keys (reference 4.4) that differ from the app field names. */
export const userWireFields: Readonly<Record<string, string>> = { loginPassword: 'password' };

const stringFields = [
  'userId',
  'emrUserId',
  'loginId',
  'firstName',
  'middleName',
  'lastName',
  'address1',
  'address2',
  'city',
  'state',
  'postal',
  'timeZone',
  'metadata',
  'npi',
  'providerTaxonomyCode',
  'directAddress',
] as const;
const boolFields = ['active', 'searchOptOut', 'provider', 'admin'] as const;

export const userRecordSchema = z.object({
  ...Object.fromEntries(stringFields.map((f) => [f, z.string()])),
  userId: z.string().min(1),
  password: z.string().optional(),
  ...Object.fromEntries(boolFields.map((f) => [f, z.boolean()])),
});

/** The UserSave body: every field, always; the password only when one is given. */
export function userRequestBody(user: UserRecord): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of stringFields) body[field] = user[field];
  for (const field of boolFields) body[field] = user[field];
  if (user.password !== undefined && user.password !== '') body.loginPassword = user.password;
  return body;
}

const userItem = z
  .object({
    userId: z.string().min(1),
    accountId: wireString,
    loginId: wireString,
    firstName: wireString,
    middleName: wireString,
    lastName: wireString,
    address1: wireString,
    address2: wireString,
    city: wireString,
    state: wireString,
    postal: wireString,
    timeZone: wireString,
    metadata: wireString,
    npi: wireString,
    providerTaxonomyCode: wireString,
    directAddress: wireString,
    vetted: wireBool(false),
    active: wireBool(false),
    searchOptOut: wireBool(false),
    provider: wireBool(false),
    admin: wireBool(false),
  })
  .transform((u): UserDetails => ({ ...u }));

export const userGetResponse = z.object({ user: userItem }).transform((r) => r.user);
export const userListResponse = z.object({ userList: z.array(userItem) }).transform((r) => r.userList);
