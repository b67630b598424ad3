import { randomUUID } from 'node:crypto';
import { CODES } from '../codes';
import type { MethodCall } from '../context';
import { SMS_LOG_LIMIT } from '../defaults';
import { FieldReader } from '../fields';
import { defaultLocation, findLocation, findSmsNumber } from '../lookups';
import { errorReply, okReply, validationReply, type Reply } from '../protocol';
import {
  SMS_MESSAGE_MAX_CHARS,
  SMS_REQUEST_KEYS as KEYS,
  SMS_RESPONSE_KEYS,
  smsNumberEntryToWire,
} from '../provisional';
import { businessDetailsSufficient } from '../rules/business-details';
import { assignAndVerify, requestNumber } from '../sms-lifecycle';
import type { Account, Location } from '../state';

/** PROVISIONAL shapes (reference section 8): every wire name comes from ../provisional. */

function smsNotEnabled(call: MethodCall): Reply | null {
  return call.runtime.state.smsEnabled ? null : errorReply(CODES.smsNotEnabled);
}

/** The location a call names (`locationId`), or the Default Location when it names none and `fallback` is set. */
function locationOf(call: MethodCall, account: Account, r: FieldReader, fallback: boolean): Location | null {
  const locationId = r.int(KEYS.locationId);
  if (r.hasProblem(KEYS.locationId)) return null;
  if (locationId === null) {
    const fallbackLocation = fallback ? defaultLocation(call.runtime.state, account.accountId) : undefined;
    if (!fallbackLocation) r.require(KEYS.locationId, locationId);
    return fallbackLocation ?? null;
  }
  const location = findLocation(call.runtime.state, account.accountId, locationId);
  if (!location) r.problem(KEYS.locationId, 'is not a location of this account');
  else if (!location.active) r.problem(KEYS.locationId, 'is an inactive location');
  return location?.active ? location : null;
}

export function smsSendNumberList(call: MethodCall): Reply {
  const account = call.account;
  if (!account) return errorReply(CODES.practiceUnauthorized);
  const disabled = smsNotEnabled(call);
  if (disabled) return disabled;
  const numbers = call.runtime.state.smsNumbers.filter((n) => n.accountId === account.accountId);
  return okReply({ [SMS_RESPONSE_KEYS.numbers]: numbers.map(smsNumberEntryToWire) });
}

export function smsSendNumberRequest(call: MethodCall): Reply {
  const account = call.account;
  if (!account) return errorReply(CODES.practiceUnauthorized);
  const disabled = smsNotEnabled(call);
  if (disabled) return disabled;
  const r = new FieldReader(call.body);
  const location = locationOf(call, account, r, false);
  if (r.problems.length > 0 || !location) return validationReply(r.problems);
  const { state } = call.runtime;
  if (!businessDetailsSufficient(account, state.partner)) return errorReply(CODES.businessInfoInsufficient);

  const now = call.runtime.clock.now();
  const existing = findSmsNumber(state, account.accountId, location.id);
  const entry =
    existing === undefined
      ? requestNumber(state, account.accountId, location.id, now)
      : existing.status === 'REJECTED'
        ? assignAndVerify(state, account.accountId, location.id, now)
        : existing;
  return okReply({ [SMS_RESPONSE_KEYS.number]: smsNumberEntryToWire(entry) });
}

export function smsSend(call: MethodCall): Reply {
  const account = call.account;
  if (!account) return errorReply(CODES.practiceUnauthorized);
  const disabled = smsNotEnabled(call);
  if (disabled) return disabled;

  const r = new FieldReader(call.body);
  const to = r.string(KEYS.to);
  r.require(KEYS.to, to);
  r.check(KEYS.to, to, (v) => /^\d{10}$/.test(v), 'must be 10 digits');
  const message = r.string(KEYS.message);
  r.require(KEYS.message, message);
  r.check(
    KEYS.message,
    message,
    (v) => [...v].length <= SMS_MESSAGE_MAX_CHARS,
    `must be at most ${SMS_MESSAGE_MAX_CHARS} characters`,
  );
  const location = locationOf(call, account, r, true);
  const secure = r.bool(KEYS.secure) ?? false;
  if (r.problems.length > 0 || to === null || !location) return validationReply(r.problems);

  const { state } = call.runtime;
  if (!businessDetailsSufficient(account, state.partner)) return errorReply(CODES.businessInfoInsufficient);
  const now = call.runtime.clock.now();
  const entry = findSmsNumber(state, account.accountId, location.id);
  if (!entry) {
    assignAndVerify(state, account.accountId, location.id, now);
    return errorReply(CODES.smsNotVerified);
  }
  if (entry.status === 'REJECTED') return errorReply(CODES.businessInfoInsufficient);
  if (entry.status !== 'APPROVED') return errorReply(CODES.smsNotVerified);

  const messageId = `sbx-${randomUUID()}`;
  state.smsSentCount += 1;
  state.recentSmsSends.push({
    messageId,
    accountId: account.accountId,
    locationId: location.id,
    toLast4: to.slice(-4),
    secure,
    sentAtMs: now,
  });
  if (state.recentSmsSends.length > SMS_LOG_LIMIT)
    state.recentSmsSends.splice(0, state.recentSmsSends.length - SMS_LOG_LIMIT);
  return okReply({ [SMS_RESPONSE_KEYS.messageId]: messageId });
}
