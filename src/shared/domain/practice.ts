import { z } from 'zod';
import { DEFAULT_COUNTRY_CODE } from './country-codes';
import { accountIdRule } from './field-rules/identifiers';
import { directAddressRule } from './field-rules/email';
import { freeTextRule, type FieldRule } from './field-rules/field-rule';
import { usPhoneRule } from './field-rules/phone';
import { countryCodeRule, usStateRule } from './field-rules/region';
import { httpUrlRule, portalAddressRule } from './field-rules/web';
import { zipRule } from './field-rules/zip';
import {
  storedChoice,
  storedFlag,
  storedText,
  typedChoice,
  typedFlag,
  typedText,
} from './field-rules/zod-fields';
import { practiceLabels as L, type PracticeField } from './labels';
import { DEFAULT_TIME_ZONE, updoxTimeZoneValues } from './time-zones';

/** The rule of every text field of a practice. */
export const practiceRules = {
  accountId: accountIdRule(L.accountId),
  name: freeTextRule(L.name, true),
  address1: freeTextRule(L.address1),
  address2: freeTextRule(L.address2),
  city: freeTextRule(L.city),
  state: usStateRule(L.state),
  postal: zipRule(L.postal),
  phone: usPhoneRule(L.phone),
  fax: usPhoneRule(L.fax),
  websiteAddress: portalAddressRule(L.websiteAddress),
  directAddress: directAddressRule(L.directAddress),
  websiteUrl: httpUrlRule(L.websiteUrl),
  alternativeWebsiteUrl: httpUrlRule(L.alternativeWebsiteUrl),
  countryCode: countryCodeRule(L.countryCode),
} satisfies Record<Exclude<PracticeField, 'timeZone' | 'active'>, FieldRule>;

type TextField = keyof typeof practiceRules;
const R = practiceRules;
const textFields = Object.keys(R) as TextField[];
const tzExample = 'America/New_York';

const storedTextShape = Object.fromEntries(textFields.map((f) => [f, storedText(R[f])])) as {
  [F in TextField]: ReturnType<typeof storedText>;
};
const typedTextShape = Object.fromEntries(textFields.map((f) => [f, typedText(R[f])])) as {
  [F in TextField]: ReturnType<typeof typedText>;
};

/** Each field of the stored practice record, on its own. */
export const practiceStoredShape = {
  ...storedTextShape,
  timeZone: storedChoice(L.timeZone, updoxTimeZoneValues, tzExample),
  active: storedFlag(L.active),
};

/** Each field as a person types it: normalized to the stored form, then checked. */
export const practiceTypedShape = {
  ...typedTextShape,
  timeZone: typedChoice(L.timeZone, updoxTimeZoneValues, tzExample, DEFAULT_TIME_ZONE),
  active: typedFlag(L.active, true),
};

/**
 * The practice record as the app holds and sends it: stored forms only (ZIP and phones as digits, portal web
 * address lower-case, country upper-case); an optional field is '' when absent. Used in main before sending.
 */
export const practiceSchema = z.object(practiceStoredShape);

/** What the practice form accepts (human formats, absent fields) and turns into a Practice. */
export const practiceFormSchema = z.object(practiceTypedShape);

export type Practice = z.output<typeof practiceSchema>;
export type PracticeFormValues = z.input<typeof practiceFormSchema>;

/** A new practice: blank, active, time zone Zulu, country US. */
export const emptyPractice = (): Practice => ({
  accountId: '',
  name: '',
  address1: '',
  address2: '',
  city: '',
  state: '',
  postal: '',
  phone: '',
  fax: '',
  timeZone: DEFAULT_TIME_ZONE,
  websiteAddress: '',
  directAddress: '',
  active: true,
  websiteUrl: '',
  alternativeWebsiteUrl: '',
  countryCode: DEFAULT_COUNTRY_CODE,
});
