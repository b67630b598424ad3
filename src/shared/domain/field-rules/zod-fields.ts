import { z } from 'zod';
import type { FieldRule } from './field-rule';

/** A stored string field: taken as is, rejected with the rule's message. */
export const storedText = (rule: FieldRule) =>
  z.string({ error: `${rule.label} must be text.` }).superRefine((value, ctx) => {
    const message = rule.problem(value);
    if (message !== null) ctx.addIssue({ code: 'custom', message });
  });

/** A typed string field: what a person typed (absent = ''), normalized, then checked as stored. */
export const typedText = (rule: FieldRule) =>
  z
    .string({ error: `${rule.label} must be text.` })
    .nullish()
    .transform((value) => rule.normalize(value ?? ''))
    .pipe(storedText(rule));

export const storedFlag = (label: string) => z.boolean({ error: `${label} must be yes or no.` });

/** A typed yes/no field: a boolean, or "true"/"false" (as the Updox samples send them); absent = fallback. */
export const typedFlag = (label: string, fallback: boolean) =>
  z
    .union([z.boolean(), z.enum(['true', 'false'])], { error: `${label} must be yes or no.` })
    .nullish()
    .transform((value) =>
      value === null || value === undefined ? fallback : value === true || value === 'true',
    );

/** One of a fixed list of values. */
export const storedChoice = <T extends string>(
  label: string,
  values: readonly [T, ...T[]],
  example: string,
) => z.enum(values, { error: `${label} must be one of the listed choices (for example ${example}).` });

/** A typed choice: trimmed; blank = fallback. */
export const typedChoice = <T extends string>(
  label: string,
  values: readonly [T, ...T[]],
  example: string,
  fallback: T,
) =>
  z
    .string({ error: `${label} must be text.` })
    .nullish()
    .transform((value) => {
      const trimmed = (value ?? '').trim();
      return trimmed === '' ? fallback : trimmed;
    })
    .pipe(storedChoice(label, values, example));
