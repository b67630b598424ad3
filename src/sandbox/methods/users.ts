import { CODES } from '../codes';
import type { MethodCall } from '../context';
import { FieldReader } from '../fields';
import { findUser } from '../lookups';
import { errorReply, okReply, validationReply, type Reply } from '../protocol';
import {
  DEFAULT_TIME_ZONE,
  RULE_TEXT,
  isAcceptablePassword,
  isPostal,
  isTimeZone,
  isUsStateCode,
} from '../rules/practice-rules';
import type { User } from '../state';

type WriteMode = 'create' | 'update' | 'save';

/** The user a call is about: body `userId`, else `auth.userId`. A Reply when there is none or it is reserved. */
function userIdOf(call: MethodCall): string | Reply {
  const reader = new FieldReader(call.body);
  const fromBody = reader.string('userId');
  if (reader.problems.length > 0) return validationReply(reader.problems);
  const id = fromBody ?? (call.auth.userId.trim() === '' ? null : call.auth.userId);
  if (id === null) return errorReply(CODES.noUserId);
  return id.startsWith('@') ? errorReply(CODES.userIdReserved) : id;
}

function writeUser(call: MethodCall, mode: WriteMode): Reply {
  const account = call.account;
  if (!account) return errorReply(CODES.practiceUnauthorized);
  const userId = userIdOf(call);
  if (typeof userId !== 'string') return userId;
  const { state } = call.runtime;
  const existing = findUser(state, account.accountId, userId);
  if (mode === 'create' && existing) return errorReply(CODES.userExists);
  if (mode === 'update' && !existing) return errorReply(CODES.userMissing);

  const r = new FieldReader(call.body);
  const firstName = r.string('firstName');
  r.require('firstName', firstName);
  const lastName = r.string('lastName');
  r.require('lastName', lastName);
  const userState = r.string('state');
  r.check('state', userState, isUsStateCode, RULE_TEXT.state);
  const postal = r.string('postal');
  r.check('postal', postal, isPostal, RULE_TEXT.postal);
  const timeZone = r.string('timeZone');
  r.check('timeZone', timeZone, isTimeZone, RULE_TEXT.timeZone);
  const password = r.string('loginPassword');
  const fields = {
    loginId: r.string('loginId'),
    emrUserId: r.string('emrUserId'),
    middleName: r.string('middleName'),
    address1: r.string('address1'),
    address2: r.string('address2'),
    city: r.string('city'),
    metadata: r.string('metadata'),
    npi: r.string('npi'),
    providerTaxonomyCode: r.string('providerTaxonomyCode'),
    directAddress: r.string('directAddress'),
    vetted: r.bool('vetted') ?? false,
    active: r.bool('active') ?? true,
    searchOptOut: r.bool('searchOptOut') ?? false,
    provider: r.bool('provider') ?? false,
    admin: r.bool('admin') ?? false,
  };
  if (r.problems.length > 0 || firstName === null || lastName === null) return validationReply(r.problems);
  // Only firstName and lastName are required (Updox's record): a user without a login authenticates API calls
  // only. A web login (loginId) needs a password, given now or already held.
  const hasLogin = (fields.loginId ?? existing?.loginId ?? '') !== '';
  if (hasLogin && password === null && !existing?.hasPassword) return errorReply(CODES.passwordRequired);
  if (password !== null && !isAcceptablePassword(password)) return errorReply(CODES.passwordPolicy);

  const user: User = {
    accountId: account.accountId,
    userId,
    firstName,
    lastName,
    state: userState,
    postal,
    timeZone: timeZone !== null && isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE,
    ...fields,
    hasPassword: password !== null || (existing?.hasPassword ?? false),
  };
  if (existing) {
    Object.assign(existing, user);
    call.runtime.updated.users.add(existing);
  } else state.users.push(user);
  return okReply({ userId, action: existing ? 'update' : 'create' });
}

/** A user as UserGet / UserList return it: never a password. */
export function userToWire(u: User): Record<string, unknown> {
  const { hasPassword: _internal, ...wire } = u;
  return wire;
}

export const userSave = (call: MethodCall): Reply => writeUser(call, 'save');
export const userCreate = (call: MethodCall): Reply => writeUser(call, 'create');
export const userUpdate = (call: MethodCall): Reply => writeUser(call, 'update');

export function userGet(call: MethodCall): Reply {
  if (!call.account) return errorReply(CODES.practiceUnauthorized);
  const userId = userIdOf(call);
  if (typeof userId !== 'string') return userId;
  const user = findUser(call.runtime.state, call.account.accountId, userId);
  return user ? okReply({ user: userToWire(user) }) : errorReply(CODES.userMissing);
}

/** Application auth: every user of the application, or of `auth.accountId` when one is given. */
export function userList(call: MethodCall): Reply {
  const accountId = call.auth.accountId.trim();
  const users = call.runtime.state.users.filter((u) => accountId === '' || u.accountId === accountId);
  return okReply({ userList: users.map(userToWire) });
}
