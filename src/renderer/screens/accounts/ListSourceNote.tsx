import type { AccountList } from '../../../shared/contract/accounts';
import { formatWhen } from '../../components/format-when';

export const formatAsOf = (iso: string): string => {
  const when = new Date(iso);
  return `${when.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })} (${formatWhen(iso)})`;
};

/** Says plainly when the practices are not Updox's answer of now: the copy on disk, or nothing at all. */
export function ListSourceNote({ list, onRetry }: { list: AccountList; onRetry: () => void }) {
  if (list.source === 'live') return null;
  const reason = list.unreachable?.message;
  return (
    <div className="note note--warn accounts-source" role="status" data-testid="accounts-offline-note">
      <p>
        {list.source === 'cache' && list.asOf ? (
          <>
            <strong>Updox can&rsquo;t be reached, so this is the list as of {formatAsOf(list.asOf)}</strong>,
            kept on this computer. Changes made in Updox since then are not shown.
          </>
        ) : (
          <>
            <strong>Updox can&rsquo;t be reached, and this computer has no saved copy of the list</strong> for{' '}
            {list.environmentName} yet. Only the drafts and queued submissions on this computer are shown.
          </>
        )}
      </p>
      {reason ? <p className="accounts-source__reason">{reason}</p> : null}
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
