import type { SmsAccounts } from '../../../shared/contract/sms';
import type { AppErrorData } from '../../../shared/errors';
import { formatWhen } from '../../components/format-when';
import { hrefFor } from '../../stores/route-store';

/**
 * Why the account chooser shows the copy on disk, or nothing: Updox could not be reached, or refused; with Retry
 * (and Settings when the credentials were refused). Nothing when the list is live.
 */
export function AccountsSourceNote({
  source,
  error,
  onRetry,
}: {
  source: Omit<SmsAccounts, 'accounts'> | null;
  error: AppErrorData | null;
  onRetry: () => void;
}) {
  const retry = (
    <button type="button" className="button sms-accounts-note__retry" onClick={onRetry}>
      Retry
    </button>
  );
  if (error) {
    return (
      <p className="note note--error sms-accounts-note" role="alert" data-testid="sms-accounts-note">
        <span>The accounts could not be loaded. {error.message}</span>
        {error.kind === 'auth' ? <a href={hrefFor('settings')}>Check the credentials in Settings</a> : null}
        {retry}
      </p>
    );
  }
  if (!source || source.source === 'live') return null;
  const why = source.unreachable?.message ?? 'Updox cannot be reached.';
  return (
    <p className="note note--warn sms-accounts-note" role="status" data-testid="sms-accounts-note">
      <span>
        {source.source === 'cache' && source.asOf
          ? `These are the accounts as the app last saw them (${formatWhen(source.asOf)}). ${why}`
          : `No accounts can be listed: the app has no copy of them yet. ${why}`}
      </span>
      {retry}
    </p>
  );
}
