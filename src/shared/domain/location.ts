import { z } from 'zod';
import { emailRule } from './field-rules/email';
import { freeTextRule, type FieldRule } from './field-rules/field-rule';
import { locationCodeRule, locationIdRule } from './field-rules/identifiers';
import { usPhoneRule } from './field-rules/phone';
import { usStateRule } from './field-rules/region';
import { zipRule } from './field-rules/zip';
import { storedFlag, storedText, typedFlag, typedText } from './field-rules/zod-fields';
import { locationLabels as L, type LocationField } from './labels';

export const DEFAULT_LOCATION_CODE = 'def';
export const DEFAULT_LOCATION_NAME = 'Default Location';

/** The rule of every text field of a location (same rules as the practice's address and phones). */
export const locationRules = {
  externalId: locationIdRule(L.externalId),
  code: locationCodeRule(L.code),
  name: freeTextRule(L.name, true),
  address1: freeTextRule(L.address1),
  address2: freeTextRule(L.address2),
  city: freeTextRule(L.city),
  state: usStateRule(L.state),
  zip: zipRule(L.zip),
  phone: usPhoneRule(L.phone),
  fax: usPhoneRule(L.fax),
  email: emailRule(L.email),
} satisfies Record<Exclude<LocationField, 'showInPortal' | 'active'>, FieldRule>;

const R = locationRules;

export const locationStoredShape = {
  externalId: storedText(R.externalId),
  code: storedText(R.code),
  name: storedText(R.name),
  address1: storedText(R.address1),
  address2: storedText(R.address2),
  city: storedText(R.city),
  state: storedText(R.state),
  zip: storedText(R.zip),
  phone: storedText(R.phone),
  fax: storedText(R.fax),
  email: storedText(R.email),
  showInPortal: storedFlag(L.showInPortal),
  active: storedFlag(L.active),
};

export const locationTypedShape = {
  externalId: typedText(R.externalId),
  code: typedText(R.code),
  name: typedText(R.name),
  address1: typedText(R.address1),
  address2: typedText(R.address2),
  city: typedText(R.city),
  state: typedText(R.state),
  zip: typedText(R.zip),
  phone: typedText(R.phone),
  fax: typedText(R.fax),
  email: typedText(R.email),
  showInPortal: typedFlag(L.showInPortal, false),
  active: typedFlag(L.active, true),
};

/**
 * A practice location as the app holds it. `externalId` is your ID for it (sent as `id` in LocationsSync,
 * read back as `externalId`); the `zip` key follows Updox's location wording. Optional fields are ''.
 */
export const locationSchema = z.object(locationStoredShape);
export const locationFormSchema = z.object(locationTypedShape);

/** Named after Updox's own PracticeLocation (and so as not to shadow the DOM's Location). */
export type PracticeLocation = z.output<typeof locationSchema>;
export type PracticeLocationFormValues = z.input<typeof locationFormSchema>;

export const emptyLocation = (): PracticeLocation => ({
  externalId: '',
  code: '',
  name: '',
  address1: '',
  address2: '',
  city: '',
  state: '',
  zip: '',
  phone: '',
  fax: '',
  email: '',
  showInPortal: false,
  active: true,
});

/** Every Updox account has one: code "def", name "Default Location". */
export const defaultLocation = (): PracticeLocation => ({
  ...emptyLocation(),
  code: DEFAULT_LOCATION_CODE,
  name: DEFAULT_LOCATION_NAME,
});

export const isDefaultLocation = (location: { code: string }): boolean =>
  location.code === DEFAULT_LOCATION_CODE;
