import { z } from 'zod';
import { blanksOf, storedShapeOf, typedShapeOf } from './fields/field-spec';
import { practiceFieldTable as table, practiceFields } from './fields/practice-fields';

/** Each field of the stored practice record, on its own (derived from the practice field table). */
const practiceStoredShape = storedShapeOf(table, practiceFields);

/** Each field as a person types it: normalized to the stored form, then checked. */
export const practiceTypedShape = typedShapeOf(table, practiceFields);

/**
 * The practice record as the app holds and sends it: stored forms only (ZIP and phones as digits, portal web
 * address lower-case, country upper-case); an optional field is '' when absent. Used in main before sending.
 */
export const practiceSchema = z.object(practiceStoredShape);

/** What the practice form accepts (human formats, absent fields) and turns into a Practice. */
export const practiceFormSchema = z.object(practiceTypedShape);

export type Practice = z.output<typeof practiceSchema>;
/** What a practice form holds before its check (a draft's practice among others). */
export type PracticeFormInput = z.input<typeof practiceFormSchema>;

/** A new practice: every field at its blank value (active, time zone Zulu, country US). */
export const emptyPractice = (): Practice => blanksOf(table, practiceFields);
