import { partnerLabels } from './fields/partner-fields';

/**
 * The words a person sees for each field (design/UX.md). The practice's and the partner's come from their field
 * tables (./fields); locations' and users' are listed here.
 */

const addressLabels = {
  address1: 'Address line 1',
  address2: 'Address line 2',
  city: 'City',
  state: 'State',
} as const;

export const locationLabels = {
  externalId: 'Location ID',
  code: 'Location code',
  name: 'Location name',
  ...addressLabels,
  zip: 'ZIP code',
  phone: 'Phone',
  fax: 'Fax',
  email: 'Email',
  showInPortal: 'Show in portal',
  active: 'Active',
} as const;

export const userLabels = {
  userId: 'User ID',
  loginId: 'Login ID',
  password: 'Password',
  firstName: 'First name',
  lastName: 'Last name',
  provider: 'Provider',
  admin: 'Administrator',
  active: 'Active',
} as const;

export type LocationField = keyof typeof locationLabels;
export type UserField = keyof typeof userLabels;
export type PartnerField = keyof typeof partnerLabels;

export { practiceFields, practiceLabels, type PracticeField } from './fields/practice-fields';
export { partnerLabels };

/** Field names in display order (the order of the label tables above). */
export const locationFields = Object.keys(locationLabels) as LocationField[];
export const userFields = Object.keys(userLabels) as UserField[];
export const partnerFields = Object.keys(partnerLabels) as PartnerField[];
