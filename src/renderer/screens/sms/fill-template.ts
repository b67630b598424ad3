/** The fields a template may use, filled in from the chosen account and location. */
export interface TemplateFields {
  practiceName: string;
  locationName: string;
  practicePhone: string;
}

export const templateFieldNames: readonly (keyof TemplateFields)[] = [
  'practiceName',
  'locationName',
  'practicePhone',
];

/** Replaces {practiceName} etc.; an unknown {field} is left as typed so the person sees it. */
export const fillTemplate = (text: string, fields: TemplateFields): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(fields, name) ? fields[name as keyof TemplateFields] : whole,
  );

/** A template goes into an empty message; after text already typed, it is added on a new paragraph. */
export const insertTemplate = (current: string, filled: string): string =>
  current.trim() === '' ? filled : `${current.replace(/\s+$/, '')}\n\n${filled}`;
