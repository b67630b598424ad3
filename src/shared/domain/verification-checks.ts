import { isEmailAddress } from './field-rules/email';
import { isHttpUrl } from './field-rules/web';
import { isZipDigits } from './field-rules/zip';
import { isUsStateCode } from './us-states';

/**
 * The exact tests Updox's SMS number verification applies to business details (the sandbox decides 4039 by the
 * same rule). They look at the value as given: no trimming except for "non-blank", no case folding except for
 * the country. These are deliberately NOT the form rules: the form is stricter (e.g. a phone needs a real area
 * code) but readiness must say what Updox will decide.
 *
 * - name, address1, city, contact first/last name: not blank (something other than whitespace);
 * - state: exactly one of the 56 upper-case codes;
 * - postal: exactly 5 or 9 digits;
 * - country: "US" in any case; blank counts as "US" (Updox stores "US" when none is given);
 * - website: an http(s) URL as in `isHttpUrl`; the account's, else the partner's;
 * - contact email: x@y.z as in `isEmailAddress`;
 * - contact phone: 10 digits after removing every non-digit and then a leading 1 from 11 digits.
 */
export const isNonBlank = (value: string): boolean => value.trim() !== '';

export const isVerifiableState = (value: string): boolean => isUsStateCode(value);

export const isVerifiablePostal = (value: string): boolean => isZipDigits(value);

export const isVerifiableCountry = (value: string): boolean =>
  !isNonBlank(value) || value.toUpperCase() === 'US';

export const isVerifiableWebsite = (value: string): boolean => isHttpUrl(value);

export const isVerifiableEmail = (value: string): boolean => isEmailAddress(value);

const contactPhoneDigits = (value: string): string => {
  const digits = value.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
};

export const isVerifiablePhone = (value: string): boolean => contactPhoneDigits(value).length === 10;
