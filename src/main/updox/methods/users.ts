import type { Caller } from '../caller';
import type { UserDetails, UserRecord } from '../types';
import { UpdoxError } from '../updox-error';
import type { FieldNaming } from '../validation-message';
import { okOnly } from '../wire/primitives';
import {
  userGetResponse,
  userListResponse,
  userRecordSchema,
  userRequestBody,
  userWireFields,
} from '../wire/user';

const naming: FieldNaming = { wireToApp: userWireFields, subject: 'user' };

export function userMethods(call: Caller) {
  return {
    /** Creates or updates a user (an upsert: every field is sent, so repeating it is safe). */
    userSave: async (accountId: string, user: UserRecord): Promise<void> => {
      if (!userRecordSchema.safeParse(user).success) {
        throw new UpdoxError({
          kind: 'internal',
          method: 'UserSave',
          message: 'UserSave needs the whole user record; some fields are missing. Nothing was sent.',
        });
      }
      await call({
        method: 'UserSave',
        auth: 'account',
        accountId,
        body: userRequestBody(user),
        response: okOnly,
        retry: true,
        naming,
        context: { accountId, userId: user.userId, directAddress: user.directAddress },
      });
    },

    userGet: (accountId: string, userId: string): Promise<UserDetails> =>
      call({
        method: 'UserGet',
        auth: 'account',
        accountId,
        body: { userId },
        response: userGetResponse,
        retry: true,
        context: { accountId, userId },
      }),

    /** Every user the vendor credentials can see; with an accountId, only that account's users. */
    userList: async (accountId?: string): Promise<UserDetails[]> => {
      const users = await call({
        method: 'UserList',
        auth: accountId === undefined ? 'application' : 'account',
        ...(accountId === undefined ? {} : { accountId, context: { accountId } }),
        response: userListResponse,
        retry: true,
      });
      return accountId === undefined
        ? users
        : users.filter((u) => u.accountId === '' || u.accountId === accountId);
    },
  };
}
