/** The sidebar, in order. Labels are the UX card's words. */
export const sections = [
  { id: 'accounts', label: 'Accounts' },
  { id: 'new', label: 'New practice' },
  { id: 'bulk', label: 'Bulk import' },
  { id: 'business', label: 'Business details' },
  { id: 'sms', label: 'SMS' },
  { id: 'activity', label: 'Activity' },
  { id: 'settings', label: 'Settings' },
] as const;

export type SectionId = (typeof sections)[number]['id'];

/**
 * Which sidebar section a route belongs to: an account's pages and its edit belong to Accounts; an account's
 * Missing business info form belongs to SMS when opened from the send screen, else to Accounts.
 */
export const sectionOfRoute = (section: string, params: readonly string[]): string => {
  if (section === 'edit') return 'accounts';
  if (section === 'business' && params[0]) return params[1] === 'sms' ? 'sms' : 'accounts';
  return section;
};
