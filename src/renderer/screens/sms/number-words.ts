import type { SmsLocationNumber, SmsLocationStatus } from '../../../shared/contract/sms';
import { formatUsPhone } from '../../../shared/domain/field-rules/phone';

/** Updox's own words for each status (UX.md), and the badge tone. */
export const statusLabels: Record<SmsLocationStatus, string> = {
  approved: 'SMS Approved',
  pending: 'SMS Pending',
  'number-pending': 'SMS Pending',
  rejected: 'SMS Rejected',
  none: 'No Number',
};

export const statusTone: Record<SmsLocationStatus, 'ok' | 'amber' | 'red' | 'neutral'> = {
  approved: 'ok',
  pending: 'amber',
  'number-pending': 'amber',
  rejected: 'red',
  none: 'neutral',
};

/** "(888) 555-0001", "Number Pending", or '' for No Number (the badge says it). */
export const numberWords = (row: Pick<SmsLocationNumber, 'number' | 'status'>): string => {
  if (row.number) return formatUsPhone(row.number);
  return row.status === 'none' ? '' : 'Number Pending';
};

export const numberTypeWords = (type: SmsLocationNumber['numberType']): string =>
  type === 'toll-free' ? 'Toll-free' : type === '10dlc' ? '10DLC' : '';

/** "less than a minute", "5 minutes", "3 hours", "2 days". */
export const durationWords = (ms: number): string => {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'less than a minute';
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (minutes < 60) return plural(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return plural(hours, 'hour');
  return plural(Math.floor(hours / 24), 'day');
};

/** "pending for 3 days", "approved for 2 hours"; '' for No Number. */
export const ageWords = (row: Pick<SmsLocationNumber, 'status' | 'ageMs'>): string => {
  if (row.ageMs === null || row.status === 'none') return '';
  const what = row.status === 'approved' ? 'approved' : row.status === 'rejected' ? 'rejected' : 'pending';
  return `${what} for ${durationWords(row.ageMs)}`;
};

/** Sending is possible from an approved number; from a location with no number the first text requests one. */
export const canSendFrom = (row: Pick<SmsLocationNumber, 'status'>): boolean =>
  row.status === 'approved' || row.status === 'none';

const rank: Record<SmsLocationStatus, number> = {
  approved: 0,
  pending: 1,
  'number-pending': 1,
  rejected: 2,
  none: 3,
};

/** The picker's order: the Default Location first, then approved, pending (oldest first), rejected, no number. */
export const pickerOrder = <
  T extends Pick<SmsLocationNumber, 'isDefault' | 'status' | 'ageMs' | 'locationName'>,
>(
  rows: readonly T[],
): T[] =>
  [...rows].sort(
    (a, b) =>
      Number(b.isDefault) - Number(a.isDefault) ||
      rank[a.status] - rank[b.status] ||
      (b.ageMs ?? 0) - (a.ageMs ?? 0) ||
      a.locationName.localeCompare(b.locationName),
  );

/** The location to preselect: the Default Location when it can send, else the first that can. */
export const preferredLocation = (rows: readonly SmsLocationNumber[]): SmsLocationNumber | undefined =>
  pickerOrder(rows.filter((r) => r.status === 'approved'))[0] ?? pickerOrder(rows.filter(canSendFrom))[0];
