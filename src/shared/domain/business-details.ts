import { z } from 'zod';
import { DEFAULT_COUNTRY_CODE } from './country-codes';
import { emailRule } from './field-rules/email';
import { freeTextRule, type FieldRule } from './field-rules/field-rule';
import { usPhoneRule } from './field-rules/phone';
import { countryCodeRule, usStateRule } from './field-rules/region';
import { httpUrlRule } from './field-rules/web';
import { zipRule } from './field-rules/zip';
import { storedText, typedText } from './field-rules/zod-fields';
import { partnerLabels as L, type PartnerField } from './labels';

/**
 * The partner's business details (Updox Partner Portal, "Business Details"). Updox uses the contact for every
 * SMS number verification of the partner's accounts, and the website when an account has none. Business name
 * and the four contact fields are required; the rest are optional but checked when given.
 */
export const businessDetailsRules = {
  name: freeTextRule(L.name, true),
  legalName: freeTextRule(L.legalName),
  address1: freeTextRule(L.address1),
  address2: freeTextRule(L.address2),
  city: freeTextRule(L.city),
  state: usStateRule(L.state),
  postal: zipRule(L.postal),
  countryCode: countryCodeRule(L.countryCode),
  website: httpUrlRule(L.website),
  contactFirstName: freeTextRule(L.contactFirstName, true, 100),
  contactLastName: freeTextRule(L.contactLastName, true, 100),
  contactEmail: emailRule(L.contactEmail, true),
  contactPhone: usPhoneRule(L.contactPhone, true),
} satisfies Record<Exclude<PartnerField, 'updatedAt'>, FieldRule>;

type TextField = keyof typeof businessDetailsRules;
const R = businessDetailsRules;
const textFields = Object.keys(R) as TextField[];

const updatedAt = z.iso
  .datetime({ offset: true, error: `${L.updatedAt} must be an ISO 8601 date and time.` })
  .optional();

export const businessDetailsStoredShape = {
  ...(Object.fromEntries(textFields.map((f) => [f, storedText(R[f])])) as {
    [F in TextField]: ReturnType<typeof storedText>;
  }),
  updatedAt,
};

export const businessDetailsTypedShape = {
  ...(Object.fromEntries(textFields.map((f) => [f, typedText(R[f])])) as {
    [F in TextField]: ReturnType<typeof typedText>;
  }),
  updatedAt,
};

export const businessDetailsSchema = z.object(businessDetailsStoredShape);
export const businessDetailsFormSchema = z.object(businessDetailsTypedShape);

export type PartnerBusinessDetails = z.output<typeof businessDetailsSchema>;
export type BusinessDetailsFormValues = z.input<typeof businessDetailsFormSchema>;

export const emptyBusinessDetails = (): PartnerBusinessDetails => ({
  name: '',
  legalName: '',
  address1: '',
  address2: '',
  city: '',
  state: '',
  postal: '',
  countryCode: DEFAULT_COUNTRY_CODE,
  website: '',
  contactFirstName: '',
  contactLastName: '',
  contactEmail: '',
  contactPhone: '',
});
