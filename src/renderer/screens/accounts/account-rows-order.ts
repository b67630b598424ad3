import type { AccountRow, RowStatus } from './account-row';

/** The order of the Accounts list and what the search box and the Show filter keep. Pure (no DOM). */

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** By name (blank names last), then account ID: the order the list shows. */
export const compareRows = (a: AccountRow, b: AccountRow): number => {
  const aBlank = a.name.trim() === '';
  const bBlank = b.name.trim() === '';
  if (aBlank !== bBlank) return aBlank ? 1 : -1;
  return (
    collator.compare(a.name, b.name) ||
    collator.compare(a.accountId, b.accountId) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
};

export type StatusFilter = 'all' | 'active' | 'inactive' | 'incomplete' | RowStatus;

const matchesStatus = (row: AccountRow, filter: StatusFilter): boolean => {
  switch (filter) {
    case 'all':
      return true;
    case 'active':
      return row.active === true;
    case 'inactive':
      return row.active === false;
    case 'incomplete':
      return row.sms !== null && !row.sms.complete;
    default:
      return row.status === filter;
  }
};

/** Rows whose name or account ID contains the query (any case) and that match the status filter. */
export const filterRows = (
  rows: readonly AccountRow[],
  query: string,
  filter: StatusFilter,
): readonly AccountRow[] => {
  const needle = query.trim().toLowerCase();
  if (needle === '' && filter === 'all') return rows;
  return rows.filter(
    (row) => matchesStatus(row, filter) && (needle === '' || row.searchText.includes(needle)),
  );
};
