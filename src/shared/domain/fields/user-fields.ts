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
const notTyped = <S extends Exclude<FieldSource, 'typed'>>(
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
  }) as const satisfies FieldSpec;

/** A yes/no of the user's Updox record the app does not ask for. */
const notTypedFlag = <S extends Exclude<FieldSource, 'typed'>>(source: S, label: string, key: string) =>
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
  }) as const satisfies FieldSpec;

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
  emrUserId: notTyped('kept', 'EMR user ID', 'emrUserId'),
  middleName: notTyped('kept', 'Middle name', 'middleName'),
  address1: notTyped('kept', 'Address line 1', 'address1'),
  address2: notTyped('kept', 'Address line 2', 'address2'),
  city: notTyped('kept', 'City', 'city'),
  state: notTyped('kept', 'State', 'state', 'state'),
  postal: notTyped('kept', 'ZIP code', 'postal', 'zip'),
  timeZone: notTyped('kept', 'Time zone', 'timeZone', 'timeZone'),
  metadata: notTyped('kept', 'Metadata', 'metadata'),
  npi: notTyped('kept', 'NPI', 'npi'),
  providerTaxonomyCode: notTyped('kept', 'Provider taxonomy code', 'providerTaxonomyCode'),
  directAddress: notTyped('kept', 'Direct address', 'directAddress'),
  searchOptOut: notTypedFlag('kept', 'Search opt-out', 'searchOptOut'),
  accountId: notTyped('read', 'Account ID', 'accountId'),
  vetted: notTypedFlag('read', 'Vetted', 'vetted'),
} as const satisfies Record<string, FieldSpec>;

type T = typeof userFieldTable;

/** The fields a person types for a user (the app's User). */
export type UserField = FieldsWhere<T, { source: 'typed' }>;
export const userFields = fieldsWhere<T, UserField>(userFieldTable, (s) => s.source === 'typed');

export const userLabels = labelsOf(userFieldTable);
