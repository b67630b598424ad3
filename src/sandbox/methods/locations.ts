import { CODES } from '../codes';
import type { MethodCall, SandboxRuntime } from '../context';
import { FieldReader, asObject, type FieldSource } from '../fields';
import { accountLocations } from '../lookups';
import { errorReply, okReply, validationReply, type Reply } from '../protocol';
import { RULE_TEXT, isEmail, isPostal, isTenDigits, isUsStateCode } from '../rules/practice-rules';
import type { Account, Location } from '../state';

interface SyncStatus {
  id: string | null;
  success: boolean;
  message: string | null;
}

type LocationFields = Omit<Location, 'id' | 'accountId' | 'code' | 'externalId'>;

/** The external id of a sync item: a string, or an integer number taken as its decimal string. */
function externalIdOf(item: FieldSource, r: FieldReader): string | null {
  const raw = item['id'];
  if (typeof raw === 'number' && Number.isSafeInteger(raw)) return String(raw);
  const id = r.string('id');
  r.require('id', id);
  return id;
}

function readLocation(item: FieldSource, r: FieldReader): LocationFields {
  const name = r.string('name');
  r.require('name', name);
  const state = r.string('state');
  r.check('state', state, isUsStateCode, RULE_TEXT.state);
  const zip = r.string('zip');
  r.check('zip', zip, isPostal, RULE_TEXT.postal);
  const phones = (['dayphone', 'evephone', 'faxphone', 'apptphone'] as const).map((key) => {
    const value = r.string(key);
    r.check(key, value, isTenDigits, RULE_TEXT.tenDigits);
    return value;
  });
  const emailAddress = r.string('emailAddress');
  r.check('emailAddress', emailAddress, isEmail, RULE_TEXT.email);
  return {
    name,
    address1: r.string('address1'),
    address2: r.string('address2'),
    city: r.string('city'),
    state,
    zip,
    dayphone: phones[0] ?? null,
    evephone: phones[1] ?? null,
    faxphone: phones[2] ?? null,
    apptphone: phones[3] ?? null,
    emailAddress,
    showInPortal: r.bool('showInPortal') ?? false,
    active: r.bool('active') ?? true,
  };
}

/** Creates or replaces one location; identity is (account, code, external id). */
function syncOne(runtime: SandboxRuntime, accountId: string, raw: unknown): SyncStatus {
  const { state } = runtime;
  const item = asObject(raw);
  if (!item) return { id: null, success: false, message: 'location: must be an object' };
  const r = new FieldReader(item);
  const externalId = externalIdOf(item, r);
  const code = r.string('code') ?? '';
  const fields = readLocation(item, r);
  if (r.problems.length > 0 || externalId === null) {
    return { id: externalId, success: false, message: r.problems.join('; ') };
  }
  const existing = state.locations.find(
    (l) => l.accountId === accountId && l.code === code && l.externalId === externalId,
  );
  if (existing) {
    Object.assign(existing, fields);
    runtime.updated.locations.add(existing);
  } else
    state.locations.push({ id: state.counters.nextLocationId++, accountId, code, externalId, ...fields });
  return { id: externalId, success: true, message: null };
}

/** Always 2000 at the top level (once auth passed); each item's outcome is in `statuses`. */
export function locationsSync(call: MethodCall): Reply {
  if (!call.account) return errorReply(CODES.practiceUnauthorized);
  const raw = call.body['locations'];
  if (raw !== undefined && raw !== null && !Array.isArray(raw))
    return validationReply(['locations: must be an array']);
  const items: unknown[] = Array.isArray(raw) ? raw : [];
  const accountId = call.account.accountId;
  return okReply({ statuses: items.map((item) => syncOne(call.runtime, accountId, item)) });
}

export function locationToWire(l: Location, account: Account): Record<string, unknown> {
  return {
    id: l.id,
    pid: account.pid,
    code: l.code,
    name: l.name,
    externalId: l.externalId,
    address1: l.address1,
    address2: l.address2,
    city: l.city,
    state: l.state,
    zip: l.zip,
    country: null,
    dayphone: l.dayphone,
    evephone: l.evephone,
    faxphone: l.faxphone,
    apptphone: l.apptphone,
    emailAddress: l.emailAddress,
    showInPortal: l.showInPortal,
    active: l.active,
    sortOrder: 0,
  };
}

export function practiceLocationsRetrieve(call: MethodCall): Reply {
  const account = call.account;
  if (!account) return errorReply(CODES.practiceUnauthorized);
  const r = new FieldReader(call.body);
  const activeOnly = r.bool('activeOnly') ?? false;
  if (r.problems.length > 0) return validationReply(r.problems);
  const locations = accountLocations(call.runtime.state, account.accountId).filter(
    (l) => !activeOnly || l.active,
  );
  return okReply({ locations: locations.map((l) => locationToWire(l, account)) });
}
