import { CODES } from '../codes';
import type { MethodCall } from '../context';
import { defaultLocationOf } from '../default-location';
import { FieldReader } from '../fields';
import { findAccount, websiteAddressOwner } from '../lookups';
import { errorReply, okReply, validationReply, type Reply } from '../protocol';
import { DEFAULT_COUNTRY_CODE, PRACTICE_V11_KEYS, PRACTICE_V11_VERSION } from '../provisional';
import type { Account, SandboxState } from '../state';
import { readPracticeInput, type PracticeInput } from './practice-input';

type WriteMode = 'create' | 'update' | 'save';

/** The practice a call is about: body `accountId`, else `auth.accountId`. A Reply when there is none. */
function practiceId(call: MethodCall): string | Reply {
  const reader = new FieldReader(call.body);
  const fromBody = reader.string('accountId');
  if (reader.problems.length > 0) return validationReply(reader.problems);
  const id = fromBody ?? (call.auth.accountId.trim() === '' ? null : call.auth.accountId);
  return id ?? errorReply(CODES.noPracticeId);
}

function writePractice(call: MethodCall, mode: WriteMode): Reply {
  const id = practiceId(call);
  if (typeof id !== 'string') return id;
  const { state } = call.runtime;
  const existing = findAccount(state, id);
  if (mode === 'create' && existing) return errorReply(CODES.accountExists);
  if (mode === 'update' && !existing) return errorReply(CODES.accountMissing);

  const result = readPracticeInput(call.body, call.version === PRACTICE_V11_VERSION);
  if (!result.ok) {
    return result.problems.length > 0
      ? validationReply(result.problems)
      : errorReply(CODES.webAddressInvalid);
  }
  const { input } = result;
  const owner = input.websiteAddress === null ? undefined : websiteAddressOwner(state, input.websiteAddress);
  if (owner && owner.accountId !== id) return errorReply(CODES.webAddressTaken);

  if (existing) {
    Object.assign(existing, accountFields(input, existing));
    call.runtime.updated.accounts.add(existing);
    return okReply({ accountId: id, action: 'update' });
  }
  createAccount(state, id, input);
  return okReply({ accountId: id, action: 'create' });
}

/** Every field comes from the input (omitted = cleared), except that an un-versioned call keeps the 1.1 fields. */
function accountFields(input: PracticeInput, previous: Account | null): Omit<Account, 'accountId' | 'pid'> {
  const v11 = input.v11 ?? {
    websiteUrl: previous?.websiteUrl ?? null,
    alternativeWebsiteUrl: previous?.alternativeWebsiteUrl ?? null,
    countryCode: previous?.countryCode ?? DEFAULT_COUNTRY_CODE,
  };
  const { v11: _ignored, ...fields } = input;
  return { ...fields, ...v11 };
}

/** A new account always gets the "def" Default Location. */
function createAccount(state: SandboxState, accountId: string, input: PracticeInput): void {
  const pid = state.counters.nextPid++;
  state.accounts.push({ accountId, pid, ...accountFields(input, null) });
  state.locations.push(defaultLocationOf(state.counters.nextLocationId++, accountId));
}

/** A practice as PracticeGet / PracticeList return it (the 1.1 fields always included). */
export function practiceToWire(a: Account): Record<string, unknown> {
  return {
    accountId: a.accountId,
    name: a.name,
    address1: a.address1,
    address2: a.address2,
    city: a.city,
    state: a.state,
    postal: a.postal,
    phone: a.phone,
    fax: a.fax,
    directAddress: a.directAddress,
    directDomain: a.directDomain,
    websiteAddress: a.websiteAddress,
    metadata: a.metadata,
    timeZone: a.timeZone,
    vetted: false,
    active: a.active,
    [PRACTICE_V11_KEYS.websiteUrl]: a.websiteUrl,
    [PRACTICE_V11_KEYS.alternativeWebsiteUrl]: a.alternativeWebsiteUrl,
    [PRACTICE_V11_KEYS.countryCode]: a.countryCode,
  };
}

export const practiceCreate = (call: MethodCall): Reply => writePractice(call, 'create');
export const practiceUpdate = (call: MethodCall): Reply => writePractice(call, 'update');
export const practiceSave = (call: MethodCall): Reply => writePractice(call, 'save');

export function practiceGet(call: MethodCall): Reply {
  const id = practiceId(call);
  if (typeof id !== 'string') return id;
  const account = findAccount(call.runtime.state, id);
  return account ? okReply({ practice: practiceToWire(account) }) : errorReply(CODES.accountMissing);
}

export const practiceList = (call: MethodCall): Reply =>
  okReply({ practiceList: call.runtime.state.accounts.map(practiceToWire) });
