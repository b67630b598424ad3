/** The fields a template may use, filled in from the chosen account and location. */
export interface TemplateFields {
  practiceName: string;
  locationName: string;
  practicePhone: string;
}

export type TemplateField = keyof TemplateFields;

export const templateFieldNames: readonly TemplateField[] = ['practiceName', 'locationName', 'practicePhone'];

/** What stands in the message where a field has no value: visible, and blocking Send until replaced. */
const placeholders: Record<TemplateField, string> = {
  practiceName: '[practice name]',
  locationName: '[location name]',
  practicePhone: '[practice phone]',
};

/**
 * Replaces {practiceName} etc. A field with no value becomes its placeholder ("[practice phone]") instead of
 * nothing, so no broken sentence ("call us at .") is sent. An unknown {field} is left as typed so the person sees it.
 */
export const fillTemplate = (text: string, fields: TemplateFields): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(fields, name)) return whole;
    const field = name as TemplateField;
    const value = fields[field].trim();
    return value === '' ? placeholders[field] : value;
  });

/** A template goes into an empty message; after text already typed, it is added on a new paragraph. */
export const insertTemplate = (current: string, filled: string): string =>
  current.trim() === '' ? filled : `${current.replace(/\s+$/, '')}\n\n${filled}`;

/** The fields whose placeholder is still in the message, in template-field order. */
export const placeholdersIn = (message: string): TemplateField[] =>
  templateFieldNames.filter((f) => message.includes(placeholders[f]));

/** Which value is missing, and where to add it. */
export const placeholderAdvice: Record<TemplateField, string> = {
  practiceName:
    '[practice name]: this practice has no name on its Updox record. Add it with Edit the practice, or type the name in its place.',
  practicePhone:
    '[practice phone]: this practice has no phone number on its Updox record. Add it with Edit the practice, or type the number in its place.',
  locationName:
    '[location name]: no Send From location was chosen when the template went in. Type the location in its place.',
};

/** The Send-blocking problem for a message with placeholders left, or null. */
export const placeholderProblem = (message: string): string | null => {
  const left = placeholdersIn(message);
  if (left.length === 0) return null;
  const names = left.map((f) => placeholders[f]).join(', ');
  return `Message: replace ${names} before sending (the template had no value for ${left.length === 1 ? 'it' : 'them'}).`;
};
