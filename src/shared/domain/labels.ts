/**
 * The words a person sees for each field (design/UX.md), from the field tables (./fields): schemas, messages,
 * readiness and the screens all take their labels from there.
 */
export { locationFields, locationLabels, type LocationField } from './fields/location-fields';
export { partnerLabels } from './fields/partner-fields';
export { practiceFields, practiceLabels, type PracticeField } from './fields/practice-fields';
export { userFields, userLabels, type UserField } from './fields/user-fields';
import type { partnerLabels } from './fields/partner-fields';

export type PartnerField = keyof typeof partnerLabels;
