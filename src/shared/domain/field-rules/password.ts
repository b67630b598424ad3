import type { FieldRule } from './field-rule';
import { andList } from '../../words';

const PASSWORD_MIN = 8;
const PASSWORD_MAX = 30;

/**
 * The Updox password policy (4233): 8-30 characters, an upper-case letter, a lower-case letter, and a number
 * or special character. The message says exactly what is missing and never repeats the password.
 */
export const passwordProblem = (password: string, label = 'Password'): string | null => {
  const length = [...password].length;
  const lengthPart =
    length < PASSWORD_MIN || length > PASSWORD_MAX
      ? `be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters long (it has ${length})`
      : null;
  const missing: string[] = [];
  if (!/\p{Lu}/u.test(password)) missing.push('an upper-case letter');
  if (!/\p{Ll}/u.test(password)) missing.push('a lower-case letter');
  if (!/[^\p{L}\s]/u.test(password)) missing.push('a number or special character');
  const includePart = missing.length > 0 ? `include ${andList(missing)}` : null;
  if (lengthPart === null && includePart === null) return null;
  const parts = [lengthPart, includePart].filter((p): p is string => p !== null);
  return `${label} must ${parts.join(' and ')}.`;
};

/** Optional on a user record (blank keeps the current password on update); when given it must pass the policy. */
export const passwordRule = (label = 'Password', required = false): FieldRule => ({
  label,
  required,
  normalize: (raw) => raw, // a password is taken exactly as typed
  problem: (stored) => {
    if (stored === '') return required ? `${label} is required.` : null;
    return passwordProblem(stored, label);
  },
});
