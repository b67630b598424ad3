import { useEffect, useId, useMemo, useState } from 'react';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import type { SmsAccounts } from '../../../shared/contract/sms';
import { AccountsSourceNote } from './AccountsSourceNote';
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
  const [source, setSource] = useState<Omit<SmsAccounts, 'accounts'> | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [query, setQuery] = useState('');
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void api.sms.accounts().then((r) => {
      if (!live) return;
      setError(r.ok ? null : r.error);
      if (!r.ok) return;
      const { accounts: list, ...from } = r.data;
      setSource(from);
      setAccounts(sortAccounts(list));
    });
    return () => {
      live = false;
    };
  }, [attempt]);
  const retry = () => {
    setError(null);
    setAttempt((a) => a + 1);
  };
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
          {accounts
            ? countWords(shown.length, accounts.length, selectedName)
            : error
              ? 'The accounts could not be loaded (see below).'
              : 'Loading accounts…'}
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
      <AccountsSourceNote source={source} error={error} onRetry={retry} />
    </div>
  );
}

const countWords = (shown: number, total: number, selected: string | null): string =>
  `${shown} of ${total} accounts${selected ? ` · ${selected} selected` : ''}`;
