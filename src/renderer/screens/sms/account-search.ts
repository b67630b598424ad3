/** An account in the SMS account chooser. */
export interface AccountOption {
  accountId: string;
  name: string;
  active: boolean;
}

/** A to Z by name (as on Accounts), then by Account ID; an account without a name sorts by its ID. */
export const sortAccounts = (accounts: readonly AccountOption[]): AccountOption[] =>
  [...accounts].sort(
    (a, b) =>
      (a.name || a.accountId).localeCompare(b.name || b.accountId, undefined, { sensitivity: 'base' }) ||
      a.accountId.localeCompare(b.accountId),
  );

/** The accounts whose name or Account ID contains the query (any case); all of them for an empty query. */
export const matchAccounts = (accounts: readonly AccountOption[], query: string): AccountOption[] => {
  const q = query.trim().toLowerCase();
  return q ? accounts.filter((a) => `${a.name} ${a.accountId}`.toLowerCase().includes(q)) : [...accounts];
};

/** The one account a query matches, to select it as the person types; undefined for none or several. */
export const uniqueMatch = (accounts: readonly AccountOption[], query: string): AccountOption | undefined => {
  if (query.trim() === '') return undefined;
  const found = matchAccounts(accounts, query);
  return found.length === 1 ? found[0] : undefined;
};
