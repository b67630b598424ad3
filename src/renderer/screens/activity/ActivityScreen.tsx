import { useEnvironments } from '../../stores/environments-store';
import { useEffect, useMemo, useState } from 'react';
import type { ActivityEntry } from '../../../shared/contract/activity';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { ErrorNote } from '../../components/ErrorNote';
import { Screen } from '../../components/Screen';
import { describeMethod, describeResult, filterActivity } from './activity-words';

/** Every Updox call the app made: what it did, for which account, and how it ended. Never bodies or credentials. */
export function ActivityScreen() {
  // Each entry names the environment it went to (its name; the id when the environment was removed).
  const environmentList = useEnvironments((st) => st.list);
  const environmentNames = new Map((environmentList?.environments ?? []).map((env) => [env.id, env.name]));
  const activeName = environmentList?.environments.find((env) => env.active)?.name ?? 'this environment';
  const [entries, setEntries] = useState<ActivityEntry[] | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [changesOnly, setChangesOnly] = useState(true);
  const [account, setAccount] = useState('');
  const load = () =>
    void api.activity
      .recent({ limit: 1000 })
      .then((r) => (r.ok ? setEntries(r.data.entries) : setError(r.error)));
  useEffect(load, []);
  const shown = useMemo(
    () => (entries ? filterActivity(entries, { changesOnly, account }).slice(0, 300) : null),
    [entries, changesOnly, account],
  );
  return (
    <Screen
      title="Activity"
      actions={
        <button type="button" className="button" onClick={load}>
          Refresh
        </button>
      }
    >
      <p className="field__hint" data-testid="activity-environment">
        What the app asked Updox to do in {activeName}, newest first (switch environment in Settings to see
        another&apos;s). Only the action, account, result and timing are kept; never credentials, message text
        or phone numbers.
      </p>
      <div className="activity-filters">
        <div className="field">
          <label htmlFor="activity-account">Account ID</label>
          <input id="activity-account" value={account} onChange={(e) => setAccount(e.target.value)} />
        </div>
        <label className="activity-filters__check">
          <input type="checkbox" checked={changesOnly} onChange={(e) => setChangesOnly(e.target.checked)} />{' '}
          Changes and sends only (hide reads and checks)
        </label>
      </div>
      <ErrorNote error={error} />
      {shown && shown.length === 0 ? <p className="empty">Nothing to show yet.</p> : null}
      {shown && shown.length > 0 ? (
        <table className="table" aria-label="Updox activity">
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">What</th>
              <th scope="col">Account ID</th>
              <th scope="col">Result</th>
              <th scope="col">Updox method</th>
              <th scope="col">Environment</th>
              <th scope="col">Duration</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e, i) => (
              <tr key={`${e.at}-${i}`}>
                <td>{new Date(e.at).toLocaleString()}</td>
                <td>
                  {describeMethod(e.method)}
                  {e.attempt > 1 ? ` (try ${e.attempt})` : ''}
                </td>
                <td>{e.accountId ?? '—'}</td>
                <td>{describeResult(e)}</td>
                <td>
                  <code>
                    {e.method}
                    {e.version ? `/${e.version}` : ''}
                  </code>
                </td>
                <td>{environmentNames.get(e.environmentId) ?? e.environmentId}</td>
                <td>{e.durationMs} ms</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Screen>
  );
}
