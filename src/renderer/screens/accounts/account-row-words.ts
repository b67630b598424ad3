import type { AccountRow, RowStatus } from './account-row';
import type { StatusFilter } from './account-rows-order';

/** The words of the Accounts list: row statuses, the Show filter's choices, and the count above the list. */

export const statusWords: Record<RowStatus, string> = {
  draft: 'Draft',
  queued: 'Queued',
  synced: 'Synced',
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
  failed: 'Failed',
};

/** Rows that are not (yet) an account in Updox: drafts, and submissions of new practices not sent yet. */
const isLocalOnly = (row: AccountRow) => !row.inUpdox && row.status !== 'synced';

/** "3 accounts, 1 draft, 1 queued": accounts in Updox, then the new practices only on this computer. */
export const countWords = (rows: readonly AccountRow[]): string => {
  const plural = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;
  const local = rows.filter(isLocalOnly);
  const queued = local.filter((r) => r.status === 'queued').length;
  const drafts = local.length - queued;
  return [
    plural(rows.length - local.length, 'account'),
    ...(drafts > 0 ? [plural(drafts, 'draft')] : []),
    ...(queued > 0 ? [`${queued.toLocaleString()} queued`] : []),
  ].join(', ');
};
