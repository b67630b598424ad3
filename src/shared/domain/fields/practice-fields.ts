import { DEFAULT_COUNTRY_CODE } from '../country-codes';
import { directAddressRule } from '../field-rules/email';
import { freeTextRule } from '../field-rules/field-rule';
import { accountIdRule } from '../field-rules/identifiers';
import { usPhoneRule } from '../field-rules/phone';
import { countryCodeRule, usStateRule } from '../field-rules/region';
import { httpUrlRule, portalAddressRule } from '../field-rules/web';
import { zipRule } from '../field-rules/zip';
import { DEFAULT_TIME_ZONE, updoxTimeZoneValues } from '../time-zones';
import {
  fieldsWhere,
  labelsOf,
  type FieldSpec,
  type FieldsWhere,
  type ValuesOf,
  type WireSpec,
} from './field-spec';

const v10 = (key: string): WireSpec => ({ key, api: '1.0' });
/** PROVISIONAL: the /1.1 keys (reference section 8) until Updox's own documentation is at hand. */
const v11 = (key: string): WireSpec => ({ key, api: '1.1', provisional: true });
const text = (rule: (label: string) => ReturnType<typeof freeTextRule>, blank?: string) =>
  ({ kind: 'text', rule, ...(blank === undefined ? {} : { blank }) }) as const;
const free = (required = false) => text((label) => freeTextRule(label, required));
const phoneInput = (hint: string) =>
  ({ control: 'text', type: 'tel', inputMode: 'tel', hint, row: 'phones' }) as const;

/**
 * THE PRACTICE: every field of an Updox practice record, in the order the wizard, Review, the account panel and the
 * update's comparison show them. Adding a field: one row here (and the sandbox's own declaration in src/sandbox).
 */
export const practiceFieldTable = {
  name: {
    label: 'Practice name',
    wire: v10('name'),
    value: free(true),
    source: 'typed',
    step: 1,
    display: 'text',
    input: { control: 'text' },
    required: true,
    panel: true,
    sms: 'required',
    csv: ['Practice name', 'name'],
  },
  accountId: {
    label: 'Account ID',
    wire: v10('accountId'),
    value: text(accountIdRule),
    source: 'typed',
    step: 1,
    display: 'text',
    input: { control: 'text' },
    required: true,
    panel: true,
    sms: 'none',
    csv: ['Account ID', 'accountId'],
  },
  address1: {
    label: 'Address line 1',
    wire: v10('address1'),
    value: free(),
    source: 'typed',
    step: 2,
    display: 'text',
    input: { control: 'text' },
    panel: true,
    sms: 'required',
    csv: ['Address line 1', 'address1', 'Address'],
  },
  address2: {
    label: 'Address line 2',
    wire: v10('address2'),
    value: free(),
    source: 'typed',
    step: 2,
    display: 'text',
    input: { control: 'text' },
    panel: true,
    sms: 'when-present',
    csv: ['Address line 2', 'address2'],
  },
  city: {
    label: 'City',
    wire: v10('city'),
    value: free(),
    source: 'typed',
    step: 2,
    display: 'text',
    input: { control: 'text', row: 'place' },
    panel: true,
    sms: 'required',
    csv: ['City', 'city'],
  },
  state: {
    label: 'State',
    wire: v10('state'),
    value: text(usStateRule),
    source: 'typed',
    step: 2,
    display: 'state',
    input: { control: 'select', row: 'place' },
    panel: true,
    sms: 'required',
    csv: ['State', 'state'],
  },
  postal: {
    label: 'ZIP code',
    wire: v10('postal'),
    value: text(zipRule),
    source: 'typed',
    step: 2,
    display: 'zip',
    input: { control: 'text', inputMode: 'numeric', hint: 'For example 43017 or 43017-1234.', row: 'place' },
    panel: true,
    sms: 'required',
    csv: ['ZIP code', 'postal', 'ZIP'],
  },
  countryCode: {
    label: 'Country',
    wire: v11('countryCode'),
    value: text(countryCodeRule, DEFAULT_COUNTRY_CODE),
    source: 'typed',
    step: 2,
    display: 'text',
    input: { control: 'text', hint: 'Two letters; US unless the practice is elsewhere.' },
    panel: true,
    sms: 'required',
    csv: ['Country', 'countryCode'],
  },
  phone: {
    label: 'Phone',
    wire: v10('phone'),
    value: text(usPhoneRule),
    source: 'typed',
    step: 2,
    display: 'phone',
    input: phoneInput('For example (406) 555-0120.'),
    panel: true,
    sms: 'none',
    csv: ['Phone', 'phone'],
  },
  fax: {
    label: 'Fax',
    wire: v10('fax'),
    value: text(usPhoneRule),
    source: 'typed',
    step: 2,
    display: 'phone',
    input: phoneInput('Optional. 10 digits.'),
    panel: true,
    sms: 'none',
    csv: ['Fax', 'fax'],
  },
  timeZone: {
    label: 'Time zone',
    wire: v10('timeZone'),
    value: {
      kind: 'choice',
      values: updoxTimeZoneValues,
      example: 'America/New_York',
      blank: DEFAULT_TIME_ZONE,
    },
    source: 'typed',
    step: 3,
    display: 'timeZone',
    input: {
      control: 'select',
      hint: 'Suggested from the state when you choose it. Without one, Updox uses UTC (Zulu).',
    },
    panel: true,
    sms: 'none',
    csv: ['Time zone', 'timeZone'],
  },
  websiteAddress: {
    label: 'Portal web address',
    wire: v10('websiteAddress'),
    value: text(portalAddressRule),
    source: 'typed',
    step: 3,
    display: 'text',
    input: { control: 'text' },
    panel: true,
    sms: 'none',
    csv: ['Portal web address', 'websiteAddress'],
  },
  directAddress: {
    label: 'Direct address',
    wire: v10('directAddress'),
    value: text(directAddressRule),
    source: 'typed',
    step: 3,
    display: 'text',
    input: {
      control: 'text',
      type: 'email',
      hint: 'Optional. For example drsmith@sunrise.direct.myupdox.com.',
    },
    panel: true,
    sms: 'none',
    csv: ['Direct address', 'directAddress'],
  },
  active: {
    label: 'Active',
    wire: v10('active'),
    value: { kind: 'flag', blank: true },
    source: 'typed',
    step: 3,
    display: 'flag',
    input: { control: 'check' },
    panel: true,
    sms: 'none',
    csv: ['Active', 'active'],
  },
  websiteUrl: {
    label: 'Website URL',
    wire: v11('websiteUrl'),
    value: text(httpUrlRule),
    source: 'typed',
    step: 4,
    display: 'text',
    input: {
      control: 'text',
      type: 'url',
      hint: "The practice's own website, for example https://sunrisepediatrics.com.",
    },
    panel: true,
    sms: 'website',
    csv: ['Website URL', 'websiteUrl', 'Website'],
  },
  alternativeWebsiteUrl: {
    label: 'Alternative website URL',
    wire: v11('alternativeWebsiteUrl'),
    value: text(httpUrlRule),
    source: 'typed',
    step: 4,
    display: 'text',
    input: { control: 'text', type: 'url', hint: 'Optional. Another website of the practice.' },
    panel: true,
    sms: 'none',
    csv: ['Alternative website URL', 'alternativeWebsiteUrl'],
  },
  directDomain: {
    label: 'Direct domain',
    wire: v10('directDomain'),
    value: free(),
    source: 'kept',
    step: null,
    display: 'text',
    panel: true,
    sms: 'none',
    csv: ['Direct domain', 'directDomain'],
  },
  metadata: {
    label: 'Metadata',
    wire: v10('metadata'),
    value: free(),
    source: 'kept',
    step: null,
    display: 'text',
    panel: false,
    sms: 'none',
    csv: ['Metadata', 'metadata'],
  },
  vetted: {
    label: 'Vetted',
    wire: v10('vetted'),
    value: { kind: 'flag', blank: false },
    source: 'read',
    step: null,
    display: 'flag',
    panel: true,
    sms: 'none',
    csv: ['Vetted', 'vetted'],
  },
} as const satisfies Record<string, FieldSpec>;

type T = typeof practiceFieldTable;

/** The fields a person types (the app's Practice). */
export type PracticeField = FieldsWhere<T, { source: 'typed' }>;
/** The fields of the whole record Updox writes: typed and kept ones. */
export type PracticeRecordField = FieldsWhere<T, { source: 'typed' | 'kept' }>;
/** The fields the account screens show (typed, and those of Updox's copy on the panel). */
export type PracticeViewField = PracticeField | FieldsWhere<T, { panel: true }>;
/** The fields SMS readiness looks at. */
export type PracticeSmsField = FieldsWhere<T, { sms: 'required' | 'when-present' | 'website' }>;

export const practiceFields = fieldsWhere<T, PracticeField>(practiceFieldTable, (s) => s.source === 'typed');
export const practiceRecordFields = fieldsWhere<T, PracticeRecordField>(
  practiceFieldTable,
  (s) => s.source !== 'read',
);
export const practiceViewFields = fieldsWhere<T, PracticeViewField>(
  practiceFieldTable,
  (s) => s.source === 'typed' || s.panel,
);
/** What the account record panel shows, in order. */
export const practicePanelFields = fieldsWhere<T, PracticeViewField>(practiceFieldTable, (s) => s.panel);

/** A wizard step's practice fields, in order. */
export const practiceFieldsOfStep = (step: number): PracticeField[] =>
  practiceFields.filter((f) => practiceFieldTable[f].step === step);

export const practiceLabels = labelsOf(practiceFieldTable);

/** The whole practice record as Updox holds it, app-named: what PracticeCreate/Update/Save send. */
export type PracticeRecordValues = ValuesOf<T, PracticeRecordField>;
/** Every field of the practice as PracticeGet returns it, app-named. */
export type PracticeValues = ValuesOf<T>;
