import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWith } from '../../../src/shared/domain/field-problems';
import { practiceFields, practiceLabels } from '../../../src/shared/domain/labels';
import { practiceFormSchema, practiceSchema } from '../../../src/shared/domain/practice';
import { invalidPracticeValue, validPractice } from './arbitraries';

describe('practice schemas, for any input', () => {
  it('a valid stored record parses to itself', () => {
    fc.assert(
      fc.property(validPractice(), (practice) => {
        expect(practiceSchema.parse(practice)).toEqual(practice);
      }),
      { numRuns: 300 },
    );
  });

  it('a valid record with trimmed text goes through the form unchanged (normalizing is idempotent)', () => {
    fc.assert(
      fc.property(validPractice(true), (practice) => {
        expect(practiceFormSchema.parse(practice)).toEqual(practice);
      }),
      { numRuns: 300 },
    );
  });

  it('one invalid field is rejected, on that field only, with a message naming it', () => {
    const valid = validPractice(true); // built once: building the arbitrary is the slow part
    const corrupted = fc
      .constantFrom(...practiceFields)
      .chain((field) => fc.tuple(fc.constant(field), valid, invalidPracticeValue[field]));
    fc.assert(
      fc.property(corrupted, ([field, practice, bad]) => {
        const input = { ...practice, [field]: bad };
        return [practiceSchema, practiceFormSchema].every((schema) => {
          const result = checkWith(schema, input);
          if (result.ok) return false;
          const fields = Object.keys(result.problems);
          return (
            fields.length === 1 &&
            fields[0] === field &&
            result.problems[field]!.startsWith(practiceLabels[field])
          );
        });
      }),
      { numRuns: 500 },
    );
  });

  it('whatever the form accepts, the stored schema accepts unchanged', () => {
    const typedValue = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('43017-1234', '(406) 555-0120', '+1 406 555 0120', 'ohio', ' us ', 'Sunrise', 'a.com'),
    );
    const typed = fc.record(
      Object.fromEntries(practiceFields.map((f) => [f, typedValue])) as Record<string, fc.Arbitrary<string>>,
    );
    fc.assert(
      fc.property(typed, fc.boolean(), (values, active) => {
        const result = practiceFormSchema.safeParse({ ...values, active });
        if (result.success) expect(practiceSchema.parse(result.data)).toEqual(result.data);
      }),
      { numRuns: 300 },
    );
  });
});
