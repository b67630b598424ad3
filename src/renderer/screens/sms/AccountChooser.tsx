import { useEffect, useId, useMemo, useState } from 'react';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { ErrorNote } from '../../components/ErrorNote';
import { matchAccounts, sortAccounts, uniqueMatch, type AccountOption } from './account-search';

/**
 * "Account": a search box that narrows the list of accounts (PracticeList, A to Z), and the list itself. When what
 * is typed matches exactly one account, that account is selected.
 */
export function AccountChooser({
  value,
  onChange,
}: {
  value: string | null;
  onChange(accountId: string): void;
}) {
  const id = useId();
  const [accounts, setAccounts] = useState<AccountOption[] | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [query, setQuery] = useState('');
  useEffect(() => {
    void api.sms
      .accounts()
      .then((r) => (r.ok ? setAccounts(sortAccounts(r.data.accounts)) : setError(r.error)));
  }, []);
  const shown = useMemo(() => {
    const all = accounts ?? [];
    const matches = matchAccounts(all, query);
    const current = all.find((a) => a.accountId === value);
    return current && !matches.includes(current) ? [current, ...matches] : matches;
  }, [accounts, query, value]);

  const selected = accounts?.find((a) => a.accountId === value);
  const selectedName = selected ? selected.name || selected.accountId : null;
  return (
    <div className="sms-account">
      <div className="field">
        <label htmlFor={`${id}-find`}>Find an account</label>
        <input
          id={`${id}-find`}
          type="search"
          value={query}
          placeholder="Practice name or Account ID"
          onChange={(e) => {
            setQuery(e.target.value);
            const only = uniqueMatch(accounts ?? [], e.target.value);
            if (only && only.accountId !== value) onChange(only.accountId);
          }}
          aria-describedby={`${id}-count`}
        />
        <span id={`${id}-count`} className="field__hint" aria-live="polite">
          {accounts ? countWords(shown.length, accounts.length, selectedName) : 'Loading accounts…'}
        </span>
      </div>
      <div className="field">
        <label htmlFor={`${id}-account`}>Account</label>
        <select
          id={`${id}-account`}
          value={value ?? ''}
          onChange={(e) => e.target.value && onChange(e.target.value)}
        >
          <option value="">Choose an account…</option>
          {shown.map((a) => (
            <option key={a.accountId} value={a.accountId}>
              {a.name || a.accountId} ({a.accountId}){a.active ? '' : ' · inactive'}
            </option>
          ))}
        </select>
      </div>
      <ErrorNote error={error} />
    </div>
  );
}

const countWords = (shown: number, total: number, selected: string | null): string =>
  `${shown} of ${total} accounts${selected ? ` · ${selected} selected` : ''}`;
