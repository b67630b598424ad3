import type { DraftSummaryView, OutboxSummaryView } from '../../../shared/contract/onboarding';
import { formatWhen } from '../../components/format-when';
import { AccountSubmissionPanel } from './AccountSubmissionPanel';

/**
 * Local work on this account: an unfinished edit to resume, a submission waiting or failed in the outbox (with each
 * step's state, Send again and Discard).
 */
export function AccountPendingNote({
  draft,
  outbox,
  onChanged,
}: {
  draft: DraftSummaryView | null;
  outbox: OutboxSummaryView | null;
  onChanged: () => void;
}) {
  const waiting = outbox && (outbox.status === 'queued' || outbox.status === 'sending');
  const failed = outbox && outbox.status === 'failed';
  if (!draft && !waiting && !failed) return null;
  return (
    <div className="account-pending" data-testid="account-pending">
      {waiting || failed ? (
        <AccountSubmissionPanel outbox={outbox} draftId={draft?.id ?? null} onChanged={onChanged} />
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
