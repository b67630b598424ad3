import type { SmsLocationStatus } from '../contract/sms';

/**
 * How long an SMS number may wait, decided once: the SMS screen's stale number (services/sms/number-age.ts) and
 * the pipeline's "stuck" practice (pipeline-stage.ts) both ask here.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

/** Updox's usual verification time is 2 to 3 business days; beyond this many, a waiting number is overdue. */
export const USUAL_VERIFICATION_BUSINESS_DAYS = 3;

/** Whole weekdays (Monday to Friday, UTC) that have fully passed between two instants. */
export const businessDaysBetween = (fromMs: number, toMs: number): number => {
  let days = 0;
  for (let start = fromMs; start + DAY_MS <= toMs; start += DAY_MS) {
    const weekday = new Date(start).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days += 1;
  }
  return days;
};

/** Awaiting a number (Number Pending) or its verification (SMS Pending). */
export const isWaiting = (status: SmsLocationStatus): boolean =>
  status === 'pending' || status === 'number-pending';

/** Business days a waiting number has waited, when that is beyond the usual; else null. */
export const overdueBusinessDays = (
  status: SmsLocationStatus,
  since: string | null,
  nowMs: number,
): number | null => {
  if (!isWaiting(status) || since === null) return null;
  const sinceMs = Date.parse(since);
  if (Number.isNaN(sinceMs)) return null;
  const days = businessDaysBetween(sinceMs, nowMs);
  return days > USUAL_VERIFICATION_BUSINESS_DAYS ? days : null;
};
