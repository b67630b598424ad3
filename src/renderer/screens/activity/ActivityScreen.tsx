import { useEffect, useState } from 'react';
import type { ActivityEntry } from '../../../shared/contract/activity';
import type { AppErrorData } from '../../../shared/errors';
import { api } from '../../api/client';
import { ErrorNote } from '../../components/ErrorNote';
import { Screen } from '../../components/Screen';

const outcomeWords: Record<string, string> = {
  ok: 'OK',
  'updox-error': 'Updox refused',
  network: 'Not reached',
  timeout: 'Timed out',
  unexpected: 'Unexpected answer',
};

/** Every Updox call the app made: method, account, response code, time. Never bodies or credentials. */
export function ActivityScreen() {
  const [entries, setEntries] = useState<ActivityEntry[] | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const load = () =>
    void api.activity
      .recent({ limit: 200 })
      .then((r) => (r.ok ? setEntries(r.data.entries) : setError(r.error)));
  useEffect(load, []);
  return (
    <Screen
      title="Activity"
      actions={
        <button type="button" className="button" onClick={load}>
          Refresh
        </button>
      }
    >
      <p className="field__hint">
        The latest calls to Updox, newest first. Only the method, account, result and timing are kept; never
        credentials, message text or phone numbers.
      </p>
      <ErrorNote error={error} />
      {entries && entries.length === 0 ? <p className="empty">No Updox calls yet.</p> : null}
      {entries && entries.length > 0 ? (
        <table className="table" aria-label="Updox calls">
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Method</th>
              <th scope="col">Account ID</th>
              <th scope="col">Environment</th>
              <th scope="col">Result</th>
              <th scope="col">Code</th>
              <th scope="col">Duration</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, i) => (
              <tr key={`${e.at}-${i}`}>
                <td>{new Date(e.at).toLocaleString()}</td>
                <td>
                  {e.method}
                  {e.version ? `/${e.version}` : ''}
                  {e.attempt > 1 ? ` (try ${e.attempt})` : ''}
                </td>
                <td>{e.accountId ?? '—'}</td>
                <td>{e.environmentId}</td>
                <td>{outcomeWords[e.outcome] ?? e.outcome}</td>
                <td>{e.responseCode ?? e.httpStatus ?? '—'}</td>
                <td>{e.durationMs} ms</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Screen>
  );
}
