import { labelsOf } from '../domain/fields/field-spec';
import { locationLabels } from '../domain/fields/location-fields';
import { practiceFieldTable } from '../domain/fields/practice-fields';
import { userLabels } from '../domain/fields/user-fields';

/**
 * The words (UX.md "Words") for the app fields the Updox client names in AppError.fields, by subject. Taken from
 * the field tables and label lists; only the fields Updox has and the app never shows are named here.
 * Shared with the renderer, so no Node imports.
 */
const subjectLabels: Readonly<Record<UpdoxFieldSubject, Readonly<Record<string, string>>>> = {
  practice: labelsOf(practiceFieldTable),
  location: locationLabels,
  user: { ...userLabels, dateOfBirth: 'Date of birth' },
  sms: { to: 'Send to', message: 'Message', locationId: 'Send From', secure: 'Secure Text' },
};

export type UpdoxFieldSubject = 'practice' | 'location' | 'user' | 'sms';

const order: readonly UpdoxFieldSubject[] = ['practice', 'location', 'user', 'sms'];

/** The label for an app field (the subject's own words first), or the field name itself when it has none. */
export function updoxFieldLabel(field: string, subject: UpdoxFieldSubject = 'practice'): string {
  for (const s of [subject, ...order]) {
    const labels = subjectLabels[s];
    if (Object.hasOwn(labels, field)) return labels[field] ?? field;
  }
  return field;
}
