import { emailRule } from '../field-rules/email';
import { freeTextRule, type FieldRule } from '../field-rules/field-rule';
import { locationCodeRule, locationIdRule } from '../field-rules/identifiers';
import { usPhoneRule } from '../field-rules/phone';
import { usStateRule } from '../field-rules/region';
import { zipRule } from '../field-rules/zip';
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

const LOCATIONS_STEP = 5;
const free =
  (required = false) =>
  (label: string) =>
    freeTextRule(label, required);

const text = (
  label: string,
  rule: (label: string) => FieldRule,
  wire: WireSpec,
  csv: readonly [string, ...string[]],
  more: { display?: FieldDisplay; input?: FieldInputSpec; required?: true } = {},
) =>
  ({
    label,
    wire,
    value: { kind: 'text', rule },
    source: 'typed',
    step: LOCATIONS_STEP,
    display: more.display ?? 'text',
    input: more.input ?? { control: 'text' },
    ...(more.required ? { required: true } : {}),
    panel: true,
    sms: 'none',
    csv,
  }) as const satisfies FieldSpec;

/** A field the wizard does not ask for: kept as Updox holds it (written back), or only read. */
const notTyped = <const S extends Exclude<FieldSource, 'typed'>>(
  source: S,
  label: string,
  wire: WireSpec,
  csv: readonly [string, ...string[]],
  display: FieldDisplay = 'text',
) =>
  ({
    label,
    wire,
    value: { kind: 'text', rule: free() },
    source,
    step: null,
    display,
    panel: true,
    sms: 'none',
    csv,
    // No `satisfies FieldSpec` here: with a generic source it widens S to 'kept' | 'read' (the table checks the row).
  }) as const;

const flag = (label: string, key: string, blank: boolean, csv: readonly [string, ...string[]]) =>
  ({
    label,
    wire: { key, api: '1.0' },
    value: { kind: 'flag', blank },
    source: 'typed',
    step: LOCATIONS_STEP,
    display: 'flag',
    input: { control: 'check' },
    panel: true,
    sms: 'none',
    csv,
  }) as const satisfies FieldSpec;

const w = (key: string, readKey?: string): WireSpec => ({
  key,
  api: '1.0',
  ...(readKey === undefined ? {} : { readKey }),
});

const kept = (label: string, wire: WireSpec, csv: readonly [string, ...string[]], display?: FieldDisplay) =>
  notTyped('kept', label, wire, csv, display);
const readOnly = (
  label: string,
  wire: WireSpec,
  csv: readonly [string, ...string[]],
  display?: FieldDisplay,
) => notTyped('read', label, wire, csv, display);

/**
 * A PRACTICE LOCATION (reference 4.3): LocationsSync sends it (an upsert keyed by your Location ID, sent as `id`),
 * PracticeLocationsRetrieve answers it (Updox's own number as `id`, yours as `externalId`).
 */
export const locationFieldTable = {
  name: text('Location name', free(true), w('name'), ['Location name', 'name'], {
    required: true,
    input: { control: 'text', row: 'ids' },
  }),
  code: text('Location code', locationCodeRule, w('code'), ['Location code', 'code'], {
    required: true,
    input: { control: 'text', row: 'ids', hint: 'A short name Updox shows, for example north-office.' },
  }),
  externalId: text('Location ID', locationIdRule, w('id', 'externalId'), ['Location ID', 'externalId'], {
    input: {
      control: 'text',
      row: 'ids',
      hint: 'Your own reference for it; follows the code unless you change it.',
    },
  }),
  address1: text('Address line 1', free(), w('address1'), ['Address line 1', 'address1']),
  address2: text('Address line 2', free(), w('address2'), ['Address line 2', 'address2']),
  city: text('City', free(), w('city'), ['City', 'city'], { input: { control: 'text', row: 'place' } }),
  state: text('State', usStateRule, w('state'), ['State', 'state'], {
    display: 'state',
    input: { control: 'select', row: 'place' },
  }),
  zip: text('ZIP code', zipRule, w('zip'), ['ZIP code', 'zip'], {
    display: 'zip',
    input: { control: 'text', row: 'place', hint: 'For example 43017 or 43017-1234.' },
  }),
  phone: text('Phone', usPhoneRule, w('dayphone'), ['Phone', 'dayphone'], {
    display: 'phone',
    input: { control: 'text', row: 'contact', hint: 'For example (406) 555-0120.' },
  }),
  fax: text('Fax', usPhoneRule, w('faxphone'), ['Fax', 'faxphone'], {
    display: 'phone',
    input: { control: 'text', row: 'contact', hint: 'Optional. 10 digits.' },
  }),
  email: text('Email', emailRule, w('emailAddress'), ['Email', 'emailAddress'], {
    input: { control: 'text', row: 'contact' },
  }),
  showInPortal: flag('Show in portal', 'showInPortal', false, ['Show in portal', 'showInPortal']),
  /** Sent as typed (a new location is active); the wizard does not ask. */
  active: { ...flag('Active', 'active', true, ['Active', 'active']), step: null },
  eveningPhone: kept('Evening phone', w('evephone'), ['Evening phone', 'evephone'], 'phone'),
  appointmentPhone: kept('Appointment phone', w('apptphone'), ['Appointment phone', 'apptphone'], 'phone'),
  country: readOnly('Country', w('country'), ['Country', 'country']),
  /** Updox's own number for the location (what SMS methods call locationId): a number on the wire. */
  updoxId: readOnly('Updox location number', w('id'), ['Updox location number']),
} as const satisfies Record<string, FieldSpec>;

type T = typeof locationFieldTable;

/** The fields a person types for a location (the app's PracticeLocation). */
export type LocationField = FieldsWhere<T, { source: 'typed' }>;
export const locationFields = fieldsWhere<T, LocationField>(locationFieldTable, (s) => s.source === 'typed');
/** The fields LocationsSync writes: typed and kept ones (every one, always). */
export type LocationRecordField = FieldsWhere<T, { source: 'typed' | 'kept' }>;
export const locationRecordFields = fieldsWhere<T, LocationRecordField>(
  locationFieldTable,
  (s) => s.source !== 'read',
);
/** The fields the wizard does not ask for but writes back as Updox holds them. */
export const locationKeptFields = fieldsWhere<T, FieldsWhere<T, { source: 'kept' }>>(
  locationFieldTable,
  (s) => s.source === 'kept',
);
/** A location as LocationsSync writes it, app-named. */
export type LocationRecordValues = ValuesOf<T, LocationRecordField>;

export const locationLabels = labelsOf(locationFieldTable);
