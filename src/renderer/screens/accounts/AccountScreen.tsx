import { ErrorNote } from '../../components/ErrorNote';
import { Screen } from '../../components/Screen';
import { hrefFor } from '../../stores/route-store';
import { AccountReadinessPanel } from '../business/AccountReadinessPanel';
import { AccountNumbersPanel } from '../sms/AccountNumbersPanel';
import { AccountLocationsPanel } from './AccountLocationsPanel';
import { AccountPendingNote } from './AccountPendingNote';
import { AccountRecordPanel } from './AccountRecordPanel';
import { CopyToEnvironmentPanel } from './CopyToEnvironmentPanel';
import { formatAsOf } from './ListSourceNote';
import { PipelineTimeline } from './PipelineTimeline';
import { useAccountData } from './use-account-data';
import './accounts.css';
import './pipeline.css';

/** One account: its record and locations from Updox, local work on it, SMS readiness and numbers. */
export function AccountScreen({ params }: { params: readonly string[] }) {
  const accountId = params[0] ?? '';
  const { details, error, loading, draft, outbox, reload } = useAccountData(accountId);
  const practice = details?.practice;
  const title = practice ? practice.name || accountId : loading ? 'Account' : `Account ${accountId}`;

  return (
    <Screen
      title={title}
      actions={
        <>
          <a className="button" href={hrefFor('accounts')}>
            All accounts
          </a>
          <a className="button button--primary" href={hrefFor('edit', accountId)}>
            Edit
          </a>
        </>
      }
    >
      <p className="account-head">
        <span>
          Account ID <code>{accountId}</code>
          {details ? ` · ${details.environmentName}` : ''}
        </span>
        {practice ? (
          <span className={practice.active ? 'badge badge--ok' : 'badge badge--neutral'}>
            {practice.active ? 'Active' : 'Inactive'}
          </span>
        ) : null}
        {details ? (
          <span className={details.sms.complete ? 'badge badge--ok' : 'badge badge--amber'}>
            SMS business details: {details.sms.complete ? 'Complete' : `Incomplete (${details.sms.issues})`}
          </span>
        ) : null}
      </p>
      {loading && !details ? <p role="status">Loading the account from Updox…</p> : null}
      <ErrorNote error={error} />
      {error ? (
        <p>
          <button type="button" className="button" onClick={reload}>
            Try again
          </button>
        </p>
      ) : null}
      {details?.source === 'cache' ? (
        <div className="note note--warn" role="status" data-testid="account-offline-note">
          <strong>
            Updox can&rsquo;t be reached, so this is the record as of {formatAsOf(details.asOf)}
          </strong>
          , from the list kept on this computer.{' '}
          <button type="button" className="button" onClick={reload}>
            Try again
          </button>
        </div>
      ) : null}
      <AccountPendingNote draft={draft} outbox={outbox} onChanged={reload} />
      {practice ? <AccountRecordPanel practice={practice} /> : null}
      {details ? (
        <AccountLocationsPanel
          locations={details.locations}
          error={details.locationsError}
          offline={details.source === 'cache'}
        />
      ) : null}
      {details ? <PipelineTimeline accountId={accountId} /> : null}
      {details ? <AccountReadinessPanel accountId={accountId} /> : null}
      {details ? <AccountNumbersPanel accountId={accountId} /> : null}
      {details?.source === 'live' ? <CopyToEnvironmentPanel accountId={accountId} /> : null}
    </Screen>
  );
}
