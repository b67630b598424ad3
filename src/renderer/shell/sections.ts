/** The sidebar, in order. Labels are the UX card's words. */
export const sections = [
  { id: 'accounts', label: 'Accounts' },
  { id: 'new', label: 'New practice' },
  { id: 'business', label: 'Business details' },
  { id: 'sms', label: 'SMS' },
  { id: 'activity', label: 'Activity' },
  { id: 'settings', label: 'Settings' },
] as const;

export type SectionId = (typeof sections)[number]['id'];
