import { DEFAULT_COUNTRY_CODE, isIsoCountryCode } from '../country-codes';
import { isUsStateCode, normalizeUsState } from '../us-states';
import { defineRule, type FieldRule } from './field-rule';

export const STATE_RULE_TEXT = 'must be a US state or territory code (for example OH or PR)';

export const usStateRule = (label = 'State', required = false): FieldRule =>
  defineRule({
    label,
    required,
    normalize: normalizeUsState,
    isValid: isUsStateCode,
    mustBe: STATE_RULE_TEXT,
  });

/** " us " -> "US"; blank -> "US" (the Updox default). */
export const normalizeCountryCode = (raw: string): string => {
  const upper = raw.trim().toUpperCase();
  return upper === '' ? DEFAULT_COUNTRY_CODE : upper;
};

export const countryCodeRule = (label = 'Country'): FieldRule =>
  defineRule({
    label,
    required: true,
    normalize: normalizeCountryCode,
    isValid: isIsoCountryCode,
    mustBe: 'must be a two-letter ISO country code (for example US)',
  });
