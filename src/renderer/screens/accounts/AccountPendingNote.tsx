import type { DraftSummaryView, OutboxSummaryView } from '../../../shared/contract/onboarding';
import { formatWhen } from '../../components/format-when';

/** Local work on this account: an unfinished edit to resume, a submission waiting or failed in the outbox. */
export function AccountPendingNote({
  draft,
  outbox,
}: {
  draft: DraftSummaryView | null;
  outbox: OutboxSummaryView | null;
}) {
  const waiting = outbox && (outbox.status === 'queued' || outbox.status === 'sending');
  const failed = outbox && outbox.status === 'failed';
  if (!draft && !waiting && !failed) return null;
  return (
    <div className="account-pending" data-testid="account-pending">
      {failed ? (
        <p className="note note--error">
          <strong>Failed:</strong> the last submission for this account did not reach Updox.{' '}
          {outbox.lastError?.message ?? ''}
        </p>
      ) : null}
      {waiting ? (
        <p className="note note--warn">
          <strong>Queued:</strong> changes saved {formatWhen(outbox.createdAt)} are waiting to be sent to
          Updox; they are sent when Updox can be reached.
        </p>
      ) : null}
      {draft ? (
        <p className="note note--warn">
          You have an unfinished{' '}
          {draft.kind === 'update' ? 'edit of this account' : 'draft for this account ID'} (saved{' '}
          {formatWhen(draft.updatedAt)}).{' '}
          <a href={`#/new/${encodeURIComponent(draft.id)}`}>Resume the draft</a>
        </p>
      ) : null}
    </div>
  );
}
