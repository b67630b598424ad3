/**
 * The words (UX.md "Words") for the app fields the Updox client names in AppError.fields.
 * Keyed by the app field name; shared with the renderer, so no Node imports.
 */
export const updoxFieldLabels: Readonly<Record<string, string>> = {
  accountId: 'Account ID',
  name: 'Practice name',
  address1: 'Address line 1',
  address2: 'Address line 2',
  city: 'City',
  state: 'State',
  postal: 'ZIP code',
  phone: 'Phone',
  fax: 'Fax',
  timeZone: 'Time zone',
  websiteAddress: 'Portal web address',
  directDomain: 'Direct domain',
  directAddress: 'Direct address',
  metadata: 'Metadata',
  active: 'Active',
  websiteUrl: 'Website URL',
  alternativeWebsiteUrl: 'Alternative website URL',
  countryCode: 'Country',
  externalId: 'Location ID',
  code: 'Location code',
  eveningPhone: 'Evening phone',
  appointmentPhone: 'Appointment phone',
  email: 'Email address',
  showInPortal: 'Show in portal',
  userId: 'User ID',
  loginId: 'Login ID',
  password: 'Password',
  firstName: 'First name',
  middleName: 'Middle name',
  lastName: 'Last name',
  npi: 'NPI',
  providerTaxonomyCode: 'Provider taxonomy code',
  provider: 'Provider',
  admin: 'Administrator',
  dateOfBirth: 'Date of birth',
  to: 'Send to',
  message: 'Message',
  locationId: 'Send From',
  secure: 'Secure Text',
};

/** Where a location's words differ from a practice's. */
const locationFieldLabels: Readonly<Record<string, string>> = {
  name: 'Location name',
  code: 'Location code',
};

export type UpdoxFieldSubject = 'practice' | 'location' | 'user' | 'sms';

/** The label for an app field, or the field name itself when it has none. */
export function updoxFieldLabel(field: string, subject: UpdoxFieldSubject = 'practice'): string {
  if (subject === 'location' && Object.hasOwn(locationFieldLabels, field))
    return locationFieldLabels[field] ?? field;
  return Object.hasOwn(updoxFieldLabels, field) ? (updoxFieldLabels[field] ?? field) : field;
}
