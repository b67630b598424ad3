import { defineRule, type FieldRule } from './field-rule';

/** x@y.z: something, an @, something, a dot, something; no spaces and only one @. */
export const isEmailAddress = (value: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

export const emailRule = (label: string, required = false): FieldRule =>
  defineRule({
    label,
    required,
    isValid: (v) => v.length <= 254 && isEmailAddress(v),
    mustBe: 'must be an email address (for example name@example.com)',
  });

/** A Direct address is written like an email address, at a Direct domain. */
export const directAddressRule = (label = 'Direct address'): FieldRule =>
  defineRule({
    label,
    isValid: (v) => v.length <= 254 && isEmailAddress(v),
    mustBe: 'must look like an email address (for example drsmith@sunrise.direct.myupdox.com)',
  });
