import { DEFAULT_COUNTRY_CODE } from '../country-codes';
import { emailRule } from '../field-rules/email';
import { freeTextRule, type FieldRule } from '../field-rules/field-rule';
import { usPhoneRule } from '../field-rules/phone';
import { countryCodeRule, usStateRule } from '../field-rules/region';
import { httpUrlRule } from '../field-rules/web';
import { zipRule } from '../field-rules/zip';
import {
  fieldKeys,
  labelsOf,
  type FieldDisplay,
  type FieldInputSpec,
  type FieldSpec,
  type SmsRole,
} from './field-spec';

/** A partner field: the app's own (Updox's Partner Portal has no API), shown in the Business details form. */
const row = (
  label: string,
  rule: (label: string) => FieldRule,
  sms: SmsRole,
  csv: readonly [string, ...string[]],
  more: { display?: FieldDisplay; input?: FieldInputSpec; blank?: string; required?: true } = {},
) =>
  ({
    label,
    wire: null,
    value: { kind: 'text', rule, ...(more.blank === undefined ? {} : { blank: more.blank }) },
    source: 'typed',
    step: null,
    display: more.display ?? 'text',
    input: more.input ?? { control: 'text' },
    ...(more.required ? { required: true } : {}),
    panel: false,
    sms,
    csv,
  }) as const satisfies FieldSpec;

const free =
  (required = false, max?: number) =>
  (label: string) =>
    freeTextRule(label, required, max);

/**
 * THE PARTNER'S BUSINESS DETAILS (Updox Partner Portal, "Business Details"): Updox uses the contact for every SMS
 * number verification of the partner's accounts, and the website when an account has none.
 */
export const partnerFieldTable = {
  name: row('Business name', free(true), 'none', ['Business name', 'name'], { required: true }),
  legalName: row('Legal name', free(), 'none', ['Legal name', 'legalName']),
  address1: row('Address line 1', free(), 'none', ['Address line 1', 'address1']),
  address2: row('Address line 2', free(), 'none', ['Address line 2', 'address2']),
  city: row('City', free(), 'none', ['City', 'city']),
  state: row('State', usStateRule, 'none', ['State', 'state'], {
    display: 'state',
    input: { control: 'select' },
  }),
  postal: row('ZIP code', zipRule, 'none', ['ZIP code', 'postal'], {
    display: 'zip',
    input: { control: 'text', inputMode: 'numeric', hint: '5 or 9 digits.' },
  }),
  countryCode: row('Country', countryCodeRule, 'none', ['Country', 'countryCode'], {
    blank: DEFAULT_COUNTRY_CODE,
    input: { control: 'text', hint: 'Two letters, for example US.' },
  }),
  website: row('Website', httpUrlRule, 'website', ['Website', 'website'], {
    input: {
      control: 'text',
      type: 'url',
      hint: 'Used for any practice without a website of its own (for example https://yourcompany.com).',
    },
  }),
  contactFirstName: row('Contact first name', free(true, 100), 'required', ['Contact first name'], {
    required: true,
  }),
  contactLastName: row('Contact last name', free(true, 100), 'required', ['Contact last name'], {
    required: true,
  }),
  contactEmail: row('Contact email', (l) => emailRule(l, true), 'required', ['Contact email'], {
    required: true,
    input: { control: 'text', type: 'email' },
  }),
  contactPhone: row('Contact phone', (l) => usPhoneRule(l, true), 'required', ['Contact phone'], {
    required: true,
    display: 'phone',
    input: { control: 'text', type: 'tel', hint: '10 digits, for example (888) 555-1212.' },
  }),
} as const satisfies Record<string, FieldSpec>;

export type PartnerDetailsField = keyof typeof partnerFieldTable;
export const partnerDetailsFields = fieldKeys(partnerFieldTable);

export const partnerLabels = { ...labelsOf(partnerFieldTable), updatedAt: 'Last updated' } as const;
