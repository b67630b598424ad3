import type { AccountRow, RowStatus } from './account-row';
import type { StatusFilter } from './account-rows-order';
import { countOf } from '../../../shared/words';

/** The words of the Accounts list: row statuses, the Show filter's choices, and the count above the list. */

export const statusWords: Record<RowStatus, string> = {
  draft: 'Draft',
  queued: 'Queued',
  synced: 'Synced',
  missing: 'Not in Updox',
  failed: 'Failed',
};

export const statusFilterWords: Record<StatusFilter, string> = {
  all: 'All',
  active: 'Active',
  inactive: 'Inactive',
  incomplete: 'SMS business details incomplete',
  synced: 'Synced',
  draft: 'Draft',
  queued: 'Queued',
  missing: 'Sent, not in Updox now',
  failed: 'Failed',
};

/** Rows that are not (yet) an account in Updox: drafts, and submissions of new practices not sent yet. */
const isLocalOnly = (row: AccountRow) => !row.inUpdox && row.status !== 'synced' && row.status !== 'missing';

/** "3 accounts, 1 draft, 1 queued": accounts in Updox, then the new practices only on this computer. */
export const countWords = (rows: readonly AccountRow[]): string => {
  const local = rows.filter(isLocalOnly);
  const queued = local.filter((r) => r.status === 'queued').length;
  const drafts = local.length - queued;
  const missing = rows.filter((r) => r.status === 'missing').length;
  return [
    countOf(rows.length - local.length - missing, 'account'),
    ...(drafts > 0 ? [countOf(drafts, 'draft')] : []),
    ...(queued > 0 ? [`${queued.toLocaleString()} queued`] : []),
    ...(missing > 0 ? [`${missing.toLocaleString()} sent but not in Updox now`] : []),
  ].join(', ');
};
