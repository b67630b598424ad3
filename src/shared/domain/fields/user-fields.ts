import { freeTextRule, type FieldRule } from '../field-rules/field-rule';
import { loginIdRule, userIdRule } from '../field-rules/identifiers';
import { passwordRule } from '../field-rules/password';
import {
  fieldsWhere,
  labelsOf,
  type FieldDisplay,
  type FieldInputSpec,
  type FieldSource,
  type FieldsWhere,
  type FieldSpec,
  type ValuesOf,
  type WireSpec,
} from './field-spec';

const USERS_STEP = 6;
const w = (key: string, writeOnly = false): WireSpec => ({
  key,
  api: '1.0',
  ...(writeOnly ? { writeOnly } : {}),
});
const free =
  (required = false, max?: number) =>
  (label: string) =>
    freeTextRule(label, required, max);

const text = (
  label: string,
  rule: (label: string) => FieldRule,
  wire: WireSpec,
  csv: readonly [string, ...string[]],
  more: { required?: true; input?: FieldInputSpec } = {},
) =>
  ({
    label,
    wire,
    value: { kind: 'text', rule },
    source: 'typed',
    step: USERS_STEP,
    display: 'text',
    input: more.input ?? { control: 'text' },
    ...(more.required ? { required: true } : {}),
    panel: true,
    sms: 'none',
    csv,
  }) as const satisfies FieldSpec;

const flag = (label: string, key: string, blank: boolean, step: number | null, row?: string) =>
  ({
    label,
    wire: w(key),
    value: { kind: 'flag', blank },
    source: 'typed',
    step,
    display: 'flag',
    input: { control: 'check', ...(row === undefined ? {} : { row }) },
    panel: true,
    sms: 'none',
    csv: [label, key],
  }) as const satisfies FieldSpec;

/** A field of the user's Updox record the app does not ask for: kept as Updox holds it, or only read. */
const notTyped = <const S extends Exclude<FieldSource, 'typed'>>(
  source: S,
  label: string,
  key: string,
  display: FieldDisplay = 'text',
) =>
  ({
    label,
    wire: w(key),
    value: { kind: 'text', rule: free() },
    source,
    step: null,
    display,
    panel: false,
    sms: 'none',
    csv: [label, key],
    // No `satisfies FieldSpec` here: with a generic source it widens S to 'kept' | 'read' (the table checks the row).
  }) as const;

/** A yes/no of the user's Updox record the app does not ask for. */
const notTypedFlag = <const S extends Exclude<FieldSource, 'typed'>>(source: S, label: string, key: string) =>
  ({
    label,
    wire: w(key),
    value: { kind: 'flag', blank: false },
    source,
    step: null,
    display: 'flag',
    panel: false,
    sms: 'none',
    csv: [label, key],
    // No `satisfies FieldSpec` here: with a generic source it widens S to 'kept' | 'read' (the table checks the row).
  }) as const;

const kept = (label: string, key: string, display?: FieldDisplay) => notTyped('kept', label, key, display);
const readOnly = (label: string, key: string, display?: FieldDisplay) =>
  notTyped('read', label, key, display);
const keptFlag = (label: string, key: string) => notTypedFlag('kept', label, key);
const readOnlyFlag = (label: string, key: string) => notTypedFlag('read', label, key);

/**
 * A USER of a practice (reference 4.4): UserSave sends it (an upsert; the password only when given, as
 * `loginPassword`), UserGet / UserList answer it (never a password).
 */
export const userFieldTable = {
  firstName: text('First name', free(true, 100), w('firstName'), ['First name', 'firstName'], {
    required: true,
    input: { control: 'text', row: 'name' },
  }),
  lastName: text('Last name', free(true, 100), w('lastName'), ['Last name', 'lastName'], {
    required: true,
    input: { control: 'text', row: 'name' },
  }),
  userId: text('User ID', userIdRule, w('userId'), ['User ID', 'userId'], {
    required: true,
    input: { control: 'text', row: 'ids' },
  }),
  loginId: text('Login ID', loginIdRule, w('loginId'), ['Login ID', 'loginId'], {
    input: {
      control: 'text',
      row: 'ids',
      hint: 'The web login, with the Password. Leave both empty for a user without a web login: it authenticates API calls only.',
    },
  }),
  password: text('Password', passwordRule, w('loginPassword', true), ['Password', 'loginPassword'], {
    input: {
      control: 'text',
      type: 'password',
      hint: 'Needed with a Login ID: 8 to 30 characters with an upper-case letter, a lower-case letter, and a number or special character. Kept in the app’s vault, never in the draft.',
    },
  }),
  provider: flag('Provider', 'provider', false, USERS_STEP, 'roles'),
  admin: flag('Administrator', 'admin', false, USERS_STEP, 'roles'),
  /** Not asked: a user the wizard adds is active (Updox's blank). */
  active: flag('Active', 'active', true, null),
  emrUserId: kept('EMR user ID', 'emrUserId'),
  middleName: kept('Middle name', 'middleName'),
  address1: kept('Address line 1', 'address1'),
  address2: kept('Address line 2', 'address2'),
  city: kept('City', 'city'),
  state: kept('State', 'state', 'state'),
  postal: kept('ZIP code', 'postal', 'zip'),
  timeZone: kept('Time zone', 'timeZone', 'timeZone'),
  metadata: kept('Metadata', 'metadata'),
  npi: kept('NPI', 'npi'),
  providerTaxonomyCode: kept('Provider taxonomy code', 'providerTaxonomyCode'),
  directAddress: kept('Direct address', 'directAddress'),
  searchOptOut: keptFlag('Search opt-out', 'searchOptOut'),
  accountId: readOnly('Account ID', 'accountId'),
  vetted: readOnlyFlag('Vetted', 'vetted'),
} as const satisfies Record<string, FieldSpec>;

type T = typeof userFieldTable;

/** The fields a person types for a user (the app's User). */
export type UserField = FieldsWhere<T, { source: 'typed' }>;
export const userFields = fieldsWhere<T, UserField>(userFieldTable, (s) => s.source === 'typed');
/** The fields UserSave writes, but the password (sent only when given). */
export type UserRecordField = Exclude<FieldsWhere<T, { source: 'typed' | 'kept' }>, 'password'>;
export const userRecordFields = fieldsWhere<T, UserRecordField>(
  userFieldTable,
  (s, key) => s.source !== 'read' && key !== 'password',
);
/** The fields the wizard does not ask for but writes back as Updox holds them. */
export type UserKeptField = FieldsWhere<T, { source: 'kept' }>;
export const userKeptFields = fieldsWhere<T, UserKeptField>(userFieldTable, (s) => s.source === 'kept');
/** The fields UserGet and UserList answer (every one but the password, which Updox never returns). */
export type UserDetailsField = Exclude<keyof T & string, 'password'>;
export const userDetailsFields = fieldsWhere<T, UserDetailsField>(
  userFieldTable,
  (_s, key) => key !== 'password',
);
/** A user as UserSave writes it, app-named; the password only when one is given. */
export type UserRecordValues = ValuesOf<T, UserRecordField> & { password?: string };
/** A user as Updox answers it, app-named. */
export type UserDetailsValues = ValuesOf<T, UserDetailsField>;

export const userLabels = labelsOf(userFieldTable);
