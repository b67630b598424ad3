import type { SmsLocationStatus } from '../../../shared/contract/sms';
import { overdueBusinessDays } from '../../../shared/domain/sms-number-wait';

const PARTNER_SUPPORT = 'partnersupport@updox.com';

/** What usually causes a rejection, and the way out. */
const REJECTED_ADVICE =
  "Updox could not verify this number. This usually means the business details do not match public records (the practice's legal name, address or phone), or the website is a social media profile or the partner's own site rather than the practice's. Check the SMS business details, fix what is wrong, then request the number again.";

export interface NumberAge {
  ageMs: number | null;
  stale: boolean;
  advice?: string;
}

/** How long a number has been in its status (never negative), whether that is unusually long, and what to do. */
export const judgeNumberAge = (
  status: SmsLocationStatus,
  statusDate: string | null,
  nowMs: number,
): NumberAge => {
  if (status === 'rejected') {
    return {
      ageMs: statusDate ? Math.max(0, nowMs - Date.parse(statusDate)) : null,
      stale: false,
      advice: REJECTED_ADVICE,
    };
  }
  if (statusDate === null || Number.isNaN(Date.parse(statusDate))) return { ageMs: null, stale: false };
  const since = Date.parse(statusDate);
  const ageMs = Math.max(0, nowMs - since);
  const businessDays = overdueBusinessDays(status, statusDate, nowMs);
  if (businessDays === null) return { ageMs, stale: false };
  const what =
    status === 'number-pending' ? 'Updox has not assigned a number' : 'Verification has not finished';
  return {
    ageMs,
    stale: true,
    advice: `${what} after ${businessDays} business days (it usually takes 2 to 3). Check that the SMS business details are complete, then contact Updox partner support (${PARTNER_SUPPORT}) with the account ID and the location.`,
  };
};
