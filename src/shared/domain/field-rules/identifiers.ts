import { defineRule, type FieldRule } from './field-rule';

const accountIdPattern = /^[A-Za-z0-9._-]{1,64}$/;

const isAccountId = (value: string): boolean => accountIdPattern.test(value);

export const accountIdRule = (label = 'Account ID'): FieldRule =>
  defineRule({
    label,
    required: true,
    isValid: isAccountId,
    mustBe: 'must be 1 to 64 letters, digits, hyphens, underscores or dots (for example sunrise-pediatrics)',
  });

/** "Sunrise Pediatrics" -> "sunrise-pediatrics"; "St. Mary's Clinic & Lab" -> "st-marys-clinic-and-lab". */
export const suggestAccountId = (practiceName: string): string =>
  practiceName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');

export const locationCodeRule = (label = 'Location code'): FieldRule =>
  defineRule({
    label,
    required: true,
    isValid: (v) => /^[A-Za-z0-9_-]{1,32}$/.test(v),
    mustBe: 'must be 1 to 32 letters, digits, hyphens or underscores (for example def or north-office)',
  });

/** Your external ID for a location (LocationsSync `id`); optional: Updox's own Default Location has none. */
export const locationIdRule = (label = 'Location ID'): FieldRule =>
  defineRule({
    label,
    isValid: isAccountId,
    mustBe: 'must be 1 to 64 letters, digits, hyphens, underscores or dots (for example loc-columbus)',
  });

/** User IDs: like account IDs, plus "@" inside; a leading "@" is reserved by Updox (4241). */
export const userIdRule = (label = 'User ID'): FieldRule => {
  const charset = defineRule({
    label,
    required: true,
    isValid: (v) => /^[A-Za-z0-9._@-]{1,64}$/.test(v),
    mustBe: 'must be 1 to 64 letters, digits, hyphens, underscores, dots or @ (for example jsmith)',
  });
  return {
    ...charset,
    problem(stored) {
      if (stored.startsWith('@')) return `${label} must not start with @: Updox reserves those IDs.`;
      return charset.problem(stored);
    },
  };
};

export const loginIdRule = (label = 'Login ID'): FieldRule =>
  defineRule({
    label,
    isValid: (v) => /^\S{1,64}$/.test(v),
    mustBe: 'must be 1 to 64 characters without spaces (for example jsmith or jsmith@sunrise.example)',
  });
