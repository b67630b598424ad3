import type { SmsLocationNumber, SmsLocationStatus } from '../../../shared/contract/sms';
import { formatUsPhone } from '../../../shared/domain/field-rules/phone';
import { countOf } from '../../../shared/words';

/** Updox's own words for each status (UX.md), one per location, and the badge tone. */
export const statusLabels: Record<SmsLocationStatus, string> = {
  approved: 'SMS Approved',
  pending: 'SMS Pending',
  'number-pending': 'Number Pending',
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

/** "(888) 555-0001", or '' while there is none (No Number, Number Pending): the status badge says which. */
export const numberWords = (row: Pick<SmsLocationNumber, 'number' | 'status'>): string =>
  row.number ? formatUsPhone(row.number) : '';

export const numberTypeWords = (type: SmsLocationNumber['numberType']): string =>
  type === 'toll-free' ? 'Toll-free' : type === '10dlc' ? '10DLC' : '';

/** "less than a minute", "5 minutes", "3 hours", "2 days". */
const durationWords = (ms: number): string => {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'less than a minute';
  if (minutes < 60) return countOf(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return countOf(hours, 'hour');
  return countOf(Math.floor(hours / 24), 'day');
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

/** True when sending from this location first requests a number for it (No Number). */
export const sendRequestsNumber = (row: Pick<SmsLocationNumber, 'status'>): boolean => row.status === 'none';

/** The question asked before a send that would request a number. */
export const requestNumberQuestion = (locationName: string): string =>
  `Sending from ${locationName} will first request an SMS number for it; Updox then verifies it, usually in 2 to 3 business days. Request the number and try to send?`;

/** Why the person's chosen location was unselected (it can no longer send, or is gone), asking them to pick. */
export const unselectedWhy = (
  locationName: string,
  row: Pick<SmsLocationNumber, 'status'> | undefined,
): string => {
  const pick = 'Choose the location to send from.';
  if (!row) return `${locationName} is no longer an active location of this account. ${pick}`;
  if (row.status === 'pending')
    return `${locationName} was unselected: its number is SMS Pending, so it cannot send until Updox verifies it (usually 2 to 3 business days). ${pick}`;
  if (row.status === 'number-pending')
    return `${locationName} was unselected: it is Number Pending, so it cannot send until Updox assigns and verifies its number. ${pick}`;
  return `${locationName} was unselected: its number is SMS Rejected, so it cannot send. ${pick}`;
};

/** A fingerprint of every location's status: outcome notes go stale when it changes. */
export const statusKey = (rows: readonly Pick<SmsLocationNumber, 'locationId' | 'status'>[]): string =>
  rows.map((r) => `${r.locationId}:${r.status}`).join(',');

/** Waiting for Updox (a number, or its verification): such numbers are checked on their own. */
export const isWaitingStatus = (status: SmsLocationStatus): boolean =>
  status === 'pending' || status === 'number-pending';
