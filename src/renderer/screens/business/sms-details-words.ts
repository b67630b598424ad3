import type { SmsReadiness } from '../../../shared/domain/sms-readiness';

const FIX_SMS_DETAILS = 'Fix SMS business details';
const COMPLETE_SMS_DETAILS = 'Complete SMS business details';

/**
 * The link that opens the form: "Fix…" while something is missing, "Complete…" when nothing is but the website is
 * the partner's (the form then offers the practice's own), none otherwise.
 */
export const smsDetailsFixLabel = (readiness: SmsReadiness): string | null =>
  !readiness.complete ? FIX_SMS_DETAILS : readiness.inherited.length > 0 ? COMPLETE_SMS_DETAILS : null;

/** A checklist label: an inherited value says whose it is. */
export const checklistLabel = (item: { label: string; status: string; source: string }): string =>
  item.status === 'inherited' ? `${item.label} (using the partner's)` : item.label;
