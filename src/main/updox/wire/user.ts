import { z } from 'zod';
import { looseShapeOf } from '../../../shared/domain/fields/field-spec';
import {
  userDetailsFields,
  userFieldTable as table,
  userRecordFields,
} from '../../../shared/domain/fields/user-fields';
import type { UserDetails, UserRecord } from '../types';
import { appNamesOf, readShapeOf, wireToAppOf, writeBodyOf } from './table-wire';

/** A user on the Updox wire (reference 4.4), read and written from the user field table. */

/** App field names by the wire keys that differ from them (`loginPassword` is the password). */
export const userWireFields = wireToAppOf(table, [...userRecordFields, 'password']);

export const userRecordSchema = z.object({
  ...looseShapeOf(table, userRecordFields),
  userId: z.string().min(1),
  password: z.string().optional(),
});

/** The UserSave body: every field, always; the password only when one is given. */
export const userRequestBody = (user: UserRecord): Record<string, unknown> =>
  writeBodyOf(table, [...userRecordFields, 'password'], user);

/** A user as UserGet / UserList answer it; a yes/no Updox leaves out reads as no. */
const userItem = z
  .looseObject({ ...readShapeOf(table, userDetailsFields, {}, false), userId: z.string().min(1) })
  .transform((item) => appNamesOf(table, userDetailsFields, item) as UserDetails);

export const userGetResponse = z.object({ user: userItem }).transform((r) => r.user);
export const userListResponse = z.object({ userList: z.array(userItem) }).transform((r) => r.userList);
