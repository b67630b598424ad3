import { defineRule, type FieldRule } from './field-rule';

const acceptedZip = /^(\d{5})(?:[\s-]?(\d{4}))?$/;

/** "43017", "430171234", "43017-1234" -> digits only; anything else comes back trimmed. */
export const normalizeZip = (raw: string): string => {
  const trimmed = raw.trim();
  const match = acceptedZip.exec(trimmed);
  return match ? `${match[1]}${match[2] ?? ''}` : trimmed;
};

/** The stored form: exactly 5 or 9 digits. */
export const isZipDigits = (value: string): boolean => /^\d{5}(?:\d{4})?$/.test(value);

export const ZIP_RULE_TEXT = 'must be 5 or 9 digits (for example 43017 or 43017-1234)';

export const zipRule = (label = 'ZIP code', required = false): FieldRule =>
  defineRule({ label, required, normalize: normalizeZip, isValid: isZipDigits, mustBe: ZIP_RULE_TEXT });

/** 430171234 -> 43017-1234, for display. */
export const formatZip = (digits: string): string =>
  /^\d{9}$/.test(digits) ? `${digits.slice(0, 5)}-${digits.slice(5)}` : digits;
