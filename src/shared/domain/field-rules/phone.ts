import { isValidPhoneNumber } from 'libphonenumber-js';
import { defineRule, type FieldRule } from './field-rule';

const phoneCharacters = /^[\d\s().+-]+$/;

/**
 * "(406) 555-0120", "406.555.0120", "+1 406 555 0120" -> "4065550120". Anything that is not a 10-digit
 * North American number (letters, another country code, too few digits) comes back trimmed, for the message.
 */
export const normalizeUsPhone = (raw: string): string => {
  const trimmed = raw.trim();
  if (!phoneCharacters.test(trimmed)) return trimmed;
  let digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+') && !digits.startsWith('1')) return trimmed;
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  return digits.length === 10 ? digits : trimmed;
};

/** 10 digits that make a valid North American (NANP) number: a real area code and exchange. */
export const isValidUsPhone = (digits: string): boolean =>
  /^\d{10}$/.test(digits) && isValidPhoneNumber(`+1${digits}`);

const US_PHONE_RULE_TEXT = 'must be a 10-digit US number with a valid area code (for example (406) 555-0120)';

export const usPhoneRule = (label: string, required = false): FieldRule =>
  defineRule({
    label,
    required,
    normalize: normalizeUsPhone,
    isValid: isValidUsPhone,
    mustBe: US_PHONE_RULE_TEXT,
  });

const tenDigits = (value: string): string | null => {
  const digits = value.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('1')) return digits.slice(1);
  return digits.length === 10 ? digits : null;
};

/** '4065550120' -> '(406) 555-0120'. Anything that is not 10 digits comes back unchanged. */
export const formatUsPhone = (value: string): string => {
  const digits = tenDigits(value);
  return digits === null ? value : `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;
};

/** For logs and history: '4065550120' -> '•••-•••-0120'. Only the last four digits survive. */
export const maskPhone = (value: string): string => {
  const digits = value.replace(/\D/g, '');
  return digits === '' ? '' : `•••-•••-${digits.slice(-4)}`;
};
