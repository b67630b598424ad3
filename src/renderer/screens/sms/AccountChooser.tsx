import { useEffect, useId, useMemo, useState } from 'react';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { ErrorNote } from '../../components/ErrorNote';

interface AccountOption {
  accountId: string;
  name: string;
  active: boolean;
}

/** "Account": a search box that narrows the list of accounts (PracticeList), and the list itself. */
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
    void api.sms.accounts().then((r) => (r.ok ? setAccounts(r.data.accounts) : setError(r.error)));
  }, []);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    const all = accounts ?? [];
    const matches = q ? all.filter((a) => `${a.name} ${a.accountId}`.toLowerCase().includes(q)) : all;
    const current = all.find((a) => a.accountId === value);
    return current && !matches.includes(current) ? [current, ...matches] : matches;
  }, [accounts, query, value]);

  return (
    <div className="sms-account">
      <div className="field">
        <label htmlFor={`${id}-find`}>Find an account</label>
        <input
          id={`${id}-find`}
          type="search"
          value={query}
          placeholder="Practice name or Account ID"
          onChange={(e) => setQuery(e.target.value)}
          aria-describedby={`${id}-count`}
        />
        <span id={`${id}-count`} className="field__hint" aria-live="polite">
          {accounts ? `${shown.length} of ${accounts.length} accounts` : 'Loading accounts…'}
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
